/** The account plan of Müller AG as the sheet tests read it: rendered into the formula engine, edited, read back. */
import type { Lang } from "../../src/domain/lang";
import type { AccountPlan } from "../../src/kinds/plans/domain/model";
import { newPlan } from "../../src/kinds/plans/domain/plan";
import { parsePlan } from "../../src/kinds/plans/sheets/parse";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { editable } from "../formulas/engine";

export const SHEET = "Plan Müller AG";

/** A plan rendered in `lang` into the formula engine, to be edited as users do, and its reading. */
export function read(plan: AccountPlan, lang: Lang = "de") {
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

/** Müller AG's plan with an entry in every table and a strength on each side of the SWOT. */
export const everyTablePlan = (): AccountPlan => ({
  ...mullerPlan(),
  spend: [{ year: 2025, spend: 1000, revenue: 200, notes: "" }],
  competitors: [{ name: "Rival", service: "Logistik", location: "Köln", share: 0.2, notes: "" }],
  questions: [{ id: "F01", text: "Budget 2027?", responsible: "Eva", answer: "" }],
  texts: { accountStrengths: "Marktführer", ourStrengths: "Service vor Ort" },
});
