/**
 * An account plan's sheet read back: a rendered plan reads as what it was, in every language and from another
 * language's sheet; what users do to it (entries past validation, rows inserted into a table, entries below the
 * formulas, results typed over, a column inserted left of it) is named by cell, and nothing typed is lost.
 */
import { LANGS } from "../../src/domain/lang";
import { evaluatePlan } from "../../src/kinds/plans/domain/evaluate";
import type { AccountPlan } from "../../src/kinds/plans/domain/model";
import { newPlan } from "../../src/kinds/plans/domain/plan";
import { parsePlan } from "../../src/kinds/plans/sheets/parse";
import { planLayout } from "../../src/kinds/plans/sheets/layout";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { cellAddress } from "../../src/sheets/address";
import { editable } from "../formulas/engine";
import { TODAY, randomAccountPlan } from "../formulas/random";

const SHEET = "Plan Müller AG";

function read(plan: AccountPlan, lang = "de" as const) {
  const sheet = editable(renderPlan(plan, lang, SHEET));
  return { sheet, parsed: () => parsePlan(sheet.grid(SHEET)) };
}

function ok(p: ReturnType<typeof parsePlan>) {
  if (!p.ok) throw new Error(`not read as a plan: ${JSON.stringify(p.problems)}`);
  return p;
}

/** What a plan holds as a reader gives it back: kept entries without their formulas' results, empty texts dropped. */
function normalized(plan: AccountPlan) {
  return JSON.parse(JSON.stringify(plan)) as unknown;
}

describe("an account plan read back", () => {
  it.each(LANGS)("a new plan reads as it was written (%s), without problems", (lang) => {
    const plan = newPlan({ id: "A03", name: "Müller AG" }, TODAY);
    const { parsed } = read(plan, lang as "de");
    const p = ok(parsed());
    expect(p.lang).toBe(lang);
    expect(p.problems).toEqual([]);
    expect(p.strays).toEqual([]);
    expect(normalized(p.model)).toEqual(normalized(plan));
  });

  it.each(Array.from({ length: 12 }, (_, i) => i + 1))("random plan #%i reads back as it was, and as the sheet shows it", (seed) => {
    const plan = randomAccountPlan(seed);
    const lang = LANGS[seed % 3]!;
    const sheet = editable(renderPlan(plan, lang, SHEET));
    const p = ok(parsePlan(sheet.grid(SHEET)));
    expect(p.strays).toEqual([]);
    const rendered = renderPlan(p.model, lang, SHEET);
    // re-creating from what was read writes every cell as before (a text of blanks only reads as empty)
    const trimmed = (cells: typeof rendered.cells) => cells.map((row) => row.map((c) => (typeof c === "string" ? c.trim() : c)));
    expect(trimmed(rendered.cells)).toEqual(trimmed(renderPlan(plan, lang, SHEET).cells));
    // what was read evaluates as the sheet shows it
    const r = evaluatePlan(p.model, TODAY);
    expect(r).toEqual(evaluatePlan(plan, TODAY));
  });
});

describe("an account plan as users change it", () => {
  const base = (): AccountPlan => ({
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
  const L = planLayout(base());
  const cc = L.contactCols;
  const codes = (p: ReturnType<typeof parsePlan>) => p.problems.map((x) => `${x.cell} ${x.code}`);

  it("names a strength outside 0–3, a role not in the list, a target equal to its baseline, a due date before its start", () => {
    const { sheet, parsed } = read(base());
    sheet.batch(() => {
      sheet.set(L.contacts.first, cc.firstMember + 1, 5);
      sheet.set(L.contacts.first, cc.role, "Chef");
      sheet.set(L.objectives.first, 5, 100);
      sheet.set(L.actions.first, 3, 46_400);
    });
    const p = ok(parsed());
    expect(codes(p)).toEqual([
      `${cellAddress(L.contacts.first, cc.role)} notInList`,
      `${cellAddress(L.contacts.first, cc.firstMember + 1)} outOfRange`,
      `${cellAddress(L.objectives.first, 5)} targetIsBaseline`,
      `${cellAddress(L.actions.first, 4)} dueBeforeStart`,
    ]);
    // nothing typed is lost
    expect(p.model.contacts[0]!.role).toEqual({ value: "Chef" });
    expect(p.model.contacts[0]!.strengths).toEqual([2, { value: 5 }]);
    const again = renderPlan(p.model, "de", SHEET);
    expect(again.cells[L.contacts.first]![cc.role]).toBe("Chef");
    expect(again.cells[L.contacts.first]![cc.firstMember + 1]).toBe(5);
  });

  it("names an action's objective the plan does not have, and a result typed over", () => {
    const { sheet, parsed } = read(base());
    sheet.batch(() => {
      sheet.set(L.actions.first, 6, "O07");
      sheet.set(L.objectives.first, 9, 0.9);
    });
    const p = ok(parsed());
    expect(codes(p)).toEqual([
      `${cellAddress(L.objectives.first, 9)} computedOverwritten`,
      `${cellAddress(L.actions.first, 6)} unknownObjective`,
    ]);
    // the objective with its progress typed over counts nowhere until re-created, as the sheet shows no progress
    expect(evaluatePlan(p.model, TODAY).objectives[0]!.progress).toBeNull();
  });

  it("takes a contact typed into a spare row at once, with its cover", () => {
    const { sheet, parsed } = read(base());
    sheet.paste(L.contacts.first + 1, 0, [["Jan Smit", "CFO", "Strategisch", "Entscheider", "Neutral", 46_300, 1, 1]]);
    const p = ok(parsed());
    expect(p.problems).toEqual([]);
    const r = evaluatePlan(p.model, TODAY);
    expect(r.gaps).toEqual([1]);
    expect(sheet.value(L.contacts.first + 1, cc.cover)).toBe("Lücke");
  });

  it("names an entry beside the plan that re-creating would overwrite", () => {
    const { sheet, parsed } = read(base());
    sheet.set(L.spend.first, 8, "my note");
    const p = ok(parsed());
    expect(p.strays).toEqual([cellAddress(L.spend.first, 8)]);
    expect(codes(p)).toEqual([`${cellAddress(L.spend.first, 8)} strayCell`]);
  });

  it("is not a plan without its title", () => {
    const { sheet, parsed } = read(base());
    sheet.set(0, 0, "Notes");
    expect(parsed().ok).toBe(false);
  });
});
