/**
 * The key-account selection as users edit it without the pane: scores, weights, groups, names, revenues and the
 * settings typed in any order, valid or not, in the customers' rows and the spare rows below. Whatever they type,
 * every computed cell (calculated by HyperFormula) shows what reading the sheet and the rules report; rendered
 * and read back, a selection is what it was, and re-creating writes back every entry as it was.
 */
import fc from "fast-check";
import { LANGS } from "../../src/domain/lang";
import { ACCOUNT_CLASSES, evaluateSelection } from "../../src/kinds/selection/domain/evaluate";
import { CLASS_TEXT } from "../../src/kinds/selection/i18n/classText";
import { SELECTION_SHEET_TEXT } from "../../src/kinds/selection/i18n/selectionSheetText";
import { FIRST_CUSTOMER_ROW, ROW, SETTING_COL, SUMMARY_COL, WARNING_COL, columnsFor } from "../../src/kinds/selection/sheets/layout";
import { parseSelection } from "../../src/kinds/selection/sheets/parse";
import { renderSelection } from "../../src/kinds/selection/sheets/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { editable } from "../formulas/engine";
import { randomSelection } from "../formulas/random";

jest.setTimeout(600_000);

const entry = fc.oneof(fc.integer({ min: -1, max: 11 }), fc.constantFrom(2.5, "gut", "7", "", null, true));
const edit = fc.record({
  where: fc.constantFrom("score", "weight", "group", "name", "revenue", "cutOff", "capacity"),
  row: fc.nat(14),
  col: fc.nat(11),
  value: entry,
});
const selectionCase = fc.record({
  seed: fc.integer({ min: 1, max: 10_000 }),
  lang: fc.constantFrom(...LANGS),
  edits: fc.array(edit, { maxLength: 12 }),
});

it("a selection edited as users do shows what reading it reports", () => {
  fc.assert(
    fc.property(selectionCase, ({ seed, lang, edits }) => {
      const model = randomSelection(seed);
      const spec = renderSelection(model, lang);
      const sheet = editable(spec);
      const criteria = model.criteria.length;
      const groups = [SELECTION_SHEET_TEXT[lang].attractiveness, SELECTION_SHEET_TEXT[lang].strength, "Lieferant"];
      sheet.batch(() => {
        for (const e of edits) {
          const row = FIRST_CUSTOMER_ROW + e.row;
          const col = 4 + (e.col % criteria);
          if (e.where === "score") sheet.set(row, col, e.value);
          else if (e.where === "weight") sheet.set(ROW.weight, col, typeof e.value === "number" ? e.value * 10 : e.value);
          else if (e.where === "group") sheet.set(ROW.group, col, groups[e.row % 3]!);
          else if (e.where === "name") sheet.set(row, 1, typeof e.value === "string" ? e.value : `Kunde ${e.col}`);
          else if (e.where === "revenue") sheet.set(row, 2, e.value);
          else if (e.where === "cutOff") sheet.set(ROW.cutOff, SETTING_COL, e.value);
          else sheet.set(ROW.capacity, SETTING_COL, e.value);
        }
      });
      const read = parseSelection(sheet.grid(spec.name));
      if (!read.ok) throw new Error("the edited selection no longer reads");
      const r = evaluateSelection(read.model);
      const cols = columnsFor(criteria);
      const words = CLASS_TEXT[lang];
      const shown: unknown[] = [];
      const said: unknown[] = [];
      r.customers.forEach((c, i) => {
        const row = read.customerRows[i]!;
        const word = c.unscored ? words.UNSCORED : c.incomplete ? words.INCOMPLETE : words[c.accountClass!];
        shown.push([
          row,
          sheet.value(row, cols.attractiveness),
          sheet.value(row, cols.strength),
          sheet.value(row, cols.class),
          sheet.value(row, cols.rank),
        ]);
        said.push([row, c.attractiveness.score ?? "", c.strength.score ?? "", word, c.rank ?? ""]);
      });
      ACCOUNT_CLASSES.forEach((k, j) => {
        shown.push([k, sheet.value(ROW.firstClass + j, SUMMARY_COL.customers), sheet.value(ROW.firstClass + j, SUMMARY_COL.revenue)]);
        said.push([k, r.byClass[k].length, r.revenueByClass[k]]);
      });
      shown.push(
        sheet.value(ROW.weight, cols.attractiveness),
        sheet.value(ROW.weight, cols.strength),
        sheet.value(ROW.capacity, WARNING_COL),
      );
      said.push(r.weightSums.attractiveness, r.weightSums.strength, r.overCapacity ? SELECTION_SHEET_TEXT[lang].overCapacity : "");
      expect({ edits, shown }).toEqual({ edits, shown: said });
    }),
    { numRuns: Number(process.env.KAM_SELECTION_PROPERTY_RUNS ?? 10) },
  );
});

it("a selection rendered and read back is what it was, and re-creating writes every entry back as it was", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(...LANGS), (seed, lang) => {
      const model = randomSelection(seed);
      const spec = renderSelection(model, lang);
      const read = parseSelection(specToGrid(spec));
      if (!read.ok) throw new Error("does not read");
      expect(read.model).toEqual(model);
      expect(renderSelection(read.model, lang).cells).toEqual(spec.cells);
    }),
    { numRuns: 40 },
  );
});
