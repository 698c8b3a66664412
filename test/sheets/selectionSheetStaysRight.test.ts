/**
 * The key-account selection sheet: rendered and read back unchanged in every language, every problem named by its
 * cell, and what the sheet shows equal to what the reader makes of it after users' edits (calculated by a real
 * formula engine).
 */
import { LANGS } from "../../src/domain/lang";
import { evaluateSelection } from "../../src/kinds/selection/domain/evaluate";
import type { SelectionModel } from "../../src/kinds/selection/domain/model";
import { defaultSelectionModel } from "../../src/kinds/selection/domain/selection";
import { CLASS_TEXT } from "../../src/kinds/selection/i18n/classText";
import { FIRST_CUSTOMER_ROW, ROW, SETTING_COL, SPARE_CUSTOMERS, columnsFor } from "../../src/kinds/selection/sheets/layout";
import { parseSelection } from "../../src/kinds/selection/sheets/parse";
import { criterionHeader, renderSelection } from "../../src/kinds/selection/sheets/render";
import { cellAddress } from "../../src/sheets/address";
import type { SheetGrid } from "../../src/sheets/read";
import { specToGrid } from "../../src/sheets/specToGrid";
import { editable } from "../formulas/engine";

function parsed(grid: SheetGrid) {
  const r = parseSelection(grid);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

/** Three customers scored in full, one half, one not at all; an own criterion. */
function sample(): SelectionModel {
  const m = defaultSelectionModel([
    { name: "Müller GmbH", revenue: 1200 },
    { name: "Jansen BV", revenue: 800 },
    { name: "Acme Ltd" },
    { name: "Nordwind AG", revenue: 50 },
    { name: "Orion SE" },
  ]);
  const scores = [
    [9, 8, 7, 8, 6, 8, 7, 9, 8, 7],
    [8, 7, 8, 7, 9, 3, 4, 2, 5, 4],
    [3, 2, 4, 3, 2, 7, 8, 6, 7, 8],
    [9, 8, null, null, null, 7, 7, null, null, null],
    [null, null, null, null, null, null, null, null, null, null],
  ];
  return {
    ...m,
    customers: m.customers.map((c, i) => ({ ...c, scores: scores[i]!, notes: i === 0 ? "Rahmenvertrag 2027" : "" })),
  };
}

const cols = columnsFor(10);
const at = (row: number, col: number) => cellAddress(row, col);

describe("the key-account selection, rendered and read back", () => {
  it.each(LANGS)("reads back what it wrote (%s)", (lang) => {
    const model = sample();
    const r = parsed(specToGrid(renderSelection(model, lang)));
    expect(r.problems).toEqual([]);
    expect(r.lang).toBe(lang);
    expect(r.model).toEqual({ ...model, cutOff: 5, capacity: 4 });
    expect(r.customerRows).toEqual([0, 1, 2, 3, 4].map((i) => FIRST_CUSTOMER_ROW + i));
  });

  it("keeps an own criterion, its group and weight, and re-localizes the standard ones", () => {
    const base = sample();
    const model: SelectionModel = {
      ...base,
      criteria: [...base.criteria, { id: "K11", group: "attractiveness", text: "Zahlungsmoral", weight: 0 }],
      customers: base.customers.map((c) => ({ ...c, scores: [...c.scores, 6] })),
    };
    const de = parsed(specToGrid(renderSelection(model, "de")));
    expect(de.model.criteria).toEqual(model.criteria);
    const en = renderSelection(de.model, "en");
    expect(en.cells[ROW.header]![4]).toBe("K01 Purchase volume and potential");
    expect(en.cells[ROW.header]![14]).toBe("K11 Zahlungsmoral");
    expect(criterionHeader({ id: "K02", text: null }, "nl")).toBe("K02 Groei");
  });
});

describe("what users do to the selection: the sheet and the reader agree, every problem named by its cell", () => {
  it("scores, weights, settings and names typed past validation", () => {
    const sheet = editable(renderSelection(sample(), "de"));
    const row = (i: number) => FIRST_CUSTOMER_ROW + i;
    sheet.batch(() => {
      sheet.set(row(0), 5, 11); // F: a score off the scale
      sheet.set(row(1), 6, "gut"); // text in a score
      sheet.set(row(1), 7, 2.5); // a decimal
      sheet.set(ROW.weight, 4, 35); // the attractiveness weights add up to 105
      sheet.set(row(2), 1, "müller gmbh"); // the same customer again
      sheet.set(row(3), 2, "viel"); // text as the revenue
      sheet.set(ROW.cutOff, SETTING_COL, 12);
      sheet.set(ROW.capacity, SETTING_COL, 2.5);
      sheet.set(ROW.group, 13, "Lieferant"); // N: no group
      sheet.set(row(4), cols.class, "Key Account"); // a result typed over
      sheet.set(row(0), cols.plot.y, 9); // the chart's point moved by hand
      sheet.set(row(40), cols.plot.x, 5); // a spare row's point
      sheet.set(ROW.countsStrength, cols.plot.size, 100); // the smallest bubble
    });
    const r = parsed(sheet.grid("Key-Account-Auswahl"));
    const problems = r.problems.map((p) => [p.cell, p.code, p.value, p.expected ?? null, p.params ?? null]);
    expect(problems).toEqual(
      expect.arrayContaining([
        [at(row(0), 5), "outOfRange", "11", null, { min: 0, max: 10 }],
        [at(row(1), 6), "notNumber", "gut", null, { min: 0, max: 10 }],
        [at(row(1), 7), "notWhole", "2.5", null, { min: 0, max: 10 }],
        [at(ROW.weight, cols.attractiveness), "weightSum", "105", "Kundenattraktivität", null],
        // K10 without its group leaves the strength at 85
        [at(ROW.weight, cols.strength), "weightSum", "85", "Relative Wettbewerbsstärke", null],
        [at(row(2), 1), "duplicateCustomer", "müller gmbh", at(row(0), 1), null],
        [at(row(3), 2), "amountInvalid", "viel", null, null],
        [at(ROW.cutOff, SETTING_COL), "cutOffInvalid", "12", null, null],
        [at(ROW.capacity, SETTING_COL), "capacityInvalid", "2.5", null, { min: 0, max: 999 }],
        [at(ROW.group, 13), "groupUnknown", "Lieferant", null, null],
        [at(row(4), cols.class), "computedOverwritten", "Key Account", "Klasse", null],
        [at(row(0), cols.plot.y), "computedOverwritten", "9", "Diagramm: Kundenattraktivität", null],
        [at(row(40), cols.plot.x), "computedOverwritten", "5", "Diagramm: relative Wettbewerbsstärke", null],
        [at(ROW.countsStrength, cols.plot.size), "computedOverwritten", "100", null, null],
      ]),
    );
    expect(problems).toHaveLength(14);
    // what the sheet shows is what the reader computes, row by row
    const result = evaluateSelection(r.model);
    result.customers.forEach((c, i) => {
      if (i === 4) return; // typed over
      const word = c.unscored ? "UNSCORED" : c.incomplete ? "INCOMPLETE" : c.accountClass!;
      expect([i, sheet.value(row(i), cols.attractiveness), sheet.value(row(i), cols.strength), sheet.value(row(i), cols.class)]).toEqual([
        i,
        c.attractiveness.score ?? "",
        c.strength.score ?? "",
        CLASS_TEXT.de[word],
      ]);
    });
    // entries are kept as typed: re-creating writes them back
    const again = renderSelection(r.model, "de");
    expect(again.cells[row(1)]![6]).toBe("gut");
    expect(again.cells[row(0)]![5]).toBe(11);
    expect(again.cells[ROW.group]![13]).toBe("Lieferant");
    expect(again.cells[ROW.cutOff]![SETTING_COL]).toBe(12);
  });

  it("a customer typed below the table counts at once; one below the formulas is named and counts nowhere", () => {
    const model = sample();
    const sheet = editable(renderSelection(model, "en"));
    const below = FIRST_CUSTOMER_ROW + model.customers.length;
    const outside = FIRST_CUSTOMER_ROW + model.customers.length + SPARE_CUSTOMERS;
    sheet.batch(() => {
      sheet.paste(below, 1, [["Zenith plc", 300, null, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8]]);
      sheet.paste(outside, 1, [["Far away", 10, null, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9]]);
    });
    const r = parsed(sheet.grid("Key account selection"));
    expect(r.problems.map((p) => [p.cell, p.code])).toEqual([[at(outside, 1), "outsideRow"]]);
    expect(sheet.value(below, cols.class)).toBe(CLASS_TEXT.en.KEY);
    const result = evaluateSelection(r.model);
    expect(result.customers[5]!.accountClass).toBe("KEY");
    expect(result.customers[6]!.accountClass).toBeNull();
    expect(r.model.customers.map((c) => c.id)).toEqual(["A01", "A02", "A03", "A04", "A05", "A06", "A07"]);
    expect(sheet.value(ROW.firstClass, 2)).toBe(result.byClass.KEY.length);
  });

  it("a row with entries but no name is a customer without a name, named; a blank sheet reads as no customers", () => {
    const sheet = editable(renderSelection(defaultSelectionModel(), "nl"));
    sheet.paste(FIRST_CUSTOMER_ROW, 2, [[500]]);
    const r = parsed(sheet.grid("Key-accountselectie"));
    expect(r.problems.map((p) => [p.cell, p.code])).toEqual([[at(FIRST_CUSTOMER_ROW, 1), "customerNameMissing"]]);
    expect(sheet.value(FIRST_CUSTOMER_ROW, cols.class)).toBe(CLASS_TEXT.nl.UNSCORED);
    expect(evaluateSelection(r.model).unscored).toEqual([0]);
    expect(parsed(specToGrid(renderSelection(defaultSelectionModel(), "nl"))).model.customers).toEqual([]);
  });

  it("a weight that counts typed over is named; a criterion column inserted inside the criteria counts nowhere until re-created", () => {
    const model = sample();
    const sheet = editable(renderSelection(model, "de"));
    sheet.set(ROW.countsAttractiveness, 4, 30);
    let r = parsed(sheet.grid("Key-Account-Auswahl"));
    expect(r.problems.map((p) => [p.cell, p.code, p.expected])).toEqual([
      [at(ROW.countsAttractiveness, 4), "computedOverwritten", "Wirksame Gewichtung: Kundenattraktivität"],
    ]);

    const fresh = editable(renderSelection(model, "de"));
    // a column inserted at G, inside the criteria: the rows' ranges grow over it, its weights that count stay empty
    fresh.insertColumns(6);
    fresh.batch(() => {
      fresh.set(ROW.group, 6, "Kundenattraktivität");
      fresh.set(ROW.weight, 6, 10);
      fresh.set(ROW.header, 6, "Zahlungsmoral");
      fresh.set(FIRST_CUSTOMER_ROW, 6, 0);
    });
    r = parsed(fresh.grid("Key-Account-Auswahl"));
    expect(r.problems.map((p) => [p.cell, p.code])).toEqual([[at(ROW.header, 6), "outsideCriterion"]]);
    expect(r.model.criteria[2]).toMatchObject({ id: "K11", text: "Zahlungsmoral", weight: 10, ignored: "outside" });
    // the sheet and the reader agree: the new criterion counts nowhere (the weight sum stays 100)
    const result = evaluateSelection(r.model);
    const shifted = columnsFor(11);
    expect(fresh.value(ROW.weight, shifted.attractiveness)).toBe(100);
    expect(result.weightSums.attractiveness).toBe(100);
    result.customers.forEach((c, i) =>
      expect([i, fresh.value(FIRST_CUSTOMER_ROW + i, shifted.attractiveness)]).toEqual([i, c.attractiveness.score ?? ""]),
    );
    // re-created, it counts: its weights that count are written
    const again = renderSelection(r.model, "de");
    expect(again.cells[ROW.countsAttractiveness]![6]).toEqual({ formula: expect.stringContaining("G14") });
  });

  it("counts a weight from a formula as the sheet does, and names a group left without criteria (its sum 0 shows red)", () => {
    const sheet = editable(renderSelection(sample(), "en"));
    sheet.set(ROW.weight, 4, "=15+15");
    let r = parsed(sheet.grid("Key account selection"));
    expect(r.problems).toEqual([]);
    expect(sheet.value(ROW.weight, cols.attractiveness)).toBe(evaluateSelection(r.model).weightSums.attractiveness);
    // every strength criterion moved to the attractiveness group
    sheet.batch(() => {
      for (let c = 9; c <= 13; c++) sheet.set(ROW.group, c, "Customer attractiveness");
    });
    r = parsed(sheet.grid("Key account selection"));
    expect(r.problems.map((p) => [p.cell, p.code, p.value])).toEqual([
      [at(ROW.weight, cols.attractiveness), "weightSum", "200"],
      [at(ROW.weight, cols.strength), "weightSum", "0"],
    ]);
    expect([sheet.value(ROW.weight, cols.attractiveness), sheet.value(ROW.weight, cols.strength)]).toEqual([200, 0]);
  });
});
