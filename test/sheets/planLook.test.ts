/**
 * How an account plan looks before anyone changes it: the head with its settings and figures, the section titles,
 * each table's header, input and computed cells and their formats; what the validation offers and says; the
 * highlights; text blocks, columns, frozen rows, print setup and the spend chart.
 */
import { LANGS, type Lang } from "../../src/domain/lang";
import { PRINT_TEXT } from "../../src/i18n/printText";
import { FIRST_DATE, LAST_DATE, isoToSerial } from "../../src/domain/dates";
import { STATUS_TEXT, TASK_STATUSES } from "../../src/domain/status";
import { ACCOUNT_SWOT, ANALYSIS_TEXTS, type AccountPlan, OUR_SWOT, PLAN_TEXTS, type TextPart } from "../../src/kinds/plans/domain/model";
import { ATTITUDE_TEXT, KIND_TEXT, LEVEL_TEXT, ROLE_TEXT, STAGE_TEXT, TICK_TEXT, choiceList } from "../../src/kinds/plans/domain/words";
import { PLAN_SHEET_TEXT, type PlanSheetKey } from "../../src/kinds/plans/i18n/planSheetText";
import {
  ACTION_COLS,
  ACTION_HEADERS,
  CHART_COLS,
  COMPETITOR_COLS,
  COMPETITOR_HEADERS,
  FIGURES,
  FIGURE_COL,
  FIGURE_LABEL_COL,
  HEAD,
  OBJECTIVE_COLS,
  OBJECTIVE_HEADERS,
  QUESTION_COLS,
  QUESTION_HEADERS,
  REMARK_COL,
  SPEND_COLS,
  SPEND_HEADERS,
  STAGE_COLS,
  STAGE_HEADERS,
  type TableRows,
  TREND_COL,
  VALUE_COL,
  planLayout,
} from "../../src/kinds/plans/sheets/layout";
import { PLAN_CHART, TREND_MARK, renderPlan } from "../../src/kinds/plans/sheets/render";
import { PALETTE, SERIES_COLORS } from "../../src/sheets/palette";
import { HEADER_STYLE } from "../../src/sheets/scaffold";
import type { Area, SheetSpec, ValidationRule } from "../../src/sheets/spec";
import { isInvalidEntry } from "../../src/sheets/wholeNumbers";
import { highlightsAt, isMerged, styleAt } from "./look";
import { SHEET, everyTablePlan } from "./planFixtures";

/** Müller AG with a team of two, one entry in every table. */
const plan = (team = ["Eva", "Jan"]): AccountPlan => ({ ...everyTablePlan(), team });
/** Rendered inside each test: mutation testing counts only code a test runs as covered by it. */
const render = (lang: Lang = "de", p = plan()) => ({ spec: renderPlan(p, lang, SHEET), L: planLayout(p), t: PLAN_SHEET_TEXT[lang] });
const area = (row: number, col: number, rows = 1, cols = 1): Area => ({ row, col, rows, cols });
const column = (tbl: TableRows, col: number) => area(tbl.first, col, tbl.rows, 1);
/** A table's first entry row and its last spare row; the blank row below it. */
const rowsOf = (tbl: TableRows) => [tbl.first, tbl.first + tbl.rows - 1];
const below = (tbl: TableRows) => tbl.first + tbl.rows;
const format = (spec: SheetSpec, row: number, col: number) => spec.numberFormats[row]![col];
const validationsAt = (spec: SheetSpec, row: number, col: number) =>
  spec.validations.filter(
    (v) => v.area.row <= row && row < v.area.row + v.area.rows && v.area.col <= col && col < v.area.col + v.area.cols,
  );
/**
 * A validation as the sheet writes it: titled with its column's or setting's name, its messages in the sheet's
 * language; a list's, which has no input message, without a title there either.
 */
const validation = (at: Area, title: string, rule: ValidationRule, prompt: string, error: string) => ({
  area: at,
  rule,
  prompt: prompt === "" ? { title: "", message: "" } : { title, message: prompt },
  error: { title, message: error },
});
const dateRule = { kind: "date", min: FIRST_DATE, max: LAST_DATE } as const;
const TITLE_STYLE = { bold: true, fontSize: 12, fontColor: PALETTE.titleFont, borderBottom: PALETTE.headerBorder };
/** A text block's label: the SWOT's parts share the words of the four fields, the others have their own. */
const labelOf = (part: TextPart): PlanSheetKey => {
  const i = Math.max(ACCOUNT_SWOT.indexOf(part), OUR_SWOT.indexOf(part));
  return i < 0 ? (part as PlanSheetKey) : (["strengths", "weaknesses", "opportunities", "threats"] as const)[i]!;
};
const TEXT_PARTS = [...ANALYSIS_TEXTS, ...ACCOUNT_SWOT, ...OUR_SWOT, ...PLAN_TEXTS];

describe("how an account plan looks", () => {
  it("sets the title and the account's name large, bold and blue across the sheet, the instruction wrapped in a taller row", () => {
    const { spec, L, t } = render();
    expect([spec.cells[HEAD.title]![0], spec.cells[HEAD.title]![VALUE_COL]]).toEqual([t.title, "Müller AG"]);
    const title = { bold: true, fontSize: 14, fontColor: PALETTE.titleFont };
    expect([0, VALUE_COL, L.width - 1].map((c) => styleAt(spec, HEAD.title, c))).toEqual([title, title, title]);
    expect(styleAt(spec, HEAD.title, L.width)).toEqual({});
    expect(spec.cells[HEAD.instruction]![0]).toBe(t.instruction);
    expect([0, L.width - 1].map((c) => styleAt(spec, HEAD.instruction, c))).toEqual([
      { wrap: true, vertical: "Top" },
      { wrap: true, vertical: "Top" },
    ]);
    expect(spec.merges).toContainEqual(area(HEAD.instruction, 0, 1, L.width));
    expect(spec.rowHeights).toContainEqual({ row: HEAD.instruction, height: 45 });
    expect(isMerged(spec, HEAD.title, 0)).toBe(false);
  });

  it("labels the settings in bold, tints their cells as input, shows their dates as dates in the sheet's language, the stage bold, the review due in amber", () => {
    const { spec, t } = render();
    const labels: [number, PlanSheetKey][] = [
      [HEAD.accountId, "accountId"],
      [HEAD.periodStart, "periodStart"],
      [HEAD.reviewed, "reviewed"],
      [HEAD.stage, "stage"],
      [HEAD.previousStage, "previousStage"],
      [HEAD.previousDate, "previousDate"],
      [HEAD.today, "today"],
    ];
    for (const [r, key] of labels) expect([spec.cells[r]![0], styleAt(spec, r, 0)]).toEqual([t[key], { bold: true }]);
    expect([styleAt(spec, HEAD.instruction, 0).bold, styleAt(spec, HEAD.today + 1, 0)]).toEqual([undefined, {}]);
    for (const r of [HEAD.accountId, HEAD.periodStart, HEAD.reviewed, HEAD.previousStage, HEAD.previousDate, HEAD.today])
      expect([r, styleAt(spec, r, VALUE_COL)]).toEqual([r, { fill: PALETTE.inputFill }]);
    expect(styleAt(spec, HEAD.stage, VALUE_COL)).toEqual({ bold: true });
    expect([spec.cells[HEAD.accountId]![VALUE_COL], spec.cells[HEAD.periodStart]![VALUE_COL]]).toEqual(["A03", isoToSerial("2026-01-01")]);
    expect(spec.cells[HEAD.today]![VALUE_COL]).toEqual({ formula: "=TODAY()" });
    expect(styleAt(spec, HEAD.reviewed, REMARK_COL)).toEqual({ bold: true, fontColor: PALETTE.warnFont });
    expect([styleAt(spec, HEAD.stage, REMARK_COL), styleAt(spec, HEAD.periodStart, REMARK_COL)]).toEqual([{}, {}]);
    // what the remarks show is calculated by the formula suite (test/formulas/planCells.ts): here, that they are computed
    for (const r of [HEAD.reviewed, HEAD.stage]) expect(spec.cells[r]![REMARK_COL]).toEqual({ formula: expect.stringMatching(/^=IF\(/) });
    for (const lang of ["de", "nl", "en"] as const) {
      const { spec: inLang, t: words } = render(lang);
      const date = words.dateFormat;
      expect(
        [HEAD.accountId, HEAD.periodStart, HEAD.reviewed, HEAD.stage, HEAD.previousStage, HEAD.previousDate, HEAD.today].map((r) =>
          format(inLang, r, VALUE_COL),
        ),
      ).toEqual(["General", date, date, "General", "General", date, date]);
      expect([format(inLang, HEAD.reviewed, REMARK_COL), format(inLang, HEAD.stage, REMARK_COL)]).toEqual(["General", "General"]);
    }
    expect(PLAN_SHEET_TEXT.de.dateFormat).toBe("dd.mm.yyyy");
    expect(PLAN_SHEET_TEXT.en.dateFormat).toBe("yyyy-mm-dd");
  });

  it("shows the figures beside the settings, bold and right-aligned: the share of wallet as a percentage with its trend, the counts as plain numbers", () => {
    const { spec, t } = render();
    const keys: PlanSheetKey[] = ["share", "gaps", "stale", "behind", "late", "openQuestions", "partsInPlace"];
    expect(FIGURES.map((_, i) => spec.cells[HEAD.accountId + i]![FIGURE_LABEL_COL])).toEqual(keys.map((k) => t[k]));
    const figure = { bold: true, horizontal: "Right" };
    FIGURES.forEach((_, i) => {
      const r = HEAD.accountId + i;
      expect([r, styleAt(spec, r, FIGURE_LABEL_COL), styleAt(spec, r, FIGURE_COL), styleAt(spec, r, TREND_COL)]).toEqual([
        r,
        {},
        figure,
        figure,
      ]);
      expect(spec.cells[r]![FIGURE_COL]).toEqual({ formula: expect.stringMatching(/^=/) });
    });
    expect([styleAt(spec, HEAD.instruction, FIGURE_COL), styleAt(spec, HEAD.accountId + FIGURES.length, FIGURE_COL)]).toEqual([
      { wrap: true, vertical: "Top" },
      {},
    ]);
    expect(styleAt(spec, HEAD.accountId, TREND_COL + 1)).toEqual({});
    expect(FIGURES.map((_, i) => format(spec, HEAD.accountId + i, FIGURE_COL))).toEqual(["0.0%", ...FIGURES.slice(1).map(() => "General")]);
    expect(format(spec, HEAD.accountId, TREND_COL)).toBe("General");
    const trend = spec.cells[HEAD.accountId]![TREND_COL] as { formula: string };
    for (const mark of Object.values(TREND_MARK)) expect(trend.formula).toContain(`"${mark}"`);
  });

  it("colours the contact gaps, stale contacts, objectives behind plan and overdue actions red when there are any, the other figures never", () => {
    const { spec } = render();
    const gaps = HEAD.accountId + FIGURES.indexOf("gaps");
    const onFigure = {
      area: area(gaps, FIGURE_COL, 4, 1),
      formula: `=AND(ISNUMBER(G${gaps + 1}),G${gaps + 1}>0)`,
      fontColor: PALETTE.badFont,
    };
    for (const f of ["gaps", "stale", "behind", "late"] as const)
      expect(highlightsAt(spec, HEAD.accountId + FIGURES.indexOf(f), FIGURE_COL)).toEqual([onFigure]);
    for (const f of ["share", "openQuestions", "partsInPlace"] as const)
      expect(highlightsAt(spec, HEAD.accountId + FIGURES.indexOf(f), FIGURE_COL)).toEqual([]);
  });

  it("heads each section in bold blue over a rule across the sheet, the account's SWOT in bold italics, the strengths' legend in grey italics", () => {
    const { spec, L, t } = render();
    const sections: [number, PlanSheetKey][] = [
      [L.analysis, "sAnalysis"],
      [L.spend.title, "sSpend"],
      [L.competitors.title, "sCompetitors"],
      [L.contacts.title, "sContacts"],
      [L.stage.title, "sStage"],
      [L.ourSwot, "sOurSwot"],
      [L.planTitle, "sPlan"],
      [L.objectives.title, "sObjectives"],
      [L.actions.title, "sActions"],
      [L.questions.title, "sQuestions"],
    ];
    for (const [r, key] of sections) {
      expect([spec.cells[r]![0], styleAt(spec, r, 0), styleAt(spec, r, L.width - 1)]).toEqual([t[key], TITLE_STYLE, TITLE_STYLE]);
      expect(styleAt(spec, r, L.width)).toEqual({});
    }
    expect([spec.cells[L.accountSwot]![0], styleAt(spec, L.accountSwot, 0), styleAt(spec, L.accountSwot, 1)]).toEqual([
      t.sAccountSwot,
      { bold: true, italic: true },
      {},
    ]);
    const legend = L.contacts.title + 1;
    expect(spec.cells[legend]![0]).toBe(t.contactsLegend);
    expect([styleAt(spec, legend, 0), styleAt(spec, legend, L.width - 1)]).toEqual([
      { italic: true, fontColor: PALETTE.mutedFont },
      { italic: true, fontColor: PALETTE.mutedFont },
    ]);
    expect(styleAt(spec, legend, L.width)).toEqual({});
    expect(isMerged(spec, legend, 0)).toBe(false);
  });

  it("heads every table on the header colour as far as its last column, the team members' names as input", () => {
    const { spec, L, t } = render();
    const cc = L.contactCols;
    const tables: [TableRows, Readonly<Record<string, number>>, Readonly<Record<string, PlanSheetKey>>][] = [
      [L.spend, SPEND_COLS, SPEND_HEADERS],
      [L.competitors, COMPETITOR_COLS, COMPETITOR_HEADERS],
      [L.stage, STAGE_COLS, STAGE_HEADERS],
      [L.objectives, OBJECTIVE_COLS, OBJECTIVE_HEADERS],
      [L.actions, ACTION_COLS, ACTION_HEADERS],
      [L.questions, QUESTION_COLS, QUESTION_HEADERS],
    ];
    for (const [tbl, cols, headers] of tables) {
      const last = Math.max(...Object.values(cols));
      for (const [k, c] of Object.entries(cols))
        expect([tbl.header, c, spec.cells[tbl.header]![c]]).toEqual([tbl.header, c, t[headers[k]!]]);
      expect([0, last].map((c) => styleAt(spec, tbl.header, c))).toEqual([HEADER_STYLE, HEADER_STYLE]);
      expect(styleAt(spec, tbl.header, last + 1)).toEqual({});
    }
    expect([cc.name, cc.lastContact, cc.best, cc.cover, cc.notes].map((c) => spec.cells[L.contacts.header]![c])).toEqual([
      t.hName,
      t.hLastContact,
      t.hBest,
      t.hCover,
      t.hNotes,
    ]);
    expect([cc.name, cc.best, cc.notes].map((c) => styleAt(spec, L.contacts.header, c))).toEqual([
      HEADER_STYLE,
      HEADER_STYLE,
      HEADER_STYLE,
    ]);
    expect(styleAt(spec, L.contacts.header, cc.notes + 1)).toEqual({});
    expect([cc.firstMember, cc.firstMember + 1].map((c) => spec.cells[L.contacts.header]![c])).toEqual(["Eva", "Jan"]);
    expect([cc.firstMember, cc.firstMember + 1].map((c) => styleAt(spec, L.contacts.header, c))).toEqual([
      { ...HEADER_STYLE, fill: PALETTE.inputFill },
      { ...HEADER_STYLE, fill: PALETTE.inputFill },
    ]);
    // without a team, one member's column, untitled, to type a name in
    const alone = render("de", plan([]));
    const first = alone.L.contactCols.firstMember;
    expect([alone.spec.cells[alone.L.contacts.header]![first], styleAt(alone.spec, alone.L.contacts.header, first)]).toEqual([
      "",
      { ...HEADER_STYLE, fill: PALETTE.inputFill },
    ]);
  });

  it("tints every cell of a table a user fills in, in entries and spare rows, and no cell the sheet computes; long texts wrap, every entry's cells at the top of its row", () => {
    const { spec, L } = render();
    const cc = L.contactCols;
    const oc = OBJECTIVE_COLS;
    const ac = ACTION_COLS;
    const sc = SPEND_COLS;
    const mc = COMPETITOR_COLS;
    const qc = QUESTION_COLS;
    // each table's input columns, and those of them whose texts wrap over lines
    const inputs: [TableRows, number[], number[]][] = [
      [L.spend, [sc.year, sc.spend, sc.revenue, sc.notes], [sc.notes]],
      [L.competitors, Object.values(mc), [mc.service, mc.notes]],
      [
        L.contacts,
        [cc.name, cc.position, cc.level, cc.role, cc.attitude, cc.lastContact, cc.firstMember, cc.firstMember + 1, cc.notes],
        [cc.position, cc.notes],
      ],
      [L.stage, [STAGE_COLS.tick], []],
      [L.objectives, [oc.id, oc.text, oc.measure, oc.kind, oc.baseline, oc.target, oc.current, oc.due, oc.owner], [oc.text, oc.measure]],
      [L.actions, [ac.id, ac.text, ac.responsible, ac.start, ac.due, ac.status, ac.objective, ac.notes], [ac.text, ac.notes]],
      [L.questions, Object.values(qc), [qc.text, qc.answer]],
    ];
    const top = { vertical: "Top" };
    for (const [tbl, cols, wrapped] of inputs)
      for (const r of rowsOf(tbl))
        for (const c of cols)
          expect([r, c, styleAt(spec, r, c)]).toEqual([
            r,
            c,
            { fill: PALETTE.inputFill, ...top, ...(wrapped.includes(c) ? { wrap: true } : {}) },
          ]);
    const computed: [TableRows, number[]][] = [
      [L.spend, [sc.share]],
      [L.contacts, [cc.best, cc.cover]],
      [L.stage, [STAGE_COLS.id, STAGE_COLS.stage, STAGE_COLS.text]],
      [L.objectives, [oc.progress, oc.timeGone]],
      [L.actions, [ac.late]],
    ];
    for (const [tbl, cols] of computed)
      for (const r of rowsOf(tbl)) for (const c of cols) expect([r, c, styleAt(spec, r, c)]).toEqual([r, c, top]);
    for (const tbl of [L.spend, L.competitors, L.contacts, L.stage, L.objectives, L.actions, L.questions]) {
      expect([below(tbl), styleAt(spec, below(tbl), 0)]).toEqual([below(tbl), {}]);
      // past the table's last column, nothing
      const last = Math.max(...inputs.find(([t]) => t === tbl)![1], ...(computed.find(([t]) => t === tbl)?.[1] ?? []));
      expect([tbl.first, styleAt(spec, tbl.first, last + 1)]).toEqual([tbl.first, {}]);
    }
  });

  it("shows the amounts with thousands separators, the year whole, each year's share with one decimal, the competitors' shares in percent", () => {
    const { spec, L } = render();
    for (const r of rowsOf(L.spend))
      expect([
        r,
        ...[SPEND_COLS.year, SPEND_COLS.spend, SPEND_COLS.revenue, SPEND_COLS.share, SPEND_COLS.notes].map((c) => format(spec, r, c)),
      ]).toEqual([r, "0", "#,##0", "#,##0", "0.0%", "General"]);
    for (const r of rowsOf(L.competitors))
      expect([r, format(spec, r, COMPETITOR_COLS.share), format(spec, r, COMPETITOR_COLS.name)]).toEqual([r, "0%", "General"]);
    expect(format(spec, below(L.spend), SPEND_COLS.share)).toBe("General");
    for (const lang of ["de", "nl", "en"] as const) expect(PLAN_SHEET_TEXT[lang].amountFormat).toBe("#,##0");
  });

  it("shows contact, due and start dates as dates, progress and time gone in percent, days overdue as a number, in every row", () => {
    for (const lang of ["de", "en"] as const) {
      const { spec, L, t } = render(lang);
      const cc = L.contactCols;
      const oc = OBJECTIVE_COLS;
      const ac = ACTION_COLS;
      for (const r of rowsOf(L.contacts))
        expect([r, format(spec, r, cc.lastContact), format(spec, r, cc.best), format(spec, r, cc.firstMember)]).toEqual([
          r,
          t.dateFormat,
          "General",
          "General",
        ]);
      for (const r of rowsOf(L.objectives))
        expect([r, ...[oc.due, oc.progress, oc.timeGone, oc.baseline].map((c) => format(spec, r, c))]).toEqual([
          r,
          t.dateFormat,
          "0%",
          "0%",
          "General",
        ]);
      for (const r of rowsOf(L.actions))
        expect([r, ...[ac.start, ac.due, ac.late].map((c) => format(spec, r, c))]).toEqual([r, t.dateFormat, t.dateFormat, "General"]);
    }
  });

  it("takes the settings' dates as dates and the previous stage from the list of stages, explained in the sheet's language", () => {
    for (const lang of ["de", "en"] as const) {
      const { spec, t } = render(lang);
      for (const [r, title] of [
        [HEAD.periodStart, t.periodStart],
        [HEAD.reviewed, t.reviewed],
        [HEAD.previousDate, t.previousDate],
        [HEAD.today, t.today],
      ] as const)
        expect(validationsAt(spec, r, VALUE_COL)).toEqual([validation(area(r, VALUE_COL), title, dateRule, t.datePrompt, t.dateError)]);
      expect(validationsAt(spec, HEAD.previousStage, VALUE_COL)).toEqual([
        validation(
          area(HEAD.previousStage, VALUE_COL),
          t.previousStage,
          { kind: "list", items: choiceList(STAGE_TEXT, lang) },
          "",
          t.listError,
        ),
      ]);
      expect([validationsAt(spec, HEAD.accountId, VALUE_COL), validationsAt(spec, HEAD.stage, VALUE_COL)]).toEqual([[], []]);
    }
  });

  it("takes a year from 1900 to 9999, amounts from 0, the competitors' shares from 0 to 100 %, explained in the sheet's language", () => {
    for (const lang of ["de", "nl"] as const) {
      const { spec, L, t } = render(lang);
      expect(validationsAt(spec, L.spend.first, SPEND_COLS.year)).toEqual([
        validation(column(L.spend, SPEND_COLS.year), t.hYear, { kind: "wholeNumber", min: 1900, max: 9999 }, "", t.yearError),
      ]);
      for (const [c, title] of [
        [SPEND_COLS.spend, t.spendTitle],
        [SPEND_COLS.revenue, t.hRevenue],
      ] as const)
        expect(validationsAt(spec, L.spend.first, c)).toEqual([
          validation(column(L.spend, c), title, { kind: "decimal", min: 0, max: 1e15 }, t.amountPrompt, t.amountError),
        ]);
      expect(validationsAt(spec, L.competitors.first, COMPETITOR_COLS.share)).toEqual([
        validation(
          column(L.competitors, COMPETITOR_COLS.share),
          t.hShare,
          { kind: "decimal", min: 0, max: 1 },
          t.sharePrompt,
          t.shareError,
        ),
      ]);
      for (const c of [SPEND_COLS.share, SPEND_COLS.notes]) expect(validationsAt(spec, L.spend.first, c)).toEqual([]);
    }
  });

  it("takes each relationship's strength as a whole number from 0 to 3, level, role and attitude from their lists, the last contact as a date", () => {
    for (const lang of ["de", "en"] as const) {
      const { spec, L, t } = render(lang);
      const cc = L.contactCols;
      const list = (col: number, title: string, items: string[]) => [
        validation(column(L.contacts, col), title, { kind: "list", items }, "", t.listError),
      ];
      expect(validationsAt(spec, L.contacts.first, cc.level)).toEqual(list(cc.level, t.hLevel, choiceList(LEVEL_TEXT, lang)));
      expect(validationsAt(spec, L.contacts.first, cc.role)).toEqual(list(cc.role, t.hRole, choiceList(ROLE_TEXT, lang)));
      expect(validationsAt(spec, L.contacts.first, cc.attitude)).toEqual(list(cc.attitude, t.hAttitude, choiceList(ATTITUDE_TEXT, lang)));
      expect(validationsAt(spec, L.contacts.first, cc.lastContact)).toEqual([
        validation(column(L.contacts, cc.lastContact), t.hLastContact, dateRule, t.datePrompt, t.dateError),
      ]);
      expect(validationsAt(spec, L.contacts.first, cc.firstMember + 1)).toEqual([
        validation(
          area(L.contacts.first, cc.firstMember, L.contacts.rows, 2),
          t.strengthTitle,
          { kind: "wholeNumber", min: 0, max: 3 },
          t.strengthPrompt,
          t.strengthError,
        ),
      ]);
      for (const c of [cc.name, cc.best, cc.cover]) expect(validationsAt(spec, L.contacts.first, c)).toEqual([]);
    }
  });

  it("takes the indicators' ticks, the objectives' kind and the actions' status from their lists, start and due dates as dates", () => {
    for (const lang of ["de", "en"] as const) {
      const { spec, L, t } = render(lang);
      const list = (tbl: TableRows, col: number, title: string, items: string[]) => [
        validation(column(tbl, col), title, { kind: "list", items }, "", t.listError),
      ];
      expect(validationsAt(spec, L.stage.first, STAGE_COLS.tick)).toEqual(
        list(L.stage, STAGE_COLS.tick, t.hTick, choiceList(TICK_TEXT, lang)),
      );
      expect(validationsAt(spec, L.objectives.first, OBJECTIVE_COLS.kind)).toEqual(
        list(L.objectives, OBJECTIVE_COLS.kind, t.hKind, choiceList(KIND_TEXT, lang)),
      );
      expect(validationsAt(spec, L.actions.first, ACTION_COLS.status)).toEqual(
        list(
          L.actions,
          ACTION_COLS.status,
          t.hStatus,
          TASK_STATUSES.map((s) => STATUS_TEXT[s][lang]),
        ),
      );
      for (const [tbl, c, title] of [
        [L.objectives, OBJECTIVE_COLS.due, t.hDue],
        [L.actions, ACTION_COLS.start, t.hStart],
        [L.actions, ACTION_COLS.due, t.hDue],
      ] as const)
        expect(validationsAt(spec, tbl.first, c)).toEqual([validation(column(tbl, c), title, dateRule, t.datePrompt, t.dateError)]);
      // nothing else: the numbers, texts and computed cells take anything
      expect(spec.validations).toHaveLength(20);
    }
  });

  it("colours a key contact without a good relationship red, a contact not met for 90 days red, a strength outside 0–3 orange", () => {
    const { spec, L, t } = render();
    const cc = L.contactCols;
    // columns: A name, F last contact, G–H the team, J cover; each rule written for the first contact's row
    const n = L.contacts.first + 1;
    const last = L.contacts.first + L.contacts.rows - 1;
    const bad = { fill: PALETTE.badFill, fontColor: PALETTE.badFont };
    expect(highlightsAt(spec, last, cc.cover)).toEqual([{ area: column(L.contacts, cc.cover), formula: `=J${n}="${t.noCover}"`, ...bad }]);
    // which contacts are stale is calculated by the formula suite (test/formulas/plans.test.ts)
    expect(highlightsAt(spec, last, cc.lastContact)).toEqual([
      { area: column(L.contacts, cc.lastContact), formula: expect.any(String), ...bad },
    ]);
    for (const c of [cc.firstMember, cc.firstMember + 1])
      expect(highlightsAt(spec, last, c)).toEqual([
        {
          area: area(L.contacts.first, cc.firstMember, L.contacts.rows, 2),
          formula: `=${isInvalidEntry(`G${n}`, 0, 3)}`,
          fill: PALETTE.invalidFill,
        },
      ]);
    for (const c of [cc.name, cc.level, cc.best, cc.notes]) expect(highlightsAt(spec, last, c)).toEqual([]);
    expect(highlightsAt(spec, below(L.contacts), cc.cover)).toEqual([]);
  });

  it("colours an objective's progress red when behind the time gone, green when reached; an overdue action's due date and days red", () => {
    const { spec, L } = render();
    const oc = OBJECTIVE_COLS;
    const ac = ACTION_COLS;
    // columns: J progress, K time gone; E an action's due date, H its days overdue
    const [p, g] = [`J${L.objectives.first + 1}`, `K${L.objectives.first + 1}`];
    const a = L.actions.first + 1;
    const lastObjective = L.objectives.first + L.objectives.rows - 1;
    expect(highlightsAt(spec, lastObjective, oc.progress)).toEqual([
      {
        area: column(L.objectives, oc.progress),
        formula: `=AND(ISNUMBER(${p}),ISNUMBER(${g}),${p}<${g})`,
        fill: PALETTE.badFill,
        fontColor: PALETTE.badFont,
      },
      {
        area: column(L.objectives, oc.progress),
        formula: `=AND(ISNUMBER(${p}),${p}>=1)`,
        fill: PALETTE.goodFill,
        fontColor: PALETTE.goodFont,
      },
    ]);
    expect(highlightsAt(spec, lastObjective, oc.timeGone)).toEqual([]);
    const lastAction = L.actions.first + L.actions.rows - 1;
    expect(highlightsAt(spec, lastAction, ac.due)).toEqual([
      {
        area: column(L.actions, ac.due),
        formula: `=ISNUMBER($H${a})`,
        fill: PALETTE.badFill,
        fontColor: PALETTE.badFont,
      },
    ]);
    expect(highlightsAt(spec, lastAction, ac.late)).toEqual([
      {
        area: column(L.actions, ac.late),
        formula: `=ISNUMBER(H${a})`,
        fill: PALETTE.badFill,
        fontColor: PALETTE.badFont,
      },
    ]);
    for (const c of [ac.start, ac.status]) expect(highlightsAt(spec, lastAction, c)).toEqual([]);
    // the figures' rule, the contacts' three, the objectives' two and the actions' two: nothing more
    expect(spec.conditionalFormats).toHaveLength(8);
  });

  it("writes each text block's label bold and wrapped, its text tinted, wrapped and merged across the sheet, in a tall row", () => {
    const { spec, L, t } = render();
    for (const part of TEXT_PARTS) {
      const r = L.textRows[part];
      expect([part, spec.cells[r]![0], styleAt(spec, r, 0)]).toEqual([part, t[labelOf(part)], { bold: true, wrap: true, vertical: "Top" }]);
      const text = { wrap: true, vertical: "Top", fill: PALETTE.inputFill };
      expect([part, styleAt(spec, r, 1), styleAt(spec, r, L.width - 1), styleAt(spec, r, L.width)]).toEqual([part, text, text, {}]);
    }
    expect(spec.merges).toEqual([area(HEAD.instruction, 0, 1, L.width), ...TEXT_PARTS.map((p) => area(L.textRows[p], 1, 1, L.width - 1))]);
    expect(spec.rowHeights).toEqual([
      { row: HEAD.instruction, height: 45 },
      ...TEXT_PARTS.map((p) => ({ row: L.textRows[p], height: ANALYSIS_TEXTS.includes(p) || p === "planVision" ? 60 : 45 })),
    ]);
  });

  it("gives the names and texts room, each figure column its width, any column past L the notes' width; freezes the title row", () => {
    const { spec, L } = render();
    expect(L.width).toBe(12);
    expect(spec.columnWidths).toEqual([150, 200, 110, 100, 100, 95, 85, 85, 85, 85, 85, 200]);
    // a team of five: the contact matrix runs to column N
    const wide = render("de", plan(["Eva", "Jan", "Ole", "Pia", "Tom"]));
    expect(wide.L.width).toBe(14);
    expect(wide.spec.columnWidths).toEqual([150, 200, 110, 100, 100, 95, 85, 85, 85, 85, 85, 200, 200, 200]);
    expect([spec.freezeRows, spec.freezeColumns, spec.tables]).toEqual([HEAD.title + 1, undefined, undefined]);
  });

  it.each(LANGS)(
    "prints landscape one page wide, repeating the title row, with the account in the header and the sheet, page and date in the footer (%s)",
    (lang) => {
      const { spec, L, t } = render(lang);
      expect(spec.name).toBe(SHEET);
      expect(spec.print).toEqual({
        landscape: true,
        area: area(0, 0, L.rows + 1, L.width),
        fit: { wide: 1 },
        titleRows: { from: HEAD.title, to: HEAD.title },
        header: { center: `&B${t.title}: Müller AG` },
        footer: { left: "&A", center: PRINT_TEXT[lang].pageOf, right: "&D" },
      });
      // the sheet ends with the blank row below the questions
      expect([spec.cells.length, spec.cells[0]!.length, L.rows]).toEqual([L.rows + 1, L.width, below(L.questions)]);
    },
  );

  it("prints the account's name in the header in full up to Excel's 255 characters, else cut at a character with an ellipsis", () => {
    const { t } = render();
    const head = `&B${t.title}: `;
    const center = (account: string) => renderPlan({ ...plan(), account }, "de", SHEET).print.header.center;
    const fits = "M".repeat(255 - head.length);
    expect(center(fits)).toBe(head + fits);
    expect(center(`${fits}M`)).toBe(`${head}${"M".repeat(255 - head.length - 1)}…`);
    // a cut after a blank drops the blank; an ampersand prints as one and counts as two
    expect(center(`${"M".repeat(253 - head.length)} Nord`)).toBe(`${head}${"M".repeat(253 - head.length)}…`);
    expect(center(`${"M".repeat(253 - head.length)}&Nord`)).toBe(`${head}${"M".repeat(253 - head.length)}…`);
    expect(center("Müller & Söhne")).toBe(`${head}Müller && Söhne`);
  });

  it("charts the account's spend and our revenue per year as columns beside the spend and competitor tables, spare years included", () => {
    for (const lang of ["de", "en"] as const) {
      const { spec, L, t } = render(lang);
      expect(spec.charts).toEqual([
        {
          name: PLAN_CHART,
          type: "column",
          title: t.chartTitle,
          categories: column(L.spend, SPEND_COLS.year),
          series: [
            { name: t.hSpend, values: column(L.spend, SPEND_COLS.spend), color: PALETTE.chartMain },
            { name: t.hRevenue, values: column(L.spend, SPEND_COLS.revenue), color: SERIES_COLORS[1] },
          ],
          valueAxis: { min: 0, numberFormat: "#,##0" },
          at: area(L.spend.header, CHART_COLS.first, below(L.competitors) - L.spend.header, CHART_COLS.count),
        },
      ]);
    }
    expect([PLAN_CHART, CHART_COLS]).toEqual(["KAM_AccountSpend", { first: 6, count: 5 }]);
  });
});
