/**
 * The key-account selection's formulas, calculated by a real formula engine, against the rules: every row's
 * attractiveness, strength, class and rank, the summary, the weight sums, the capacity warning and the highlighting
 * are what the pane and `kam read` say, for random selections with entries pasted past validation.
 */
import { LANGS } from "../../src/domain/lang";
import { ACCOUNT_CLASSES, amountOf, evaluateSelection } from "../../src/kinds/selection/domain/evaluate";
import { CLASS_TEXT } from "../../src/kinds/selection/i18n/classText";
import { SELECTION_SHEET_TEXT } from "../../src/kinds/selection/i18n/selectionSheetText";
import { FIRST_CUSTOMER_ROW, ROW, SETTING_COL, SUMMARY_COL, WARNING_COL, columnsFor } from "../../src/kinds/selection/sheets/layout";
import { renderSelection } from "../../src/kinds/selection/sheets/render";
import { PALETTE } from "../../src/sheets/palette";
import { calculate, shiftFormula } from "./engine";
import { cellAddress, columnLetter } from "../../src/sheets/address";
import { randomSelection } from "./random";

describe("the key-account selection's formulas, calculated by a real formula engine, agree with the rules", () => {
  it.each(Array.from({ length: 16 }, (_, i) => i + 1))("random selection #%i", (seed) => {
    const model = randomSelection(seed);
    const lang = LANGS[seed % 3]!;
    const spec = renderSelection(model, lang);
    const sheet = calculate(spec);
    const r = evaluateSelection(model);
    const cols = columnsFor(model.criteria.length);
    const words = CLASS_TEXT[lang];

    r.customers.forEach((c, i) => {
      const row = FIRST_CUSTOMER_ROW + i;
      expect([c.index, sheet.value(row, cols.attractiveness), sheet.value(row, cols.strength)]).toEqual([
        i,
        c.attractiveness.score ?? "",
        c.strength.score ?? "",
      ]);
      const word = c.unscored ? words.UNSCORED : c.incomplete ? words.INCOMPLETE : words[c.accountClass!];
      expect([i, sheet.value(row, cols.class), sheet.value(row, cols.rank)]).toEqual([i, word, c.rank ?? ""]);
    });
    // the spare rows below are blank
    expect(sheet.value(FIRST_CUSTOMER_ROW + model.customers.length, cols.class)).toBe("");

    // the chart's columns: a point for each customer with a class, sized by its revenue (at least the smallest
    // bubble's); #N/A (no point) everywhere else, the spare rows too
    const revenues = model.customers.map((c) => amountOf(c.revenue) ?? 0);
    const smallest = Math.max(1, ...revenues.map((v) => v / 20));
    expect(sheet.value(ROW.countsStrength, cols.plot.size)).toBeCloseTo(smallest, 9);
    [...r.customers, null].forEach((c, i) => {
      const row = FIRST_CUSTOMER_ROW + i;
      const has = (c?.accountClass ?? null) !== null;
      const revenue = amountOf(model.customers[i]?.revenue ?? null) ?? 0;
      expect([i, sheet.value(row, cols.plot.x), sheet.value(row, cols.plot.y), sheet.value(row, cols.plot.size)]).toEqual([
        i,
        has ? c!.strength.score : "#N/A",
        has ? c!.attractiveness.score : "#N/A",
        has ? Math.max(revenue, sheet.value(ROW.countsStrength, cols.plot.size) as number) : "#N/A",
      ]);
    });
    ACCOUNT_CLASSES.forEach((k, i) => {
      expect([k, sheet.value(ROW.firstClass + i, SUMMARY_COL.customers)]).toEqual([k, r.byClass[k].length]);
      expect([k, sheet.value(ROW.firstClass + i, SUMMARY_COL.revenue)]).toEqual([k, r.revenueByClass[k]]);
    });
    expect(sheet.value(ROW.incomplete, SUMMARY_COL.customers)).toBe(r.incomplete.length);
    expect(sheet.value(ROW.unscored, SUMMARY_COL.customers)).toBe(r.unscored.length);
    expect(sheet.value(ROW.weight, cols.attractiveness)).toBe(r.weightSums.attractiveness);
    expect(sheet.value(ROW.weight, cols.strength)).toBe(r.weightSums.strength);
    expect(sheet.value(ROW.capacity, WARNING_COL)).toBe(r.overCapacity ? SELECTION_SHEET_TEXT[lang].overCapacity : "");

    // each class rule lights the class cells of its class only, the spare row below too
    for (const f of spec.conditionalFormats.filter((x) => x.area.col === cols.class)) {
      for (let dr = 0; dr <= model.customers.length; dr++) {
        const on = sheet.evaluate(shiftFormula(f.formula, dr, 0)) === true;
        const shown = sheet.value(FIRST_CUSTOMER_ROW + dr, cols.class);
        expect({ rule: f.formula.slice(-30), dr, on }).toEqual({ rule: f.formula.slice(-30), dr, on: f.formula.endsWith(`"${shown}"`) });
      }
    }
    // the chart's #N/A cells are white (no point), the points shown
    const hide = spec.conditionalFormats.find((x) => x.area.col === cols.plot.x)!;
    [...r.customers, null].forEach((c, dr) => {
      expect([dr, sheet.evaluate(shiftFormula(hide.formula, dr, 0))]).toEqual([dr, (c?.accountClass ?? null) === null]);
    });
    // a weight sum other than 100 is red
    for (const f of spec.conditionalFormats.filter((x) => x.area.row === ROW.weight && x.fill === PALETTE.badFill)) {
      const group = f.area.col === cols.attractiveness ? "attractiveness" : "strength";
      expect(sheet.evaluate(f.formula)).toBe(r.weightSums[group] !== 100);
    }
  });

  it("takes the cut-off in force: a number 0–10 in its cell, else 5; on the cut-off is high", () => {
    const base = randomSelection(3);
    const model = {
      ...base,
      criteria: base.criteria.slice(0, 10).map((c) => ({ ...c, weight: c.group === "attractiveness" ? 20 : 20 })),
      customers: [0, 4, 5, 6, 10].map((v, i) => ({
        ...base.customers[0]!,
        id: `A0${i + 1}`,
        name: `K${i}`,
        scores: new Array(10).fill(v),
      })),
    };
    for (const [cutOff, expected] of [
      [5, ["OPPORTUNISTIC", "OPPORTUNISTIC", "KEY", "KEY", "KEY"]],
      [6, ["OPPORTUNISTIC", "OPPORTUNISTIC", "OPPORTUNISTIC", "KEY", "KEY"]],
      [0, ["KEY", "KEY", "KEY", "KEY", "KEY"]],
      [10.5, ["OPPORTUNISTIC", "OPPORTUNISTIC", "KEY", "KEY", "KEY"]],
      [{ value: "hoch" }, ["OPPORTUNISTIC", "OPPORTUNISTIC", "KEY", "KEY", "KEY"]],
    ] as const) {
      const m = { ...model, cutOff };
      const sheet = calculate(renderSelection(m, "en"));
      const cols = columnsFor(10);
      const shown = m.customers.map((_, i) => sheet.value(FIRST_CUSTOMER_ROW + i, cols.class));
      expect({ cutOff, shown }).toEqual({ cutOff, shown: expected.map((k) => CLASS_TEXT.en[k]) });
      expect(evaluateSelection(m).customers.map((c) => c.accountClass)).toEqual(expected);
    }
    expect(calculate(renderSelection(model, "en")).value(ROW.cutOff, SETTING_COL)).toBe(5);
  });

  it.each([1, 2, 3, 4, 5, 6])(
    "random selection #%i: KAM.ATTRACTIVENESS, KAM.STRENGTH and KAM.ACCOUNTCLASS give what the sheet shows",
    (seed) => {
      const model = randomSelection(seed);
      const lang = LANGS[seed % 3]!;
      const sheet = calculate(renderSelection(model, lang));
      const cols = columnsFor(model.criteria.length);
      const last = columnLetter(cols.attractiveness - 1);
      const formulas = model.customers.map((_, i) => {
        const row = FIRST_CUSTOMER_ROW + i + 1;
        const args = `E${row}:${last}${row},$E$${ROW.weight + 1}:$${last}$${ROW.weight + 1},$E$${ROW.group + 1}:$${last}$${ROW.group + 1}`;
        const [a, s] = [cellAddress(row - 1, cols.attractiveness), cellAddress(row - 1, cols.strength)];
        return [
          `=KAM.ATTRACTIVENESS(${args})`,
          `=KAM.STRENGTH(${args})`,
          `=KAM.ACCOUNTCLASS(${a},${s},${cellAddress(ROW.cutOff, SETTING_COL)},"${lang}")`,
        ];
      });
      const r = evaluateSelection(model);
      const values = sheet.evaluateBlock(formulas);
      r.customers.forEach((c, i) => {
        const word = c.accountClass === null ? null : CLASS_TEXT[lang][c.accountClass];
        const [a, s, k] = values[i]!;
        expect([i, a, s]).toEqual([
          i,
          sheet.value(FIRST_CUSTOMER_ROW + i, cols.attractiveness),
          sheet.value(FIRST_CUSTOMER_ROW + i, cols.strength),
        ]);
        // an incomplete customer has scores but no class on the sheet; the function classifies any two scores
        if (word !== null) expect([i, k]).toEqual([i, word]);
        if (c.attractiveness.score === null || c.strength.score === null) expect([i, k]).toEqual([i, ""]);
      });
    },
  );
});
