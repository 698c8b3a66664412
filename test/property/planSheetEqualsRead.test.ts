/**
 * An account plan's sheet is the source of truth: whatever users do to it without the pane (see planEdits.ts),
 * every figure of its head and every counted row's computed cells, calculated by HyperFormula, show what reading it
 * reports in the pane and `kam read`; and the plan created again from what was read keeps every entry. Each case
 * recalculates the whole plan after each edit, so the default run is short; KAM_PLAN_PROPERTY_RUNS=200 for a
 * deeper search.
 */
import fc from "fast-check";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { editable } from "../formulas/engine";
import { langArb } from "./arbitraries";
import { applyPlanEdits, planEdit } from "./planEdits";
import { planModelArb } from "./planModels";
import { expectSheetAgreesWithRead, readPlanSheet } from "./planSheet";

jest.setTimeout(600_000);

const SHEET = "Plan Müller AG";
const RUNS = { numRuns: Number(process.env.KAM_PLAN_PROPERTY_RUNS ?? 25) };
/** A plan's entries as typed: no row's mark of being left out, a formula's entry without its result. */
const entries = (model: unknown): unknown =>
  JSON.parse(
    JSON.stringify(model, (k, v: unknown) =>
      k === "ignored"
        ? undefined
        : typeof v === "object" && v !== null && "formula" in v && "value" in v
          ? { formula: (v as { formula: unknown }).formula }
          : v,
    ),
  );
const planCase = fc.record({
  plan: planModelArb("withKept"),
  lang: langArb,
  edits: fc.array(planEdit, { minLength: 1, maxLength: 12 }),
});

describe("an account plan edited as users do", () => {
  it("shows on its sheet what reading it reports, head and rows", () => {
    fc.assert(
      fc.property(planCase, ({ plan, lang, edits }) => {
        const sheet = editable(renderPlan(plan, lang, SHEET));
        sheet.batch(() => applyPlanEdits(sheet, plan, edits));
        expectSheetAgreesWithRead(sheet, SHEET, lang, true);
      }),
      RUNS,
    );
  });

  it("is created again from what was read with every entry kept, in its language or another", () => {
    fc.assert(
      fc.property(planCase, langArb, ({ plan, lang, edits }, next) => {
        const sheet = editable(renderPlan(plan, lang, SHEET));
        sheet.batch(() => applyPlanEdits(sheet, plan, edits));
        const before = readPlanSheet(sheet, SHEET);
        const again = editable(renderPlan(before.model, next, SHEET));
        const after = expectSheetAgreesWithRead(again, SHEET, next, true);
        // every entry where it was, rows the figures left out now counted (inserted rows get their formulas); a
        // formula kept as typed, whatever it gives on the sheet now (=A1 gives the title in the new language)
        expect(entries(after.model)).toEqual(entries(before.model));
        expect(after.problems.filter((x) => x.code === "outsideRow" || x.code === "computedOverwritten")).toEqual([]);
      }),
      RUNS,
    );
  });
});
