/**
 * Reading the key-account selection back, rule by rule, as users change the sheet: criterion headers as typed,
 * labels and titles moved or deleted, rows at the edge of the formulas' reach, the settings, the summary and the
 * chart's cells typed over, entries beside the table. Each test holds a rule of `parse.ts` that the mutation run
 * found untested (docs/testing.md).
 */
import { defaultSelectionModel } from "../../src/kinds/selection/domain/selection";
import { ACCOUNT_CLASSES, evaluateSelection } from "../../src/kinds/selection/domain/evaluate";
import type { SelectionModel } from "../../src/kinds/selection/domain/model";
import {
  FIRST_CUSTOMER_ROW,
  ROW,
  SETTING_COL,
  SPARE_CUSTOMERS,
  SUMMARY_COL,
  WARNING_COL,
  columnsFor,
} from "../../src/kinds/selection/sheets/layout";
import { parseSelection } from "../../src/kinds/selection/sheets/parse";
import { renderSelection } from "../../src/kinds/selection/sheets/render";
import { cellAddress } from "../../src/sheets/address";
import type { SheetGrid } from "../../src/sheets/read";
import { specToGrid } from "../../src/sheets/specToGrid";
import { editable, reusableEditable } from "../formulas/engine";

const SHEET = "Key-Account-Auswahl";
const cols = columnsFor(10);
const at = (row: number, col: number) => cellAddress(row, col);
const row = (i: number) => FIRST_CUSTOMER_ROW + i;

function parsed(grid: SheetGrid) {
  const r = parseSelection(grid);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

/** Two customers, scored in full. */
function sample(): SelectionModel {
  const m = defaultSelectionModel([{ name: "Müller GmbH", revenue: 1200 }, { name: "Jansen BV" }]);
  return { ...m, customers: m.customers.map((c) => ({ ...c, scores: [8, 7, 8, 7, 9, 3, 4, 2, 5, 4] })) };
}

/** The German sheet of the sample, to be edited as a user does (loaded once, each test's edits undone for the next). */
const sampleSheet = reusableEditable(() => renderSelection(sample(), "de"));
const sheetOf = (model?: SelectionModel) => (model === undefined ? sampleSheet() : editable(renderSelection(model, "de")));
const codes = (r: ReturnType<typeof parsed>) => r.problems.map((p) => [p.cell, p.code]);

describe("the criteria's headers as users type them", () => {
  it.each([
    ["K03", { id: "K03", text: null }],
    ["k03   Zahlungsmoral  ", { id: "K03", text: "Zahlungsmoral" }],
    ["K03\nZahlungsmoral", { id: "K03", text: "Zahlungsmoral" }],
    // not a number at the start, or one digit: an own criterion's text, with the next free number
    ["Neu K03", { id: "K11", text: "Neu K03" }],
    ["K3 Zahlungsmoral", { id: "K11", text: "K3 Zahlungsmoral" }],
    ["K03x", { id: "K11", text: "K03x" }],
  ])("reads %j as %j", (header, criterion) => {
    const sheet = sheetOf();
    sheet.set(ROW.header, 6, header);
    const r = parsed(sheet.grid(SHEET));
    expect(r.model.criteria[2]).toMatchObject(criterion);
  });

  it("names a number given twice and gives the second column the next free one", () => {
    const sheet = sheetOf();
    sheet.set(ROW.header, 6, "K01 Umsatz");
    const r = parsed(sheet.grid(SHEET));
    expect(codes(r)).toEqual([[at(ROW.header, 6), "duplicateId"]]);
    expect(r.problems[0]!.value).toBe("K01");
    expect(r.model.criteria.map((c) => c.id)).toEqual(["K01", "K02", "K11", "K04", "K05", "K06", "K07", "K08", "K09", "K10"]);
  });

  it("finds the revenue and the potential by their titles when the user moved them, the notes' column moved beside the criteria no criterion", () => {
    const g = sampleSheet().grid(SHEET);
    // revenue and potential swapped, the notes moved left of the attractiveness (after the last criterion)
    const order = [
      0,
      1,
      3,
      2,
      ...Array.from({ length: 10 }, (_, i) => 4 + i),
      cols.notes,
      cols.attractiveness,
      cols.strength,
      cols.class,
      cols.rank,
    ];
    const moved = <T>(rows: readonly (readonly T[])[]) => rows.map((r) => [...order.map((c) => r[c]!), ...r.slice(order.length)]);
    const r = parsed({ ...g, values: moved(g.values), formulas: moved(g.formulas), valueTypes: moved(g.valueTypes) });
    expect(r.criterionCols).toEqual(Array.from({ length: 10 }, (_, i) => 4 + i));
    expect(r.model.criteria.map((c) => c.id)).toEqual(sample().criteria.map((c) => c.id));
    expect(r.model.customers.map((c) => [c.name, c.revenue, c.potential])).toEqual([
      ["Müller GmbH", 1200, null],
      ["Jansen BV", null, null],
    ]);
  });

  it("keeps a criterion whose header was cleared in its place, found by its group and weight", () => {
    const sheet = sheetOf();
    sheet.set(ROW.header, 6, null);
    const r = parsed(sheet.grid(SHEET));
    expect(r.criterionCols).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.model.criteria.map((c) => c.id)).toEqual(["K01", "K02", "K11", "K04", "K05", "K06", "K07", "K08", "K09", "K10"]);
    expect(r.model.criteria[2]).toMatchObject({ text: null, weight: sample().criteria[2]!.weight });
  });
});

describe("a sheet whose labels or titles users moved or deleted", () => {
  it("is no selection without its header, named at A1", () => {
    const p = parseSelection(specToGrid({ ...renderSelection(sample(), "de"), cells: [["Kunde", "Umsatz"]] }));
    expect(p).toEqual({ ok: false, problems: [expect.objectContaining({ cell: "A1", code: "headerMissing", value: "" })] });
  });

  it("finds the groups and weights in their rows without their labels", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(ROW.group, 1, null);
      sheet.set(ROW.weight, 1, null);
    });
    const r = parsed(sheet.grid(SHEET));
    expect(r.model.criteria.map((c) => [c.group, c.weight])).toEqual(sample().criteria.map((c) => [c.group, c.weight]));
    expect(r.problems).toEqual([]);
  });

  it("takes a row of weights that count whose label was deleted for the user's, naming nothing there as typed over", () => {
    const sheet = sheetOf();
    sheet.set(ROW.countsStrength, 1, null);
    const r = parsed(sheet.grid(SHEET));
    expect(r.problems.filter((p) => p.code === "computedOverwritten")).toEqual([]);
    expect(r.model.criteria.filter((c) => c.ignored !== undefined)).toEqual([]);
  });

  it("takes the first of two columns with the same title, and none without one", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      // the notes' title typed again right of the chart's columns, with a note below it
      sheet.set(ROW.header, cols.width + 1, "Notizen");
      sheet.set(row(0), cols.width + 1, "zweite Notiz");
      sheet.set(row(0), cols.notes, "Rahmenvertrag");
    });
    let r = parsed(sheet.grid(SHEET));
    expect(r.model.customers[0]!.notes).toBe("Rahmenvertrag");

    // the rank's title deleted: its cells are no longer the sheet's, and nothing is named at a column of none
    const other = sheetOf();
    other.batch(() => {
      other.set(ROW.header, cols.rank, null);
      other.set(row(0), cols.rank, 1);
    });
    r = parsed(other.grid(SHEET));
    expect(r.problems.every((p) => !p.cell.startsWith("undefined") && p.cell !== "")).toBe(true);
    expect(r.problems.filter((p) => p.code === "computedOverwritten")).toEqual([]);
    expect(r.cols).toEqual({ customer: 1, class: cols.class });
  });

  it("reads a potential, and keeps a name from a formula as its formula", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(row(0), 3, 5000);
      sheet.set(row(1), 1, '="Jansen"&" BV"');
    });
    const r = parsed(sheet.grid(SHEET));
    expect(r.model.customers[0]!.potential).toBe(5000);
    expect(r.model.customers[1]).toMatchObject({ name: "Jansen BV", formulas: { name: '="Jansen"&" BV"' } });
    expect(renderSelection(r.model, "de").cells[row(1)]![1]).toEqual({ formula: '="Jansen"&" BV"' });
  });
});

describe("a sheet whose upper part users deleted", () => {
  /** The sheet as it reads with its first `n` rows deleted. */
  const withoutTop = (n: number): SheetGrid => {
    const g = sheetOf().grid(SHEET);
    return { ...g, values: g.values.slice(n), formulas: g.formulas.slice(n), valueTypes: g.valueTypes.slice(n) };
  };

  it.each([
    [16, "at their titles"],
    [15, "at their titles"],
    [13, "in the weights' row, which is left"],
  ])("with the first %i rows gone, names every criterion as counting nowhere, and the groups' sums %s", (n) => {
    const r = parsed(withoutTop(n));
    const header = ROW.header - n;
    const sums = ROW.weight - n >= 0 ? ROW.weight - n : header;
    expect(codes(r)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [at(header, cols.firstCriterion + i), "outsideCriterion"]),
      [at(sums, cols.attractiveness), "weightSum"],
      [at(sums, cols.strength), "weightSum"],
    ]);
    expect(r.model.customers.map((c) => c.name)).toEqual(["Müller GmbH", "Jansen BV"]);
    expect(r.model.criteria.every((c) => c.ignored === "outside" && c.weight === null)).toBe(true);
  });

  it("with the first 12 rows gone, the groups' row the first, reads every criterion's group and weight", () => {
    const r = parsed(withoutTop(12));
    expect(codes(r)).toEqual([]);
    expect(r.model.criteria.map((c) => [c.group, c.weight, c.ignored])).toEqual(
      sample().criteria.map((c) => [c.group, c.weight, undefined]),
    );
  });

  it("reads a computed column whose title was deleted as the user's, naming no result typed over there", () => {
    const sheet = sheetOf();
    sheet.set(ROW.header, cols.rank, null);
    const r = parsed(sheet.grid(SHEET));
    expect(codes(r)).toEqual([[at(row(0), cols.rank), "strayColumn"]]);
  });
});

describe("rows at the edge of the formulas' reach", () => {
  const last = row(2 + SPARE_CUSTOMERS - 1);

  it("counts a customer typed into the last row the formulas reach, and names a result typed over there", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(last, 1, "Zenith plc");
      sheet.set(last - 1, cols.class, "Key Account");
    });
    const r = parsed(sheet.grid(SHEET));
    expect(r.model.customers.map((c) => [c.name, c.ignored])).toEqual([
      ["Müller GmbH", undefined],
      ["Jansen BV", undefined],
      ["Zenith plc", undefined],
    ]);
    expect(codes(r)).toEqual([[at(last - 1, cols.class), "computedOverwritten"]]);
  });

  it("counts a customer scored in the last row the formulas reach in the summary and the revenue by class, as the pane does", () => {
    const sheet = sheetOf();
    const scores = sample().customers[0]!.scores;
    sheet.batch(() => {
      sheet.set(last, 1, "Zenith plc");
      sheet.set(last, 2, 500);
      scores.forEach((s, k) => sheet.set(last, cols.firstCriterion + k, s as number));
    });
    const r = evaluateSelection(parsed(sheet.grid(SHEET)).model);
    expect(r.customers.map((c) => c.accountClass)[2]).toBe(r.customers[0]!.accountClass);
    ACCOUNT_CLASSES.forEach((k, i) => {
      expect([k, sheet.value(ROW.firstClass + i, SUMMARY_COL.customers)]).toEqual([k, r.byClass[k].length]);
      expect([k, sheet.value(ROW.firstClass + i, SUMMARY_COL.revenue)]).toEqual([k, r.revenueByClass[k]]);
    });
  });

  it("does not take a value below the formulas' reach for a result typed over, but for an entry beside the table", () => {
    const sheet = sheetOf();
    sheet.set(last + 2, cols.class, "Key Account");
    const r = parsed(sheet.grid(SHEET));
    expect(r.problems.filter((p) => p.code === "computedOverwritten")).toEqual([]);
    expect(r.model.customers).toHaveLength(2);
  });

  it("names a customer without a name with an empty value, and tells customers apart as the sheet does", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(row(2), 2, 500);
      // ß is not SS to Excel's comparison: two customers
      sheet.set(row(3), 1, "Groß AG");
      sheet.set(row(4), 1, "GROSS AG");
      sheet.set(row(5), 1, "müller gmbh");
    });
    const r = parsed(sheet.grid(SHEET));
    expect(r.problems.map((p) => [p.cell, p.code, p.value])).toEqual([
      [at(row(2), 1), "customerNameMissing", ""],
      [at(row(5), 1), "duplicateCustomer", "müller gmbh"],
    ]);
  });

  it("keeps the customers' own numbers and gives a new row the next free one", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(row(0), 0, "A07");
      sheet.set(row(2), 1, "Zenith plc");
    });
    expect(parsed(sheet.grid(SHEET)).model.customers.map((c) => c.id)).toEqual(["A07", "A02", "A08"]);
  });
});

describe("the settings, the summary and the chart's cells", () => {
  it("names the capacity warning, a summary count and the smallest bubble typed over, and an entry above the table", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(ROW.capacity, WARNING_COL, "passt");
      sheet.set(ROW.firstClass, 2, 3);
      // in the groups' and weights' rows left of the criteria: the user's, in the way of re-creating
      sheet.set(ROW.group, 2, "Notiz");
      sheet.set(ROW.weight, 3, 5);
    });
    const r = parsed(sheet.grid(SHEET));
    expect(codes(r)).toEqual(
      expect.arrayContaining([
        [at(ROW.capacity, WARNING_COL), "computedOverwritten"],
        [at(ROW.firstClass, 2), "computedOverwritten"],
      ]),
    );
    expect(r.strays).toEqual(expect.arrayContaining([at(ROW.group, 2), at(ROW.weight, 3)]));
    // the criteria's own cells in those rows are no strays
    expect(r.strays.filter((s) => /^[E-N]1[34]$/.test(s))).toEqual([]);
  });

  it("takes the settings right of their labels wherever rows were inserted, and without the labels from their cells", () => {
    const sheet = sheetOf();
    sheet.insertRows(ROW.cutOff);
    sheet.batch(() => {
      sheet.set(ROW.cutOff + 1, SETTING_COL, 6);
      sheet.set(ROW.capacity + 1, SETTING_COL, 3);
    });
    let r = parsed(sheet.grid(SHEET));
    expect([r.model.cutOff, r.model.capacity]).toEqual([6, 3]);

    const bare = sheetOf({ ...sample(), cutOff: 7, capacity: 2 });
    bare.batch(() => {
      bare.set(ROW.cutOff, SETTING_COL - 1, null);
      bare.set(ROW.capacity, SETTING_COL - 1, null);
    });
    r = parsed(bare.grid(SHEET));
    expect([r.model.cutOff, r.model.capacity]).toEqual([7, 2]);
  });

  it("names a cut-off or an amount that is an error value, a negative or a text, and keeps it", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(ROW.cutOff, SETTING_COL, "=NA()");
      sheet.set(row(0), 2, -5);
      sheet.set(row(1), 2, "=1/0");
      sheet.set(row(1), 3, 0);
    });
    const r = parsed(sheet.grid(SHEET));
    expect(r.problems.map((p) => [p.cell, p.code]).sort()).toEqual(
      [
        [at(ROW.cutOff, SETTING_COL), "errorValue"],
        [at(row(0), 2), "amountInvalid"],
        [at(row(1), 2), "errorValue"],
      ].sort(),
    );
    expect(r.model.customers.map((c) => [c.revenue, c.potential])).toEqual([
      [{ value: -5 }, null],
      [{ value: "#DIV/0!", error: true, formula: "=1/0" }, 0],
    ]);
    expect(r.model.cutOff).toEqual({ value: "#N/A", error: true, formula: "=NA()" });
  });

  it("names an amount that is a number as text or TRUE, which the summary does not add up, and keeps it", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(row(0), 3, true);
      sheet.set(row(1), 2, '="1200"');
    });
    const r = parsed(sheet.grid(SHEET));
    expect(codes(r).sort()).toEqual(
      [
        [at(row(0), 3), "amountInvalid"],
        [at(row(1), 2), "amountInvalid"],
      ].sort(),
    );
    expect(r.model.customers.map((c) => [c.revenue, c.potential])).toEqual([
      [1200, { value: true }],
      [{ value: "1200", formula: '="1200"' }, null],
    ]);
  });

  it("takes the settings right of their labels when rows were inserted between them and the table, a remark beside them", () => {
    const sheet = sheetOf({ ...sample(), cutOff: 6, capacity: 3 });
    sheet.insertRows(ROW.capacity + 1, 2);
    sheet.batch(() => {
      sheet.set(ROW.capacity, SETTING_COL, 1000);
      // a remark left of the settings' labels: the row's first entry, as a title is; the labels stay the sheet's
      sheet.set(ROW.cutOff, 0, "siehe Protokoll");
      sheet.set(ROW.capacity, 0, "siehe Protokoll");
    });
    const r = parsed(sheet.grid(SHEET));
    expect([r.model.cutOff, r.model.capacity]).toEqual([6, { value: 1000 }]);
    expect(codes(r)).toEqual([[at(ROW.capacity, SETTING_COL), "capacityInvalid"]]);
    expect(r.strays).toEqual([]);
  });
});

describe("groups, weight sums, amounts and the summary as users change them", () => {
  it("names a group that is an error value as one, keeps a group from a formula without naming it", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(ROW.group, 4, "=NA()");
      sheet.set(ROW.group, 5, 5);
      sheet.set(ROW.group, 6, '="Kundenattraktivität"');
    });
    const r = parsed(sheet.grid(SHEET));
    expect(r.problems.filter((p) => p.cell.endsWith(String(ROW.group + 1))).map((p) => [p.cell, p.code])).toEqual([
      [at(ROW.group, 4), "errorValue"],
      [at(ROW.group, 5), "groupUnknown"],
    ]);
    expect(r.model.criteria[2]!.group).toEqual({ value: "Kundenattraktivität", formula: '="Kundenattraktivität"' });
  });

  it("names a weight sum that is not 100 at the summary's label when its column's title was deleted", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(ROW.header, cols.attractiveness, null);
      sheet.set(ROW.weight, 4, 35);
    });
    const r = parsed(sheet.grid(SHEET));
    expect(r.problems.filter((p) => p.code === "weightSum").map((p) => [p.cell, p.value])).toEqual([[at(ROW.weight, 1), "105"]]);
  });

  it("keeps an amount from a formula, and one a formula leaves blank, without naming them", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(row(0), 2, "=1000+200");
      sheet.set(row(1), 2, '=""');
    });
    const r = parsed(sheet.grid(SHEET));
    expect(r.problems).toEqual([]);
    expect(r.model.customers.map((c) => c.revenue)).toEqual([
      { value: 1200, formula: "=1000+200" },
      { value: "", formula: '=""' },
    ]);
  });

  it("names a summary count or a class's revenue typed over, not a revenue the summary does not compute", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(ROW.firstClass, 3, 99);
      sheet.set(ROW.incomplete, 3, "n/a");
    });
    const r = parsed(sheet.grid(SHEET));
    expect(codes(r).filter(([, code]) => code === "computedOverwritten")).toEqual([[at(ROW.firstClass, 3), "computedOverwritten"]]);
  });

  it("reads a sheet whose summary and chart titles were deleted, naming nothing typed over there", () => {
    const sheet = sheetOf();
    sheet.batch(() => {
      sheet.set(ROW.summaryHeader, 1, null);
      sheet.set(ROW.header, cols.plot.x, null);
      sheet.set(ROW.header, cols.plot.size, null);
      sheet.set(ROW.firstClass, 2, 3);
      sheet.set(ROW.countsStrength, cols.plot.size, 100);
    });
    const r = parsed(sheet.grid(SHEET));
    expect(r.problems.filter((p) => p.code === "computedOverwritten")).toEqual([]);
    expect(r.model.customers).toHaveLength(2);
  });

  it("names a criterion column inserted left of the first criterion or right of the last, which the formulas leave out", () => {
    for (const [insertAt, named] of [
      [cols.firstCriterion, cols.firstCriterion],
      [cols.attractiveness, cols.attractiveness],
    ] as const) {
      const sheet = sheetOf();
      sheet.insertColumns(insertAt);
      sheet.batch(() => {
        sheet.set(ROW.group, insertAt, "Kundenattraktivität");
        sheet.set(ROW.header, insertAt, "Zahlungsmoral");
        sheet.set(row(0), insertAt, 5);
      });
      const r = parsed(sheet.grid(SHEET));
      expect([insertAt, codes(r)]).toEqual([insertAt, [[at(ROW.header, named), "outsideCriterion"]]]);
      expect(r.model.criteria.filter((c) => c.ignored === "outside").map((c) => c.text)).toEqual(["Zahlungsmoral"]);
    }
  });
});

describe("the cut-off as users type it", () => {
  it.each([
    [0, 0, []],
    [10, 10, []],
    [5.5, 5.5, []],
    [-1, { value: -1 }, ["cutOffInvalid"]],
    [10.5, { value: 10.5 }, ["cutOffInvalid"]],
    ['="5"', { value: "5", formula: '="5"' }, ["cutOffInvalid"]],
    [true, { value: true }, ["cutOffInvalid"]],
    ["=3+2", { value: 5, formula: "=3+2" }, []],
  ])("reads %j as %j", (typed, cutOff, named) => {
    const sheet = sheetOf();
    sheet.set(ROW.cutOff, SETTING_COL, typed);
    const r = parsed(sheet.grid(SHEET));
    expect(r.model.cutOff).toEqual(cutOff);
    expect(r.problems.map((p) => p.code)).toEqual(named);
  });

  it("names an entry right of the cut-off, which is not the sheet's", () => {
    const sheet = sheetOf();
    sheet.set(ROW.cutOff, SETTING_COL + 1, "Notiz");
    expect(parsed(sheet.grid(SHEET)).strays).toContain(at(ROW.cutOff, SETTING_COL + 1));
  });
});
