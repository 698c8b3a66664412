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
import { FIGURE_COL, HEAD, REMARK_COL, VALUE_COL, planLayout } from "../../src/kinds/plans/sheets/layout";
import { printHeader, renderPlan } from "../../src/kinds/plans/sheets/render";
import { cellAddress } from "../../src/sheets/address";
import { editable } from "../formulas/engine";
import { expectSheetAgreesWithRead } from "../property/planSheet";
import { TODAY, randomAccountPlan } from "../formulas/random";
import { SHEET, mullerPlan, ok, read } from "./planFixtures";

/** What a plan holds as a reader gives it back: kept entries without their formulas' results, empty texts dropped. */
function normalized(plan: AccountPlan) {
  return JSON.parse(JSON.stringify(plan)) as unknown;
}

describe("an account plan read back", () => {
  it.each(LANGS)("a new plan reads as it was written (%s), without problems", (lang) => {
    const plan = newPlan({ id: "A03", name: "Müller AG" }, TODAY);
    const { parsed } = read(plan, lang);
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
  const base = mullerPlan;
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

  it("is not a plan without its title, named at A1", () => {
    const { sheet, parsed } = read(base());
    sheet.set(0, 0, "Notes");
    expect(parsed()).toEqual({ ok: false, problems: [expect.objectContaining({ cell: "A1", code: "headerMissing", value: "" })] });
  });

  it("names an amount below 0 or not a number, a share outside 0–100 %, a measure that is text; keeps each as typed", () => {
    const plan = {
      ...base(),
      competitors: [0.2, 0.3, 0.4, 0.5].map((share) => ({ name: "X", service: "", location: "", share, notes: "" })),
    };
    const { sheet, parsed } = read(plan);
    const L = planLayout(plan);
    sheet.batch(() => {
      sheet.set(L.spend.first, 1, -5);
      sheet.set(L.spend.first + 1, 2, "viel");
      sheet.set(L.competitors.first, 3, 1.5);
      sheet.set(L.competitors.first + 1, 3, -0.1);
      sheet.set(L.competitors.first + 2, 3, 1);
      sheet.set(L.competitors.first + 3, 3, 0);
      sheet.set(L.objectives.first, 4, "hundert");
    });
    const p = ok(parsed());
    expect(p.problems.map((x) => [x.cell, x.code, x.value])).toEqual([
      [cellAddress(L.spend.first, 1), "amountInvalid", "-5"],
      [cellAddress(L.spend.first + 1, 2), "amountInvalid", "viel"],
      [cellAddress(L.competitors.first, 3), "shareInvalid", "1.5"],
      [cellAddress(L.competitors.first + 1, 3), "shareInvalid", "-0.1"],
      [cellAddress(L.objectives.first, 4), "numberInvalid", "hundert"],
    ]);
    expect(p.model.spend[0]!.spend).toEqual({ value: -5 });
    expect(p.model.competitors.map((c) => c.share)).toEqual([{ value: 1.5 }, { value: -0.1 }, 1, 0]);
    expect(p.model.objectives[0]!.baseline).toEqual({ value: "hundert" });
  });

  it("names an error value typed into an amount, a list's cell or a status, and keeps it", () => {
    const { sheet } = read(base());
    const g = sheet.grid(SHEET);
    const cells: [number, number][] = [
      [L.spend.first, 1],
      [L.contacts.first, cc.role],
      [L.actions.first, 5],
    ];
    const isError = (r: number, c: number) => cells.some(([x, y]) => x === r && y === c);
    const withErrors = {
      ...g,
      values: g.values.map((row, r) => row.map((v, c) => (isError(r, c) ? "#N/A" : v))),
      valueTypes: g.valueTypes.map((row, r) => row.map((v, c) => (isError(r, c) ? "Error" : v))),
    };
    const p = ok(parsePlan(withErrors));
    expect(p.problems.map((x) => [x.cell, x.code])).toEqual(cells.map(([r, c]) => [cellAddress(r, c), "errorValue"]));
    expect(p.model.spend[0]!.spend).toEqual({ value: "#N/A", error: true });
    expect(p.model.contacts[0]!.role).toEqual({ value: "#N/A", error: true });
    expect(p.model.actions[0]!.status).toEqual({ value: "#N/A", error: true });
  });

  it("takes a due date on its start day, and a start or due that is no date, without naming the order", () => {
    const { sheet, parsed } = read({ ...base(), actions: [base().actions[0]!, { ...base().actions[0]!, id: "M02" }] });
    sheet.batch(() => {
      sheet.set(L.actions.first, 4, 46_296);
      sheet.set(L.actions.first, 3, 46_296);
      sheet.set(L.actions.first + 1, 3, "bald");
    });
    const p = ok(parsed());
    expect(p.problems.map((x) => [x.cell, x.code])).toEqual([[cellAddress(L.actions.first + 1, 3), "notDate"]]);
  });
});

describe("an account plan's tables as users change them", () => {
  const plan = (): AccountPlan => ({
    ...mullerPlan(),
    competitors: [{ name: "Rival", service: "", location: "", share: 0.2, notes: "" }],
    questions: [{ id: "F01", text: "Budget 2027?", responsible: "Eva", answer: "" }],
  });
  const L = planLayout(plan());
  const cc = L.contactCols;
  const cells = (p: ReturnType<typeof parsePlan>) => (p.ok ? p.problems : []).map((x) => [x.cell, x.code]);

  it("names a computed cell typed over in an entry's row and in a spare row, in every table", () => {
    const computed: [number, number][] = [
      [L.spend.first, 3],
      [L.contacts.first, cc.best],
      [L.contacts.first, cc.cover],
      [L.objectives.first, 9],
      [L.objectives.first, 10],
      [L.actions.first, 7],
    ];
    for (const [r, c] of computed) {
      const { sheet, parsed } = read(plan());
      const spare = r === L.spend.first ? L.spend.first + L.spend.rows - 1 : r + 1;
      sheet.batch(() => {
        sheet.set(r, c, 1);
        sheet.set(spare, c, 2);
      });
      expect([r, c, cells(parsed()).sort()]).toEqual([
        r,
        c,
        [
          [cellAddress(r, c), "computedOverwritten"],
          [cellAddress(spare, c), "computedOverwritten"],
        ].sort(),
      ]);
    }
  });

  it("names an entry typed below a table's rows, above the next section, as outside the sheet's totals", () => {
    const below: [number, string, (p: AccountPlan) => readonly unknown[]][] = [
      [L.objectives.first + L.objectives.rows, "Share +5", (p) => p.objectives],
      [L.actions.first + L.actions.rows, "Call", (p) => p.actions],
      [L.contacts.first + L.contacts.rows, "Jan Smit", (p) => p.contacts],
    ];
    for (const [r, text, items] of below) {
      const { sheet, parsed } = read(plan());
      sheet.set(r, r === L.contacts.first + L.contacts.rows ? 0 : 1, text);
      const p = ok(parsed());
      expect([r, cells(p)]).toEqual([r, [[cellAddress(r, 0), "outsideRow"]]]);
      expect(items(p.model).at(-1)).toMatchObject({ ignored: "outside" });
    }
  });

  it.each(["sSpend", "sCompetitors", "sContacts", "sStage", "sObjectives", "sActions", "sQuestions"] as const)(
    "reads a plan whose section title %s was deleted: its table is then the user's, never rows of the table above",
    (section) => {
      const rows = {
        sSpend: L.spend,
        sCompetitors: L.competitors,
        sContacts: L.contacts,
        sStage: L.stage,
        sObjectives: L.objectives,
        sActions: L.actions,
        sQuestions: L.questions,
      };
      const { sheet, parsed } = read(plan());
      sheet.set(rows[section].title, 0, null);
      const p = ok(parsed());
      // the table's header and entries, each named as an entry re-creating would overwrite, and nothing else
      const table = rows[section];
      expect(p.strays).toContain(cellAddress(table.header, 0));
      expect(p.strays).toContain(cellAddress(table.first, 0));
      expect(p.problems.filter((x) => x.code !== "strayCell").map((x) => x.code)).toEqual(
        section === "sObjectives" ? ["unknownObjective"] : [],
      );
      // every other table reads as it was: the one above never runs on into the table without its title
      const tables = {
        sSpend: "spend",
        sCompetitors: "competitors",
        sContacts: "contacts",
        sStage: "indicators",
        sObjectives: "objectives",
        sActions: "actions",
        sQuestions: "questions",
      } as const;
      const json = (x: unknown) => JSON.stringify(x);
      for (const [s, key] of Object.entries(tables)) if (s !== section) expect([key, json(p.model[key])]).toEqual([key, json(plan()[key])]);
    },
  );

  it.each(LANGS)("reads a competitor, a contact and a year named as their column's title as entries (%s)", (lang) => {
    const { sheet, parsed } = read(plan(), lang);
    const title = (c: number, r: number) => sheet.value(r, c) as string;
    const competitor = title(0, L.competitors.header);
    const contact = title(0, L.contacts.header);
    const year = title(0, L.spend.header);
    const service = title(1, L.competitors.header);
    sheet.batch(() => {
      sheet.set(L.competitors.first + 1, 0, competitor);
      // and a competitor whose service is the service's title
      sheet.paste(L.competitors.first + 2, 0, [["Nord AG", service]]);
      sheet.set(L.contacts.first + 1, 0, contact);
      sheet.set(L.spend.first + 1, 0, year);
    });
    const p = ok(parsed());
    expect(p.strays).toEqual([]);
    expect(p.model.competitors.map((x) => [x.name, x.service])).toEqual([
      ["Rival", ""],
      [competitor, ""],
      ["Nord AG", service],
    ]);
    expect(p.model.contacts.map((x) => x.name)).toContain(contact);
    // the year's title is an entry of the spend table: named as no year, kept as typed
    expect(p.problems.map((x) => [x.cell, x.code])).toEqual([[cellAddress(L.spend.first + 1, 0), "notNumber"]]);
    expect(p.model.spend.map((x) => x.year)).toContainEqual({ value: year });
  });

  it("gives an entry whose number was cleared the next free one, and names an indicator's number changed", () => {
    const { sheet, parsed } = read(plan());
    sheet.batch(() => {
      sheet.set(L.objectives.first, 0, null);
      sheet.set(L.actions.first, 0, null);
      sheet.set(L.questions.first, 0, null);
      sheet.set(L.stage.first + 2, 0, "I99");
    });
    const p = ok(parsed());
    expect([p.model.objectives[0]!.id, p.model.actions[0]!.id, p.model.questions[0]!.id]).toEqual(["O01", "M01", "F01"]);
    expect(cells(p)).toEqual([[cellAddress(L.stage.first + 2, 0), "indicatorMoved"]]);
  });

  it("takes an amount of 0, an amount from a formula and one a formula leaves blank; names a status not in the list", () => {
    const { sheet, parsed } = read(plan());
    sheet.batch(() => {
      sheet.set(L.spend.first, 1, 0);
      sheet.set(L.spend.first + 1, 1, "=100+50");
      sheet.set(L.spend.first + 2, 1, '=""');
      sheet.set(L.actions.first, 5, "bald");
      // an action serving no objective, and an objective without a baseline or target: nothing to name
      sheet.set(L.actions.first, 6, null);
      sheet.set(L.objectives.first, 4, null);
      sheet.set(L.objectives.first, 5, null);
    });
    const p = ok(parsed());
    expect(cells(p)).toEqual([[cellAddress(L.actions.first, 5), "notInList"]]);
    expect(p.model.spend.map((y) => y.spend)).toEqual([0, { value: 150, formula: "=100+50" }, { value: "", formula: '=""' }]);
  });

  it("finds its title in the first 20 rows only", () => {
    const found = (rows: number) => {
      const { sheet, parsed } = read(plan());
      sheet.insertRows(0, rows);
      return parsed().ok;
    };
    expect([found(19), found(20)]).toEqual([true, false]);
  });

  it("takes the instruction repeated across its merged cells as the sheet's own", () => {
    const { sheet, parsed } = read(plan());
    const instruction = sheet.value(HEAD.instruction, 0) as string;
    sheet.batch(() => [1, 2, 3].forEach((c) => sheet.set(HEAD.instruction, c, instruction)));
    expect(ok(parsed()).strays).toEqual([]);
  });
});

describe("an account plan edited as users do: the sheet shows what reading it reports", () => {
  const base = (): AccountPlan => {
    const plan = mullerPlan();
    return {
      ...plan,
      today: { value: 46_350 },
      spend: [{ year: 2025, spend: 1000, revenue: 200, notes: "" }],
      // a decider at the tactical level with a weak relationship: a gap
      contacts: [{ ...plan.contacts[0]!, level: "TACTICAL", strengths: [1, null] }],
      objectives: [{ ...plan.objectives[0]!, current: 101 }],
      actions: [],
      questions: [{ id: "F01", text: "Budget 2027?", responsible: "Eva", answer: "" }],
    };
  };
  const L = planLayout(base());
  const cc = L.contactCols;
  const codes = (p: ReturnType<typeof parsePlan>) => p.problems.map((x) => `${x.cell} ${x.code}`);

  it("agrees on the plan as written", () => {
    expectSheetAgreesWithRead(read(base()).sheet, SHEET);
  });

  it("takes an answer or a SWOT text that a formula leaves blank as missing, as the sheet counts it", () => {
    const { sheet } = read(base());
    sheet.batch(() => {
      sheet.set(L.questions.first, 3, '=""');
      for (const part of ["ourStrengths", "ourWeaknesses", "ourOpportunities"] as const) sheet.set(L.textRows[part], 1, "gut");
      sheet.set(L.textRows.ourThreats, 1, '=IF(1>2,"Preisdruck","")');
    });
    const p = expectSheetAgreesWithRead(sheet, SHEET);
    expect(evaluatePlan(p.model, TODAY).openQuestions).toEqual([0]);
    // the formulas stay
    const again = renderPlan(p.model, "de", SHEET);
    expect(again.cells[L.questions.first]![3]).toEqual({ formula: '=""' });
    expect(again.cells[L.textRows.ourThreats]![1]).toEqual({ formula: '=IF(1>2,"Preisdruck","")' });
  });

  it("keeps a formula typed into any text cell of a table when the plan is created again", () => {
    const { sheet } = read(base());
    const cells = [
      [L.contacts.first, cc.position],
      [L.objectives.first, 2],
      [L.objectives.first, 8],
      [L.questions.first, 1],
      [L.questions.first, 2],
    ] as const;
    sheet.batch(() => cells.forEach(([r, c], i) => sheet.set(r, c, `="x${i}"`)));
    const p = expectSheetAgreesWithRead(sheet, SHEET);
    const again = renderPlan(p.model, "de", SHEET);
    cells.forEach(([r, c], i) => expect(again.cells[r]![c]).toEqual({ formula: `="x${i}"` }));
  });

  it("names a row inserted at a table's first entry, which the sheet's totals leave out, and counts it nowhere", () => {
    const { sheet } = read(base());
    sheet.insertRows(L.objectives.first);
    // an objective far behind plan, typed into the new row
    sheet.paste(L.objectives.first, 0, [["O02", "Share +5", "%", "Quantitativ", 0, 10, 0, 46_380]]);
    const p = expectSheetAgreesWithRead(sheet, SHEET);
    expect(codes(p)).toContain(`${cellAddress(L.objectives.first, 0)} outsideRow`);
    // created again, it counts
    const again = editable(renderPlan(p.model, "de", SHEET));
    expect(expectSheetAgreesWithRead(again, SHEET).model.objectives.map((o) => o.id)).toEqual(["O02", "O01"]);
  });

  it("reads a plan whose settings' labels were deleted with the settings' defaults, naming nothing there", () => {
    const { sheet } = read({ ...base(), reviewed: "2026-10-01", previousStage: "COOPERATIVE", previousDate: "2026-06-30" });
    sheet.batch(() =>
      (Object.keys(HEAD) as (keyof typeof HEAD)[]).filter((k) => HEAD[k] > HEAD.instruction).forEach((k) => sheet.set(HEAD[k], 0, null)),
    );
    const p = ok(parsePlan(sheet.grid(SHEET)));
    expect(p.model).toMatchObject({ accountId: "", periodStart: null, reviewed: null, previousStage: null, previousDate: null });
    expect(p.problems.filter((x) => x.code !== "strayCell")).toEqual([]);
  });

  it("names the stage, the review remark and a figure typed over, and a stage cleared", () => {
    const { sheet } = read(base());
    sheet.batch(() => {
      sheet.set(HEAD.stage, VALUE_COL, null);
      sheet.set(HEAD.stage, REMARK_COL, "gut");
      sheet.set(HEAD.reviewed, REMARK_COL, "ok");
      sheet.set(HEAD.accountId, FIGURE_COL, 0.5);
      sheet.set(HEAD.accountId, FIGURE_COL + 1, "steigt");
    });
    const p = ok(parsePlan(sheet.grid(SHEET)));
    expect(p.problems.map((x) => [x.cell, x.code, x.value])).toEqual([
      [cellAddress(HEAD.stage, VALUE_COL), "computedOverwritten", ""],
      [cellAddress(HEAD.stage, REMARK_COL), "computedOverwritten", "gut"],
      [cellAddress(HEAD.reviewed, REMARK_COL), "computedOverwritten", "ok"],
      [cellAddress(HEAD.accountId, FIGURE_COL), "computedOverwritten", "0.5"],
      [cellAddress(HEAD.accountId, FIGURE_COL + 1), "computedOverwritten", "steigt"],
    ]);
  });

  it("names a question typed into a row inserted at the first question, which the open questions leave out", () => {
    const { sheet } = read({ ...base(), questions: [{ id: "F01", text: "Budget 2027?", responsible: "Eva", answer: "" }] });
    const L = planLayout({ ...base(), questions: [{ id: "F01", text: "Budget 2027?", responsible: "Eva", answer: "" }] });
    sheet.insertRows(L.questions.first);
    sheet.paste(L.questions.first, 0, [["F02", "Who decides?", "Jan"]]);
    const p = expectSheetAgreesWithRead(sheet, SHEET);
    expect(codes(p)).toEqual([`${cellAddress(L.questions.first, 0)} outsideRow`]);
    expect(p.model.questions.map((q) => [q.id, q.ignored])).toEqual([
      ["F02", "outside"],
      ["F01", undefined],
    ]);
    expect(evaluatePlan(p.model, TODAY).openQuestions).toEqual([1]);
  });

  it("names a contact's row with entries but no name, and takes a text block repeated across its merged cells once", () => {
    const { sheet } = read(base());
    const vision = L.textRows.accountVision;
    sheet.batch(() => {
      sheet.set(L.contacts.first + 1, cc.position, "CFO");
      // as some readers give a merged cell: its text in each of its cells
      sheet.set(vision, 1, "Marktführer");
      sheet.set(vision, 2, "Marktführer");
      sheet.set(vision, 3, "Marktführer");
      // a different entry there, and a formula showing the same text, are the user's own
      sheet.set(L.textRows.history, 1, "Seit 2010");
      sheet.set(L.textRows.history, 2, "Seit 2011");
      sheet.set(L.textRows.organisation, 1, "Zentral");
      sheet.set(L.textRows.organisation, 2, '="Zentral"');
    });
    const p = ok(parsePlan(sheet.grid(SHEET)));
    expect(p.problems.map((x) => [x.cell, x.code, x.value])).toEqual([
      [cellAddress(L.contacts.first + 1, cc.name), "contactNameMissing", ""],
      [cellAddress(L.textRows.organisation, 2), "strayCell", "Zentral"],
      [cellAddress(L.textRows.history, 2), "strayCell", "Seit 2011"],
    ]);
    expect(p.model.texts.accountVision).toBe("Marktführer");
  });

  it.each([
    ["the strongest relationship", cc.best, ["Eva", "Jan", "Ute"]],
    ["the first member", cc.firstMember, ["Ute", "Eva", "Jan"]],
  ])("names a team member's column inserted at %s, which the row's formula leaves out", (_, col, team) => {
    const { sheet } = read(base());
    sheet.insertColumns(col);
    sheet.batch(() => {
      sheet.set(L.contacts.header, col, "Ute");
      sheet.set(L.contacts.first, col, 3);
    });
    const p = expectSheetAgreesWithRead(sheet, SHEET);
    expect(codes(p)).toEqual([`${cellAddress(L.contacts.header, col)} memberNotCounted`]);
    expect(p.model.team).toEqual(team);
    // created again, Ute's relationship counts: the gap is closed
    const again = editable(renderPlan(p.model, "de", SHEET));
    expect(evaluatePlan(expectSheetAgreesWithRead(again, SHEET).model, TODAY).gaps).toEqual([]);
  });

  it.each([
    ["a non-breaking space", "\u00a0Entscheider"],
    ["a tab", "Entscheider\t"],
    ["a line break", "Entscheider\n"],
  ])("takes a role with %s around it for no role, as the sheet's TRIM does, and names it", (_, role) => {
    const { sheet } = read(base());
    sheet.set(L.contacts.first, cc.role, role);
    const p = expectSheetAgreesWithRead(sheet, SHEET);
    expect(codes(p)).toEqual([`${cellAddress(L.contacts.first, cc.role)} notInList`]);
  });

  it("takes a cell of spaces for nothing and a non-breaking space for an entry, as the sheet's TRIM does", () => {
    const { sheet } = read(base());
    const comp = L.competitors.first;
    sheet.batch(() => {
      // a competitor's name of spaces: no competitor; an open question of a non-breaking space: still a question
      sheet.set(comp, 0, "   ");
      sheet.set(L.questions.first + 1, 1, "\u00a0");
      sheet.set(L.actions.first, 1, " ");
    });
    const p = expectSheetAgreesWithRead(sheet, SHEET, "de", true);
    expect(p.model.competitors).toEqual([]);
    expect(p.model.actions).toEqual([]);
    expect(p.model.questions.map((q) => q.text)).toEqual(["Budget 2027?", "\u00a0"]);
    expect(evaluatePlan(p.model, TODAY).openQuestions).toEqual([0, 1]);
    // created again, the question of a non-breaking space stays one
    const again = editable(renderPlan(p.model, "en", SHEET));
    expect(evaluatePlan(expectSheetAgreesWithRead(again, SHEET, "en", true).model, TODAY).openQuestions).toEqual([0, 1]);
  });

  it("takes a role with spaces around and doubled inside as the sheet's TRIM does", () => {
    const { sheet } = read(base());
    sheet.set(L.objectives.first, 3, "  Quantitativ ");
    sheet.set(L.contacts.first, cc.role, "  Entscheider ");
    const p = expectSheetAgreesWithRead(sheet, SHEET);
    expect(p.problems).toEqual([]);
    expect(evaluatePlan(p.model, TODAY).gaps).toEqual([0]);
  });

  it.each([1, 2, 4, 7])("reads the plan with a column inserted at column %i of its head, without strays", (col) => {
    const { sheet } = read(base());
    sheet.insertColumns(col);
    const p = expectSheetAgreesWithRead(sheet, SHEET);
    expect(p.strays).toEqual([]);
    expect(p.problems).toEqual([]);
    // a column inserted among the team's is one more member's, empty
    const team =
      col === cc.firstMember + 1 ? { team: ["Eva", "", "Jan"], contacts: [{ ...base().contacts[0]!, strengths: [1, null, null] }] } : {};
    expect(normalized(p.model)).toEqual(normalized({ ...base(), ...team }));
  });

  it("names an entry beside the plan even when it repeats the cell left of it", () => {
    const { sheet } = read(base());
    sheet.batch(() => {
      sheet.set(L.spend.first, 4, "Rahmenvertrag");
      sheet.set(L.spend.first, 5, "Rahmenvertrag");
    });
    const p = ok(parsePlan(sheet.grid(SHEET)));
    expect(p.strays).toEqual([cellAddress(L.spend.first, 5)]);
  });
});

describe("an account plan's printed header", () => {
  it("names the account, an ampersand printed as one, a name too long for Excel's 255 characters cut", () => {
    expect(printHeader("Account-Plan", "Müller & Söhne")).toBe("&BAccount-Plan: Müller && Söhne");
    const long = printHeader("Account-Plan", "&".repeat(300));
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long).toMatch(/^&BAccount-Plan: (&&)+…$/);
    // a plan of that account is written to Excel and read back (the double refuses what Excel refuses)
    expect(renderPlan(mullerPlan(), "de", SHEET).print.header.center).toBe("&BAccount-Plan: Müller AG");
  });
});
