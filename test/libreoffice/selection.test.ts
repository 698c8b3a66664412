/**
 * The key-account selection's formulas (native in every mode), recalculated by LibreOffice, agree with the rules:
 * every row's attractiveness, strength, class and rank, the summary, the weight sums and the capacity warning, for
 * random selections with values pasted past validation, own criteria, ties and cut-offs of 0 to 10.
 */
import { amountOf, evaluateSelection } from "../../src/kinds/selection/domain/evaluate";
import { ACCOUNT_CLASSES } from "../../src/kinds/selection/domain/evaluate";
import { CLASS_TEXT } from "../../src/kinds/selection/i18n/classText";
import { SELECTION_SHEET_TEXT } from "../../src/kinds/selection/i18n/selectionSheetText";
import { FIRST_CUSTOMER_ROW, ROW, SUMMARY_COL, WARNING_COL, columnsFor } from "../../src/kinds/selection/sheets/layout";
import { renderSelection } from "../../src/kinds/selection/sheets/render";
import { randomSelection } from "../formulas/random";
import { type Calculated, calculateWithLibreOffice } from "./harness";

jest.setTimeout(240_000);

describe("the key-account selection, recalculated by LibreOffice, agrees with the rules", () => {
  const cases = Array.from({ length: 24 }, (_, i) => ({ model: randomSelection(i + 301), lang: (["de", "nl", "en"] as const)[i % 3]! }));
  let sheets: Calculated[] = [];
  beforeAll(async () => {
    sheets = await calculateWithLibreOffice(cases.map((c) => renderSelection(c.model, c.lang, { portable: true })));
  });

  it("covers every class, incomplete and unscored customers, ties, weights off 100 and more key accounts than the capacity", () => {
    const results = cases.map((c) => evaluateSelection(c.model));
    for (const k of ACCOUNT_CLASSES) expect([k, results.some((r) => r.byClass[k].length > 0)]).toEqual([k, true]);
    expect(results.some((r) => r.incomplete.length > 0)).toBe(true);
    expect(results.some((r) => r.unscored.length > 0)).toBe(true);
    expect(results.some((r) => r.overCapacity)).toBe(true);
    expect(results.some((r) => r.weightSums.attractiveness !== 100 || r.weightSums.strength !== 100)).toBe(true);
    // two customers of one class with the same scores: the order of the rows decides
    const tied = (r: ReturnType<typeof evaluateSelection>) =>
      r.customers.some((a, i) =>
        r.customers.some(
          (b, j) =>
            i < j &&
            a.accountClass !== null &&
            a.accountClass === b.accountClass &&
            a.attractiveness.score === b.attractiveness.score &&
            a.strength.score === b.strength.score,
        ),
      );
    expect(results.some(tied)).toBe(true);
  });

  it.each(cases.map((c, i) => [i, c] as const))("selection %i", (i, { model, lang }) => {
    const value = sheets[i]!;
    const r = evaluateSelection(model);
    const cols = columnsFor(model.criteria.length);
    const words = CLASS_TEXT[lang];
    r.customers.forEach((c, k) => {
      const row = FIRST_CUSTOMER_ROW + k;
      const word = c.unscored ? words.UNSCORED : c.incomplete ? words.INCOMPLETE : words[c.accountClass!];
      expect([k, value(row, cols.attractiveness), value(row, cols.strength), value(row, cols.class), value(row, cols.rank)]).toEqual([
        k,
        c.attractiveness.score ?? "",
        c.strength.score ?? "",
        word,
        c.rank ?? "",
      ]);
    });
    expect(value(FIRST_CUSTOMER_ROW + model.customers.length, cols.class)).toBe("");
    // the chart's points: a customer with a class at (strength, attractiveness), #N/A (no point) elsewhere
    [...r.customers, null].forEach((c, k) => {
      const row = FIRST_CUSTOMER_ROW + k;
      const has = (c?.accountClass ?? null) !== null;
      const revenue = amountOf(model.customers[k]?.revenue ?? null) ?? 0;
      expect([k, value(row, cols.plot.x), value(row, cols.plot.y), value(row, cols.plot.size)]).toEqual([
        k,
        has ? c!.strength.score : "#N/A",
        has ? c!.attractiveness.score : "#N/A",
        has ? Math.max(revenue, value(ROW.countsStrength, cols.plot.size) as number) : "#N/A",
      ]);
    });
    ACCOUNT_CLASSES.forEach((k, j) => {
      expect([k, value(ROW.firstClass + j, SUMMARY_COL.customers), value(ROW.firstClass + j, SUMMARY_COL.revenue)]).toEqual([
        k,
        r.byClass[k].length,
        r.revenueByClass[k],
      ]);
    });
    expect([value(ROW.incomplete, SUMMARY_COL.customers), value(ROW.unscored, SUMMARY_COL.customers)]).toEqual([
      r.incomplete.length,
      r.unscored.length,
    ]);
    expect([value(ROW.weight, cols.attractiveness), value(ROW.weight, cols.strength)]).toEqual([
      r.weightSums.attractiveness,
      r.weightSums.strength,
    ]);
    expect(value(ROW.capacity, WARNING_COL)).toBe(r.overCapacity ? SELECTION_SHEET_TEXT[lang].overCapacity : "");
  });
});
