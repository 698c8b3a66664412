/** The account plan of Müller AG as the sheet tests read it: rendered into the formula engine, edited, read back. */
import type { AccountPlan } from "../../src/kinds/plans/domain/model";
import { newPlan } from "../../src/kinds/plans/domain/plan";
import { parsePlan } from "../../src/kinds/plans/sheets/parse";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { editable } from "../formulas/engine";

export const SHEET = "Plan Müller AG";

/** A plan rendered in `lang` into the formula engine, to be edited as users do, and its reading. */
export function read(plan: AccountPlan, lang = "de" as const) {
  const sheet = editable(renderPlan(plan, lang, SHEET));
  return { sheet, parsed: () => parsePlan(sheet.grid(SHEET)) };
}

/** The reading of a sheet that is an account plan (a test fails with the problems otherwise). */
export function ok(p: ReturnType<typeof parsePlan>) {
  if (!p.ok) throw new Error(`not read as a plan: ${JSON.stringify(p.problems)}`);
  return p;
}

/** A plan of Müller AG with a contact, an objective and an action. */
export const mullerPlan = (): AccountPlan => ({
  ...newPlan({ id: "A03", name: "Müller AG" }, "2026-01-01"),
  team: ["Eva", "Jan"],
  contacts: [
    {
      name: "Anna Berg",
      position: "CPO",
      level: "STRATEGIC",
      role: "DECIDER",
      attitude: "SUPPORTER",
      lastContact: "2026-11-02",
      strengths: [2, null],
      notes: "",
    },
  ],
  objectives: [
    {
      id: "O01",
      text: "Revenue +10 %",
      measure: "k€",
      kind: "QUANTITATIVE",
      baseline: 100,
      target: 110,
      current: 104,
      due: "2026-12-31",
      owner: "Eva",
    },
  ],
  actions: [
    {
      id: "M01",
      text: "Workshop",
      responsible: "Jan",
      start: "2026-10-01",
      due: "2026-11-15",
      status: "OPEN",
      objective: "O01",
      notes: "",
    },
  ],
});
