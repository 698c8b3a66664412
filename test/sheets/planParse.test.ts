/**
 * The account plan's reading, case by case: each test pins a rule of `src/kinds/plans/sheets/parse.ts` that a
 * mutation run found unpinned (docs/testing.md, "The account plan's sheet"). The sheets are rendered plans edited
 * as users edit them: sections moved, titles retyped or deleted, notes typed beside the plan, formulas typed over.
 */
import { LANGS } from "../../src/domain/lang";
import type { AccountPlan } from "../../src/kinds/plans/domain/model";
import { ROLE_TEXT } from "../../src/kinds/plans/domain/words";
import { PLAN_SHEET_TEXT } from "../../src/kinds/plans/i18n/planSheetText";
import { HEAD, FIGURE_COL, TREND_COL, planLayout } from "../../src/kinds/plans/sheets/layout";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { cellAddress } from "../../src/sheets/address";
import { expectSheetAgreesWithRead } from "../property/planSheet";
import { SHEET, everyTablePlan, ok, read } from "./planFixtures";

const plan = everyTablePlan;
const L = planLayout(plan());
const cc = L.contactCols;
const t = PLAN_SHEET_TEXT.de;
const problems = (p: ReturnType<typeof ok>) => p.problems.map((x) => `${x.cell} ${x.code}`);
/** The rows (0-based) of the cells a reading names. */
const namedRows = (p: ReturnType<typeof ok>) => p.problems.map((x) => Number(/\d+$/.exec(x.cell)![0]) - 1);
/** The plan as read, without what reading adds to a plan that was never on a sheet. */
const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe("an account plan whose sections users moved or retyped", () => {
  it("reads the plan with its contact matrix moved to the end, its rows and formulas with it", () => {
    const { sheet, parsed } = read(plan());
    const height = L.rows + 1;
    sheet.moveRows(L.contacts.title, L.stage.title - L.contacts.title, height);
    const p = expectSheetAgreesWithRead(sheet, SHEET);
    expect(problems(ok(parsed()))).toEqual([]);
    expect(json({ ...p.model, today: undefined })).toEqual(json({ ...plan(), today: undefined }));
  });

  it("reads the plan when a section's title is typed again above the plan, as a note", () => {
    const { sheet, parsed } = read(plan());
    sheet.insertRows(0);
    sheet.set(0, 0, t.sQuestions);
    const p = ok(parsed());
    expect(p.model.questions).toEqual(plan().questions);
    expect(p.model.actions).toEqual(plan().actions);
  });

  it("takes the instruction as the sheet's own whatever it says (a plan of an earlier version)", () => {
    const { sheet, parsed } = read(plan());
    sheet.set(HEAD.instruction, 0, "Bitte alle gelben Zellen ausfüllen.");
    expect(ok(parsed()).strays).toEqual([]);
  });

  it("reads no objectives from a table whose header row was cleared, and the actions below as actions", () => {
    const { sheet, parsed } = read(plan());
    sheet.paste(L.objectives.header, 0, [Array.from({ length: 11 }, () => null)]);
    const p = ok(parsed());
    expect(p.model.objectives).toEqual([]);
    expect(p.model.actions.map((a) => a.id)).toEqual(["M01"]);
    // the objective's row is the user's now: named, never read into another table; nothing else is named
    expect(p.strays).toContain(cellAddress(L.objectives.first, 1));
    expect(namedRows(p).filter((r) => r < L.objectives.first || r >= L.objectives.first + L.objectives.rows)).toEqual([L.actions.first]);
  });

  it("reads no indicators from the stage table whose header row was cleared, naming its rows and nothing else", () => {
    const { sheet, parsed } = read({ ...plan(), indicators: { B1: "YES" } });
    sheet.paste(L.stage.header, 0, [[null, null, null, null]]);
    const p = ok(parsed());
    expect(p.model.indicators).toEqual({});
    expect(p.problems.every((x) => x.code === "strayCell")).toBe(true);
    expect(new Set(namedRows(p))).toEqual(new Set(Array.from({ length: L.stage.rows }, (_, i) => L.stage.first + i)));
  });

  it("reads the account's SWOT without a deleted label's text, never taking our SWOT's text for it", () => {
    const { sheet, parsed } = read(plan());
    sheet.set(L.textRows.accountStrengths, 0, null);
    const p = ok(parsed());
    expect(p.model.texts).toEqual({ ourStrengths: "Service vor Ort" });
    expect(p.strays).toEqual([cellAddress(L.textRows.accountStrengths, 1)]);
    // both strengths' labels deleted: neither read, each text named
    sheet.set(L.textRows.ourStrengths, 0, null);
    expect([ok(parsed()).model.texts, ok(parsed()).strays]).toEqual([
      {},
      [cellAddress(L.textRows.accountStrengths, 1), cellAddress(L.textRows.ourStrengths, 1)],
    ]);
  });

  it("reads our SWOT when the account's SWOT lost its section title, naming the account's texts", () => {
    const { sheet, parsed } = read(plan());
    sheet.set(L.accountSwot, 0, null);
    const p = ok(parsed());
    expect(p.model.texts).toEqual({ ourStrengths: "Service vor Ort" });
    expect(p.strays).toEqual([cellAddress(L.textRows.accountStrengths, 1)]);
  });

  it("reads the previous stage and the date it was judged on", () => {
    const withPrevious: AccountPlan = { ...plan(), previousStage: "COOPERATIVE", previousDate: "2026-06-30" };
    const p = ok(read(withPrevious).parsed());
    expect([p.model.previousStage, p.model.previousDate]).toEqual(["COOPERATIVE", "2026-06-30"]);
  });
});

describe("an account plan's head and margins as users type into them", () => {
  it("names a note typed beside the figures in a head row without a figure, and one right of a figure", () => {
    const { sheet, parsed } = read(plan());
    const gapsRow = HEAD.accountId + 1;
    sheet.batch(() => {
      sheet.set(HEAD.today + 1, 3, "Stand: Oktober");
      sheet.set(gapsRow, TREND_COL, "prüfen");
    });
    const p = ok(parsed());
    expect([...p.strays].sort()).toEqual([cellAddress(HEAD.today + 1, 3), cellAddress(gapsRow, TREND_COL)].sort());
    expect(p.problems.filter((x) => x.code !== "strayCell")).toEqual([]);
    expect(sheet.value(gapsRow, FIGURE_COL)).toBe(0);
  });

  it("names nothing right of the plan's widest table: a note there is outside the plan", () => {
    const { sheet, parsed } = read(plan());
    const before = ok(parsed()).extent.cols;
    sheet.set(L.spend.first, before, "Notiz");
    const p = ok(parsed());
    expect([p.extent.cols, p.strays]).toEqual([before, []]);
  });

  it("names a copy of a text block typed into a column inserted left of it", () => {
    const { sheet, parsed } = read(plan());
    sheet.insertColumns(1);
    sheet.set(L.textRows.ourStrengths, 1, "Service vor Ort");
    const p = ok(parsed());
    expect(p.strays).toEqual([cellAddress(L.textRows.ourStrengths, 1)]);
    expect(p.model.texts.ourStrengths).toBe("Service vor Ort");
  });

  it("names a role typed as a figure's title as a role not in the list, and nothing beside it", () => {
    const { sheet, parsed } = read(plan());
    sheet.set(L.contacts.first, cc.role, t.openQuestions);
    expect(problems(ok(parsed()))).toEqual([`${cellAddress(L.contacts.first, cc.role)} notInList`]);
  });

  it.each(LANGS)("names the list's words in a choice that is not one of them (%s)", (lang) => {
    const { sheet, parsed } = read(plan(), lang);
    sheet.set(L.contacts.first, cc.role, "Chef");
    const [problem] = ok(parsed()).problems;
    expect(problem?.code).toBe("notInList");
    for (const role of Object.values(ROLE_TEXT)) expect(problem?.expected).toContain(role[lang]);
  });
});

describe("an account plan's tables at their edges", () => {
  it("counts an entry in each table's last row, and names one below the spend table as outside its totals", () => {
    const { sheet, parsed } = read(plan());
    const last = (x: { first: number; rows: number }) => x.first + x.rows - 1;
    sheet.batch(() => {
      sheet.set(last(L.spend), 0, 2026);
      sheet.set(last(L.contacts), 0, "Jan Smit");
      sheet.set(last(L.objectives), 1, "Neukunden");
      sheet.set(last(L.actions), 1, "Besuch");
    });
    let p = ok(parsed());
    expect(problems(p)).toEqual([]);
    expect([p.model.spend, p.model.contacts, p.model.objectives, p.model.actions].map((x) => x.at(-1))).not.toContainEqual(
      expect.objectContaining({ ignored: expect.anything() }),
    );
    sheet.set(last(L.spend) + 1, 0, 2027);
    p = ok(parsed());
    expect(problems(p)).toEqual([`${cellAddress(last(L.spend) + 1, 0)} outsideRow`]);
    expect(p.model.spend.at(-1)).toMatchObject({ year: 2027, ignored: "outside" });
  });

  it("names an entry's computed cell cleared and counts its results nowhere; a spare row's cleared cell is nothing", () => {
    const { sheet, parsed } = read(plan());
    sheet.batch(() => {
      sheet.set(L.objectives.first, 9, null);
      sheet.set(L.objectives.first + 1, 9, null);
    });
    const p = ok(parsed());
    expect(problems(p)).toEqual([`${cellAddress(L.objectives.first, 9)} computedOverwritten`]);
    expect(p.model.objectives).toEqual([{ ...plan().objectives[0], ignored: "noFormulas" }]);
  });

  it("keeps a formula typed into a competitor's and an action's text cells when the plan is created again", () => {
    const { sheet } = read(plan());
    const cells = [
      [L.competitors.first, 0, '="Rival"&" AG"'],
      [L.competitors.first, 1, '="Lager"'],
      [L.competitors.first, 2, '="Bonn"'],
      [L.actions.first, 1, '="Workshop"'],
      [L.actions.first, 2, '="Jan"'],
      [L.actions.first, 6, '="O01"'],
    ] as const;
    sheet.batch(() => cells.forEach(([r, c, f]) => sheet.set(r, c, f)));
    const p = expectSheetAgreesWithRead(sheet, SHEET);
    expect(p.problems).toEqual([]);
    const again = renderPlan(p.model, "de", SHEET);
    cells.forEach(([r, c, f]) => expect(again.cells[r]![c]).toEqual({ formula: f }));
  });

  it("names only the start of an action whose start is no date while its due date is one", () => {
    const { sheet, parsed } = read(plan());
    sheet.set(L.actions.first, 3, "bald");
    expect(problems(ok(parsed()))).toEqual([`${cellAddress(L.actions.first, 3)} notDate`]);
  });

  it("gives where each entry with computed cells stands, in the model's order", () => {
    const p = ok(read(plan()).parsed());
    expect(p.rows).toEqual({ contacts: [L.contacts.first], objectives: [L.objectives.first], actions: [L.actions.first] });
  });
});

describe("an account plan's columns as users change them", () => {
  it("reads no location when the competitors' column title was deleted, never another column's entries", () => {
    const { sheet, parsed } = read(plan());
    sheet.set(L.competitors.header, 2, null);
    const p = ok(parsed());
    expect(p.model.competitors).toEqual([{ name: "Rival", service: "Logistik", location: "", share: 0.2, notes: "" }]);
    expect(p.strays).toEqual([cellAddress(L.competitors.first, 2)]);
  });

  it("names the spend's shares, not a column before the plan, when the share's title was deleted", () => {
    const { sheet, parsed } = read(plan());
    sheet.set(L.spend.header, 3, null);
    const p = ok(parsed());
    expect(p.model.spend.map((x) => x.year)).toEqual([2025]);
    // the share's formulas are no longer the sheet's: each named where it stands, in column D
    const shares = Array.from({ length: L.spend.rows }, (_, i) => cellAddress(L.spend.first + i, 3));
    expect(p.problems.map((x) => x.cell)).toEqual(shares);
  });

  it("reads no team when the last contact's title was deleted: the members' columns are found beside it", () => {
    const { sheet, parsed } = read(plan());
    sheet.set(L.contacts.header, cc.lastContact, null);
    const p = ok(parsed());
    expect(p.model.team).toEqual([]);
    expect(p.strays).toContain(cellAddress(L.contacts.header, cc.firstMember));
  });

  it("reads the team when every strongest relationship was typed over, naming each", () => {
    const { sheet, parsed } = read(plan());
    const rows = Array.from({ length: L.contacts.rows }, (_, i) => L.contacts.first + i);
    sheet.batch(() => rows.forEach((r) => sheet.set(r, cc.best, 3)));
    const p = ok(parsed());
    expect(p.model.team).toEqual(["Eva", "Jan"]);
    expect(problems(p)).toEqual(rows.map((r) => `${cellAddress(r, cc.best)} computedOverwritten`));
  });

  it.each([
    ["the first member", cc.firstMember],
    ["the strongest relationship", cc.best],
  ])("takes an empty column inserted at %s for no member", (_, col) => {
    const { sheet } = read(plan());
    sheet.insertColumns(col);
    const p = expectSheetAgreesWithRead(sheet, SHEET);
    expect([p.model.team, p.problems]).toEqual([["Eva", "Jan"], []]);
  });
});
