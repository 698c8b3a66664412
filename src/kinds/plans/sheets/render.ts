import { FIRST_DATE, LAST_DATE, isoToSerial } from "../../../domain/dates";
import { type CellFormulas, type DateEntry, type NumberEntry, isKeptEntry } from "../../../domain/entry";
import type { Lang, Localized } from "../../../domain/lang";
import { STATUS_TEXT, TASK_STATUSES, statusTexts } from "../../../domain/status";
import { translator } from "../../../i18n/format";
import { columnLetter } from "../../../sheets/address";
import { GridBuilder, area, formulaText } from "../../../sheets/grid";
import { keptContent, orFormula } from "../../../sheets/kept";
import { PALETTE, SERIES_COLORS } from "../../../sheets/palette";
import { headerText, printSetup } from "../../../sheets/print";
import { HEADER_STYLE } from "../../../sheets/scaffold";
import {
  type BarChartSpec,
  type CellContent,
  type ConditionalFormat,
  HEADER_PART_MAX,
  type SheetSpec,
  type StyledArea,
  type Validation,
  type ValidationRule,
} from "../../../sheets/spec";
import { isInvalidEntry, wholeExtreme } from "../../../sheets/wholeNumbers";
import {
  type AccountPlan,
  type ChoiceEntry,
  COVERED_STRENGTH,
  type PlanText,
  STAGES,
  STALE_DAYS,
  STRENGTH_MAX,
  STRENGTH_MIN,
  type Stage,
  type TextPart,
  ACCOUNT_SWOT,
  ANALYSIS_TEXTS,
  OUR_SWOT,
  PLAN_TEXTS,
} from "../domain/model";
import { STAGE_INDICATORS } from "../domain/stages";
import { ATTITUDE_TEXT, KIND_TEXT, LEVEL_TEXT, ROLE_TEXT, STAGE_TEXT, TICK_TEXT, choiceList } from "../domain/words";
import { PLAN_SHEET_TEXT, type PlanSheetKey } from "../i18n/planSheetText";
import {
  ACTION_COLS,
  ACTION_HEADERS,
  COMPETITOR_HEADERS,
  CONTACT_HEADERS,
  OBJECTIVE_HEADERS,
  QUESTION_HEADERS,
  SPEND_HEADERS,
  STAGE_HEADERS,
  CHART_COLS,
  COMPETITOR_COLS,
  FIGURES,
  FIGURE_COL,
  FIGURE_LABEL_COL,
  type Figure,
  HEAD,
  OBJECTIVE_COLS,
  type PlanLayout,
  QUESTION_COLS,
  REMARK_COL,
  SPEND_COLS,
  STAGE_COLS,
  type TableRows,
  TREND_COL,
  VALUE_COL,
  cellRef,
  columnRange,
  fixedColumn,
  planLayout,
} from "./layout";

/** The marks beside the share of wallet and the stage: up, down, the same (alike in every language). */
/** The spend chart's name on the sheet: re-creating the plan replaces it and keeps the user's own charts. */
export const PLAN_CHART = "KAM_AccountSpend";

export const TREND_MARK = { UP: "▲", DOWN: "▼", FLAT: "=" } as const;
/** The mark of a key contact that is covered. */
export const COVERED_MARK = "✓";
/** Excel's last day: serials from 1 to this are dates. */
const LAST_SERIAL = 2_958_465;

const TEXT_KEY: Readonly<Record<TextPart, PlanSheetKey>> = {
  accountVision: "accountVision",
  organisation: "organisation",
  history: "history",
  accountStrengths: "strengths",
  accountWeaknesses: "weaknesses",
  accountOpportunities: "opportunities",
  accountThreats: "threats",
  ourStrengths: "strengths",
  ourWeaknesses: "weaknesses",
  ourOpportunities: "opportunities",
  ourThreats: "threats",
  planVision: "planVision",
  productMix: "productMix",
  priceMix: "priceMix",
  promotionMix: "promotionMix",
  relationshipMix: "relationshipMix",
};

const FIGURE_KEY: Readonly<Record<Figure, PlanSheetKey>> = {
  share: "share",
  gaps: "gaps",
  stale: "stale",
  behind: "behind",
  late: "late",
  openQuestions: "openQuestions",
  partsInPlace: "partsInPlace",
};

/** Every word of a choice, in each language once: a formula takes any of them, as reading the sheet does. */
function wordsOf(texts: Localized): string[] {
  return [...new Set([texts.de, texts.nl, texts.en])];
}

/** TRUE when `cell` holds one of `words` (any case, blanks around it ignored); FALSE for anything else, errors too. */
function isOneOf(cell: string, words: readonly string[]): string {
  return `IFERROR(OR(${words.map((w) => `TRIM(${cell})=${formulaText(w)}`).join(",")}),FALSE())`;
}

/** 1 for each cell of `r` holding one of `words`, else 0: for SUMPRODUCT. */
function oneOfArray(r: string, words: readonly string[]): string {
  return `IFERROR(${words.map((w) => `(TRIM(${r})=${formulaText(w)})`).join("+")},0)`;
}

/** TRUE when `cell` holds a day Excel can show (a serial 1 to 31.12.9999; a time of day ignored). */
function isDate(cell: string): string {
  return `IF(ISNUMBER(${cell}),AND(${cell}>=1,${cell}<${LAST_SERIAL + 1}),FALSE())`;
}

/** TRUE when `cell` shows something: text other than spaces, a number, TRUE/FALSE, an error (as `filled`). */
function isFilled(cell: string): string {
  return `IFERROR(TRIM(${cell})<>"",TRUE())`;
}

/** What to write for an entry: itself, or what the user typed (a kept entry). */
function entry(e: NumberEntry | DateEntry | ChoiceEntry<string>, word?: (choice: string) => string): CellContent {
  if (e === null) return null;
  if (isKeptEntry(e)) return keptContent(e);
  if (typeof e === "string" && word !== undefined) return word(e);
  return typeof e === "string" ? isoToSerial(e) : e;
}

/** What to write for a text block or an answer: as typed, or its formula. */
function textContent(text: PlanText | null): CellContent {
  return isKeptEntry(text) ? keptContent(text) : text;
}

/** An item's text cells by field: each as typed, or the user's formula there. */
function typedTexts<F extends string>(
  item: { readonly formulas?: CellFormulas<F> },
  texts: Readonly<Record<F, string>>,
): Record<F, CellContent> {
  return Object.fromEntries((Object.entries(texts) as [F, string][]).map(([f, text]) => [f, orFormula(item, f, text)])) as Record<
    F,
    CellContent
  >;
}

/**
 * Renders an account plan (README, "Account plans"): every entry where the user left it, the computed cells as
 * native formulas alike in Excel, LibreOffice and Google Sheets.
 */
export function renderPlan(plan: AccountPlan, lang: Lang, sheetName: string): SheetSpec {
  const t = translator(PLAN_SHEET_TEXT, lang);
  const L = planLayout(plan);
  const g = new GridBuilder(L.rows + 1, L.width);
  const styles: StyledArea[] = [];
  const merges: SheetSpec["merges"][number][] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const validations: Validation[] = [];
  const formats: ConditionalFormat[] = [];
  const dateFormat = t("dateFormat");
  const amount = t("amountFormat");
  // the day in force: a date in the reference date cell, else today (a blank or text there, as the pane reads it)
  const todayCell = cellRef(HEAD.today, VALUE_COL, true);
  const today = `IF(${isDate(todayCell)},${todayCell},TODAY())`;
  const stageWord = (s: string) => STAGE_TEXT[s as Stage][lang];

  /** A validation titled with its column's or setting's name, as Excel shows it above the message (a list without one). */
  const validate = (
    at: SheetSpec["print"]["area"],
    title: PlanSheetKey,
    rule: ValidationRule,
    prompt: PlanSheetKey | null,
    error: PlanSheetKey,
  ) =>
    validations.push({
      area: at,
      rule,
      prompt: prompt === null ? { title: "", message: "" } : { title: t(title), message: t(prompt) },
      error: { title: t(title), message: t(error) },
    });
  const dateRule = { kind: "date", min: FIRST_DATE, max: LAST_DATE } as const;
  const list = (table: Readonly<Record<string, Localized>>): ValidationRule => ({ kind: "list", items: choiceList(table, lang) });
  const input = (at: SheetSpec["print"]["area"]) => styles.push({ area: at, style: { fill: PALETTE.inputFill } });
  const sectionTitle = (row: number, key: PlanSheetKey) => {
    g.set(row, 0, t(key));
    styles.push({
      area: area(row, 0, 1, L.width),
      style: { bold: true, fontSize: 12, fontColor: PALETTE.titleFont, borderBottom: PALETTE.headerBorder },
    });
  };
  const header = <K extends string>(
    tbl: TableRows,
    cols: NoInfer<Readonly<Record<K, number>>>,
    headers: Readonly<Record<K, PlanSheetKey>>,
  ) => {
    for (const k of Object.keys(headers) as K[]) g.set(tbl.header, cols[k], t(headers[k]));
    const width = Math.max(...(Object.keys(headers) as K[]).map((k) => cols[k])) + 1;
    styles.push({ area: area(tbl.header, 0, 1, width), style: HEADER_STYLE });
    // an entry's cells stand at the top of its row, which an entry wrapped over lines makes taller
    styles.push({ area: area(tbl.first, 0, tbl.rows, width), style: { vertical: "Top" } });
  };
  /** Long entries wrap over lines in these columns of a table, as notes do on the other sheets. */
  const wrapped = (tbl: TableRows, cols: readonly number[]) => {
    for (const c of cols) styles.push({ area: column(tbl, c), style: { wrap: true } });
  };
  /** Writes an entry's cells into its row, by column key. */
  const write = <K extends string>(r: number, cols: Readonly<Record<K, number>>, values: Partial<Record<K, CellContent>>) => {
    for (const [k, v] of Object.entries(values) as [K, CellContent][]) g.set(r, cols[k], v);
  };
  /** A choice's word in the sheet's language. */
  const wordIn =
    <C extends string>(table: Readonly<Record<C, Localized>>) =>
    (choice: string) =>
      table[choice as C][lang];
  const rowsOf = (tbl: TableRows) => Array.from({ length: tbl.rows }, (_, i) => tbl.first + i);
  const column = (tbl: TableRows, c: number) => area(tbl.first, c, tbl.rows, 1);

  // the head: title and account, instruction, settings beside the figures
  g.set(HEAD.title, 0, t("title"));
  g.set(HEAD.title, VALUE_COL, plan.account);
  styles.push({ area: area(HEAD.title, 0, 1, L.width), style: { bold: true, fontSize: 14, fontColor: PALETTE.titleFont } });
  g.set(HEAD.instruction, 0, t("instruction"));
  merges.push(area(HEAD.instruction, 0, 1, L.width));
  styles.push({ area: area(HEAD.instruction, 0, 1, L.width), style: { wrap: true, vertical: "Top" } });
  rowHeights.push({ row: HEAD.instruction, height: 45 });
  const setting = (row: number, key: PlanSheetKey, value: CellContent, format?: string) => {
    g.set(row, 0, t(key));
    g.set(row, VALUE_COL, value, format);
  };
  setting(HEAD.accountId, "accountId", plan.accountId);
  setting(HEAD.periodStart, "periodStart", entry(plan.periodStart), dateFormat);
  setting(HEAD.reviewed, "reviewed", entry(plan.reviewed), dateFormat);
  setting(HEAD.previousStage, "previousStage", entry(plan.previousStage, stageWord));
  setting(HEAD.previousDate, "previousDate", entry(plan.previousDate), dateFormat);
  setting(HEAD.today, "today", plan.today === undefined ? { formula: "=TODAY()" } : keptContent(plan.today), dateFormat);
  for (const r of [HEAD.accountId, HEAD.periodStart, HEAD.reviewed, HEAD.previousStage, HEAD.previousDate, HEAD.today])
    input(area(r, VALUE_COL));
  for (const [r, key] of [
    [HEAD.periodStart, "periodStart"],
    [HEAD.reviewed, "reviewed"],
    [HEAD.previousDate, "previousDate"],
    [HEAD.today, "today"],
  ] as const)
    validate(area(r, VALUE_COL), key, dateRule, "datePrompt", "dateError");
  validate(area(HEAD.previousStage, VALUE_COL), "previousStage", list(STAGE_TEXT), null, "listError");
  styles.push({ area: area(HEAD.accountId, 0, HEAD.today - HEAD.accountId + 1, 1), style: { bold: true } });

  // a review is due 90 days after the last one; a plan never reviewed, 90 days after its period's start
  const [reviewed, periodStart] = [HEAD.reviewed, HEAD.periodStart].map((r) => cellRef(r, VALUE_COL, true)) as [string, string];
  const reviewDue = formulaText(t("reviewDue"));
  const dueAfter = (since: string) => `IF(INT(${today})-INT(${since})>${STALE_DAYS},${reviewDue},"")`;
  g.set(HEAD.reviewed, REMARK_COL, {
    formula: `=IF(${isDate(reviewed)},${dueAfter(reviewed)},IF(${isDate(periodStart)},${dueAfter(periodStart)},${reviewDue}))`,
  });
  styles.push({ area: area(HEAD.reviewed, REMARK_COL), style: { bold: true, fontColor: PALETTE.warnFont } });

  // the stage from the indicators' ticks: rows of each stage in the table's order
  const yes = wordsOf(TICK_TEXT.YES);
  const no = wordsOf(TICK_TEXT.NO);
  const stageRows = STAGES.map((s) => {
    const rows = STAGE_INDICATORS.flatMap((x, i) => (x.stage === s ? [L.stage.first + i] : []));
    const tick = columnLetter(STAGE_COLS.tick);
    return { stage: s, range: `$${tick}$${rows[0]! + 1}:$${tick}$${rows[rows.length - 1]! + 1}`, count: rows.length };
  });
  const ticks = columnRange(L.stage, STAGE_COLS.tick);
  const met = (s: (typeof stageRows)[number]) => `SUMPRODUCT(${oneOfArray(s.range, yes)})*2>${s.count}`;
  const higher = stageRows
    .slice(1)
    .reduceRight<string>(
      (rest, s, i) =>
        `IF(${met(s)},${rest === "" ? formulaText(stageWord(s.stage)) : rest},${formulaText(stageWord(stageRows[i]!.stage))})`,
      "",
    );
  g.set(HEAD.stage, 0, t("stage"));
  g.set(HEAD.stage, VALUE_COL, {
    formula: `=IF(SUMPRODUCT(${oneOfArray(ticks, yes)})+SUMPRODUCT(${oneOfArray(ticks, no)})=0,"",${higher})`,
  });
  styles.push({ area: area(HEAD.stage, VALUE_COL), style: { bold: true } });
  // the stage's change since the previous assessment
  const rank = (cell: string, current: boolean) =>
    STAGES.reduceRight<string>(
      (rest, s, i) => `IF(${isOneOf(cell, current ? [STAGE_TEXT[s][lang]] : wordsOf(STAGE_TEXT[s]))},${i + 1},${rest})`,
      "0",
    );
  const stageCell = cellRef(HEAD.stage, VALUE_COL, true);
  const previous = cellRef(HEAD.previousStage, VALUE_COL, true);
  g.set(HEAD.stage, REMARK_COL, {
    formula: `=IF(OR(${rank(stageCell, true)}=0,${rank(previous, false)}=0),"",IF(${rank(stageCell, true)}>${rank(previous, false)},"${TREND_MARK.UP}",IF(${rank(stageCell, true)}<${rank(previous, false)},"${TREND_MARK.DOWN}","${TREND_MARK.FLAT}")))`,
  });

  // the spend table and our share per year
  sectionTitle(L.spend.title, "sSpend");
  header(L.spend, SPEND_COLS, SPEND_HEADERS);
  const years = columnRange(L.spend, SPEND_COLS.year);
  const shares = columnRange(L.spend, SPEND_COLS.share);
  for (const r of rowsOf(L.spend)) {
    const y = plan.spend[r - L.spend.first];
    if (y !== undefined) {
      write(r, SPEND_COLS, { year: entry(y.year), spend: entry(y.spend), revenue: entry(y.revenue), notes: y.notes });
    }
    const [year, spend, revenue] = [SPEND_COLS.year, SPEND_COLS.spend, SPEND_COLS.revenue].map((c) => cellRef(r, c));
    // a year given again below a row of that year with a share has none of its own. The rows above are counted from
    // the header on: every row has the same formula (Excel marks a column whose first formula differs), and none a
    // one-cell range, which some engines (HyperFormula) take for its value, an error in it for the count's error
    const earlier = `,COUNTIFS($A$${L.spend.header + 1}:A${r},${year},$D$${L.spend.header + 1}:D${r},">=0")=0`;
    g.set(
      r,
      SPEND_COLS.share,
      {
        formula: `=IF(ISNUMBER(${year}),IF(AND(${year}=INT(${year}),${year}>=1900,${year}<=9999,ISNUMBER(${spend}),ISNUMBER(${revenue})),IF(AND(${spend}>0,${revenue}>=0${earlier}),${revenue}/${spend},""),""),"")`,
      },
      "0.0%",
    );
    g.numberFormats[r]![SPEND_COLS.year] = "0";
    g.numberFormats[r]![SPEND_COLS.spend] = amount;
    g.numberFormats[r]![SPEND_COLS.revenue] = amount;
  }
  for (const c of [SPEND_COLS.year, SPEND_COLS.spend, SPEND_COLS.revenue, SPEND_COLS.notes]) input(column(L.spend, c));
  wrapped(L.spend, [SPEND_COLS.notes]);
  validate(column(L.spend, SPEND_COLS.year), "hYear", { kind: "wholeNumber", min: 1900, max: 9999 }, null, "yearError");
  for (const [c, title] of [
    [SPEND_COLS.spend, "spendTitle"],
    [SPEND_COLS.revenue, "hRevenue"],
  ] as const)
    validate(column(L.spend, c), title, { kind: "decimal", min: 0, max: 1e15 }, "amountPrompt", "amountError");

  // the figures: share of wallet and its trend first
  const latestYear = `MAXIFS(${years},${shares},">=0")`;
  const latest = `SUMIFS(${shares},${years},${latestYear})`;
  const previousShare = `SUMIFS(${shares},${years},MAXIFS(${years},${shares},">=0",${years},"<"&${latestYear}))`;
  FIGURES.forEach((f, i) => g.set(HEAD.accountId + i, FIGURE_LABEL_COL, t(FIGURE_KEY[f])));
  const figureRow = (f: Figure) => HEAD.accountId + FIGURES.indexOf(f);
  g.set(figureRow("share"), FIGURE_COL, { formula: `=IF(COUNT(${shares})=0,"",${latest})` }, "0.0%");
  g.set(figureRow("share"), TREND_COL, {
    formula: `=IF(COUNT(${shares})<2,"",IF(ROUND(${latest},3)>ROUND(${previousShare},3),"${TREND_MARK.UP}",IF(ROUND(${latest},3)<ROUND(${previousShare},3),"${TREND_MARK.DOWN}","${TREND_MARK.FLAT}")))`,
  });

  // competitors
  sectionTitle(L.competitors.title, "sCompetitors");
  header(L.competitors, COMPETITOR_COLS, COMPETITOR_HEADERS);
  plan.competitors.forEach((c, i) => {
    write(L.competitors.first + i, COMPETITOR_COLS, {
      ...typedTexts(c, { name: c.name, service: c.service, location: c.location }),
      share: entry(c.share),
      notes: c.notes,
    });
  });
  for (const r of rowsOf(L.competitors)) g.numberFormats[r]![COMPETITOR_COLS.share] = "0%";
  for (const c of Object.values(COMPETITOR_COLS)) input(column(L.competitors, c));
  wrapped(L.competitors, [COMPETITOR_COLS.service, COMPETITOR_COLS.notes]);
  validate(column(L.competitors, COMPETITOR_COLS.share), "hShare", { kind: "decimal", min: 0, max: 1 }, "sharePrompt", "shareError");

  // the contact matrix
  const cc = L.contactCols;
  sectionTitle(L.contacts.title, "sContacts");
  g.set(L.contacts.title + 1, 0, t("contactsLegend"));
  styles.push({ area: area(L.contacts.title + 1, 0, 1, L.width), style: { italic: true, fontColor: PALETTE.mutedFont } });
  const members = Array.from({ length: cc.members }, (_, i) => plan.team[i] ?? "");
  header(L.contacts, cc, CONTACT_HEADERS);
  members.forEach((m, i) => g.set(L.contacts.header, cc.firstMember + i, m));
  input(area(L.contacts.header, cc.firstMember, 1, cc.members));
  const deciders = wordsOf(ROLE_TEXT.DECIDER);
  const strategic = wordsOf(LEVEL_TEXT.STRATEGIC);
  const noCover = t("noCover");
  for (const r of rowsOf(L.contacts)) {
    const c = plan.contacts[r - L.contacts.first];
    if (c !== undefined) {
      write(r, cc, {
        ...typedTexts(c, { name: c.name, position: c.position }),
        level: entry(c.level, wordIn(LEVEL_TEXT)),
        role: entry(c.role, wordIn(ROLE_TEXT)),
        attitude: entry(c.attitude, wordIn(ATTITUDE_TEXT)),
        lastContact: entry(c.lastContact),
        notes: c.notes,
      });
      c.strengths.slice(0, cc.members).forEach((s, i) => g.set(r, cc.firstMember + i, entry(s)));
    }
    g.numberFormats[r]![cc.lastContact] = dateFormat;
    const strengths = `${cellRef(r, cc.firstMember)}:${cellRef(r, cc.firstMember + cc.members - 1)}`;
    const best = cellRef(r, cc.best);
    g.set(r, cc.best, { formula: `=${wholeExtreme(strengths, STRENGTH_MIN, STRENGTH_MAX, "max")}` });
    const key = `OR(${isOneOf(cellRef(r, cc.role), deciders)},${isOneOf(cellRef(r, cc.level), strategic)})`;
    g.set(r, cc.cover, {
      formula: `=IF(IFERROR(TRIM(${cellRef(r, cc.name)})="",FALSE()),"",IF(${key},IF(IF(ISNUMBER(${best}),${best}>=${COVERED_STRENGTH},FALSE()),"${COVERED_MARK}",${formulaText(noCover)}),""))`,
    });
  }
  for (const c of [cc.name, cc.position, cc.level, cc.role, cc.attitude, cc.lastContact, cc.notes]) input(column(L.contacts, c));
  wrapped(L.contacts, [cc.position, cc.notes]);
  input(area(L.contacts.first, cc.firstMember, L.contacts.rows, cc.members));
  validate(column(L.contacts, cc.level), "hLevel", list(LEVEL_TEXT), null, "listError");
  validate(column(L.contacts, cc.role), "hRole", list(ROLE_TEXT), null, "listError");
  validate(column(L.contacts, cc.attitude), "hAttitude", list(ATTITUDE_TEXT), null, "listError");
  validate(column(L.contacts, cc.lastContact), "hLastContact", dateRule, "datePrompt", "dateError");
  validate(
    area(L.contacts.first, cc.firstMember, L.contacts.rows, cc.members),
    "strengthTitle",
    { kind: "wholeNumber", min: STRENGTH_MIN, max: STRENGTH_MAX },
    "strengthPrompt",
    "strengthError",
  );
  const top = (c: number) => cellRef(L.contacts.first, c);
  formats.push({
    area: column(L.contacts, cc.cover),
    formula: `=${top(cc.cover)}=${formulaText(noCover)}`,
    fill: PALETTE.badFill,
    fontColor: PALETTE.badFont,
  });
  // a named contact not met for over 90 days, or without a date: its last contact red
  const named = (r: string) => `IFERROR(TRIM(${r})<>"",TRUE())`;
  const staleAt = (name: string, last: string) => `AND(${named(name)},IF(${isDate(last)},INT(${today})-INT(${last})>${STALE_DAYS},TRUE()))`;
  formats.push({
    area: column(L.contacts, cc.lastContact),
    formula: `=${staleAt(fixedColumn(L.contacts.first, cc.name), top(cc.lastContact))}`,
    fill: PALETTE.badFill,
    fontColor: PALETTE.badFont,
  });
  formats.push({
    area: area(L.contacts.first, cc.firstMember, L.contacts.rows, cc.members),
    formula: `=${isInvalidEntry(top(cc.firstMember), STRENGTH_MIN, STRENGTH_MAX)}`,
    fill: PALETTE.invalidFill,
  });
  const names = columnRange(L.contacts, cc.name);
  const lasts = columnRange(L.contacts, cc.lastContact);
  const dateArr = `ISNUMBER(${lasts})*(${lasts}>=1)*(${lasts}<${LAST_SERIAL + 1})`;
  const recentArr = `IFERROR(INT(${today})-INT(${lasts})<=${STALE_DAYS},FALSE())`;
  g.set(figureRow("gaps"), FIGURE_COL, { formula: `=COUNTIF(${columnRange(L.contacts, cc.cover)},${formulaText(noCover)})` });
  g.set(figureRow("stale"), FIGURE_COL, {
    formula: `=SUMPRODUCT(${named(names)}*(1-IFERROR(${dateArr}*${recentArr},0)))`,
  });

  // the stage indicators
  sectionTitle(L.stage.title, "sStage");
  header(L.stage, STAGE_COLS, STAGE_HEADERS);
  STAGE_INDICATORS.forEach((x, i) => {
    const r = L.stage.first + i;
    g.set(r, STAGE_COLS.id, x.id);
    g.set(r, STAGE_COLS.stage, STAGE_TEXT[x.stage][lang]);
    g.set(
      r,
      STAGE_COLS.tick,
      entry(plan.indicators[x.id] ?? null, (w) => TICK_TEXT[w as keyof typeof TICK_TEXT][lang]),
    );
    g.set(r, STAGE_COLS.text, x.text[lang]);
  });
  input(column(L.stage, STAGE_COLS.tick));
  validate(column(L.stage, STAGE_COLS.tick), "hTick", list(TICK_TEXT), null, "listError");

  // the text blocks: label in A, text across the rest
  const textBlock = (part: TextPart, height: number) => {
    const r = L.textRows[part];
    g.set(r, 0, t(TEXT_KEY[part]));
    g.set(r, 1, textContent(plan.texts[part] ?? null));
    merges.push(area(r, 1, 1, L.width - 1));
    styles.push({ area: area(r, 0), style: { bold: true, wrap: true, vertical: "Top" } });
    styles.push({ area: area(r, 1, 1, L.width - 1), style: { wrap: true, vertical: "Top", fill: PALETTE.inputFill } });
    rowHeights.push({ row: r, height });
  };
  sectionTitle(L.analysis, "sAnalysis");
  for (const p of ANALYSIS_TEXTS) textBlock(p, 60);
  g.set(L.accountSwot, 0, t("sAccountSwot"));
  styles.push({ area: area(L.accountSwot, 0), style: { bold: true, italic: true } });
  for (const p of ACCOUNT_SWOT) textBlock(p, 45);
  sectionTitle(L.ourSwot, "sOurSwot");
  for (const p of OUR_SWOT) textBlock(p, 45);
  sectionTitle(L.planTitle, "sPlan");
  for (const p of PLAN_TEXTS) textBlock(p, p === "planVision" ? 60 : 45);

  // objectives
  const oc = OBJECTIVE_COLS;
  sectionTitle(L.objectives.title, "sObjectives");
  header(L.objectives, oc, OBJECTIVE_HEADERS);
  const start = cellRef(HEAD.periodStart, VALUE_COL, true);
  for (const r of rowsOf(L.objectives)) {
    const o = plan.objectives[r - L.objectives.first];
    if (o !== undefined) {
      write(r, oc, {
        id: o.id,
        ...typedTexts(o, { text: o.text, measure: o.measure, owner: o.owner }),
        kind: entry(o.kind, wordIn(KIND_TEXT)),
        baseline: entry(o.baseline),
        target: entry(o.target),
        current: entry(o.current),
        due: entry(o.due),
      });
    }
    const [b, tg, cur, due] = [oc.baseline, oc.target, oc.current, oc.due].map((c) => cellRef(r, c));
    g.set(
      r,
      oc.progress,
      { formula: `=IF(AND(ISNUMBER(${b}),ISNUMBER(${tg}),ISNUMBER(${cur})),IF(${tg}=${b},"",(${cur}-${b})/(${tg}-${b})),"")` },
      "0%",
    );
    g.set(
      r,
      oc.timeGone,
      {
        formula: `=IF(${isDate(due)},IF(INT(${today})>=INT(${due}),1,IF(IF(${isDate(start)},INT(${due})-INT(${start})<=0,TRUE()),0,MIN(1,MAX(0,(INT(${today})-INT(${start}))/(INT(${due})-INT(${start})))))),"")`,
      },
      "0%",
    );
    g.numberFormats[r]![oc.due] = dateFormat;
  }
  for (const c of [oc.id, oc.text, oc.measure, oc.kind, oc.baseline, oc.target, oc.current, oc.due, oc.owner])
    input(column(L.objectives, c));
  wrapped(L.objectives, [oc.text, oc.measure]);
  validate(column(L.objectives, oc.kind), "hKind", list(KIND_TEXT), null, "listError");
  validate(column(L.objectives, oc.due), "hDue", dateRule, "datePrompt", "dateError");
  const progress = columnRange(L.objectives, oc.progress);
  const gone = columnRange(L.objectives, oc.timeGone);
  const [p0, g0] = [cellRef(L.objectives.first, oc.progress), cellRef(L.objectives.first, oc.timeGone)];
  formats.push({
    area: column(L.objectives, oc.progress),
    formula: `=AND(ISNUMBER(${p0}),ISNUMBER(${g0}),${p0}<${g0})`,
    fill: PALETTE.badFill,
    fontColor: PALETTE.badFont,
  });
  formats.push({
    area: column(L.objectives, oc.progress),
    formula: `=AND(ISNUMBER(${p0}),${p0}>=1)`,
    fill: PALETTE.goodFill,
    fontColor: PALETTE.goodFont,
  });
  g.set(figureRow("behind"), FIGURE_COL, { formula: `=SUMPRODUCT(ISNUMBER(${progress})*ISNUMBER(${gone})*(${progress}<${gone}))` });

  // actions
  const ac = ACTION_COLS;
  sectionTitle(L.actions.title, "sActions");
  header(L.actions, ac, ACTION_HEADERS);
  const done = statusTexts("DONE");
  for (const r of rowsOf(L.actions)) {
    const a = plan.actions[r - L.actions.first];
    if (a !== undefined) {
      write(r, ac, {
        id: a.id,
        ...typedTexts(a, { text: a.text, responsible: a.responsible, objective: a.objective }),
        start: entry(a.start),
        due: entry(a.due),
        status: entry(a.status, wordIn(STATUS_TEXT)),
        notes: a.notes,
      });
    }
    const due = cellRef(r, ac.due);
    g.set(r, ac.late, {
      formula: `=IF(${isDate(due)},IF(AND(NOT(${isOneOf(cellRef(r, ac.status), done)}),INT(${today})-INT(${due})>0),INT(${today})-INT(${due}),""),"")`,
    });
    g.numberFormats[r]![ac.start] = dateFormat;
    g.numberFormats[r]![ac.due] = dateFormat;
  }
  for (const c of [ac.id, ac.text, ac.responsible, ac.start, ac.due, ac.status, ac.objective, ac.notes]) input(column(L.actions, c));
  wrapped(L.actions, [ac.text, ac.notes]);
  validate(column(L.actions, ac.start), "hStart", dateRule, "datePrompt", "dateError");
  validate(column(L.actions, ac.due), "hDue", dateRule, "datePrompt", "dateError");
  validate(
    column(L.actions, ac.status),
    "hStatus",
    { kind: "list", items: TASK_STATUSES.map((s) => STATUS_TEXT[s][lang]) },
    null,
    "listError",
  );
  const late0 = cellRef(L.actions.first, ac.late);
  formats.push({
    area: area(L.actions.first, ac.due, L.actions.rows, 1),
    formula: `=ISNUMBER(${fixedColumn(L.actions.first, ac.late)})`,
    fill: PALETTE.badFill,
    fontColor: PALETTE.badFont,
  });
  formats.push({ area: column(L.actions, ac.late), formula: `=ISNUMBER(${late0})`, fill: PALETTE.badFill, fontColor: PALETTE.badFont });
  g.set(figureRow("late"), FIGURE_COL, { formula: `=COUNT(${columnRange(L.actions, ac.late)})` });

  // open questions
  const qc = QUESTION_COLS;
  sectionTitle(L.questions.title, "sQuestions");
  header(L.questions, qc, QUESTION_HEADERS);
  plan.questions.forEach((q, i) => {
    write(L.questions.first + i, qc, {
      id: q.id,
      ...typedTexts(q, { text: q.text, responsible: q.responsible }),
      answer: textContent(q.answer),
    });
  });
  for (const c of Object.values(qc)) input(column(L.questions, c));
  wrapped(L.questions, [qc.text, qc.answer]);
  const questions = columnRange(L.questions, qc.text);
  const answers = columnRange(L.questions, qc.answer);
  g.set(figureRow("openQuestions"), FIGURE_COL, {
    formula: `=SUMPRODUCT(IFERROR(TRIM(${questions})<>"",TRUE())*IFERROR(TRIM(${answers})="",FALSE()))`,
  });

  // the parts in place: spend with a share, named contacts without gaps, a stage, our SWOT, a vision, a measurable
  // objective, an action
  const gapsCell = cellRef(figureRow("gaps"), FIGURE_COL, true);
  const actionTexts = columnRange(L.actions, ac.text);
  const parts = [
    `(COUNT(${shares})>0)`,
    `AND(SUMPRODUCT(${named(names)}*1)>0,${gapsCell}=0)`,
    `(${stageCell}<>"")`,
    `AND(${OUR_SWOT.map((p) => isFilled(cellRef(L.textRows[p], 1, true))).join(",")})`,
    isFilled(cellRef(L.textRows.planVision, 1, true)),
    `(COUNT(${progress})>0)`,
    `(SUMPRODUCT(IFERROR(TRIM(${actionTexts})<>"",TRUE())*1)>0)`,
  ];
  g.set(figureRow("partsInPlace"), FIGURE_COL, { formula: `=${parts.map((p) => `(${p})*1`).join("+")}` });
  styles.push({ area: area(HEAD.accountId, FIGURE_COL, FIGURES.length, 2), style: { bold: true, horizontal: "Right" } });
  formats.push({
    area: area(figureRow("gaps"), FIGURE_COL, 4, 1),
    formula: `=AND(ISNUMBER(${cellRef(figureRow("gaps"), FIGURE_COL)}),${cellRef(figureRow("gaps"), FIGURE_COL)}>0)`,
    fontColor: PALETTE.badFont,
  });

  const widths = [150, 200, 110, 100, 100, 95, 85, 85, 85, 85, 85, 200];
  return {
    name: sheetName,
    cells: g.cells,
    numberFormats: g.numberFormats,
    styles,
    merges,
    columnWidths: Array.from({ length: L.width }, (_, i) => widths[Math.min(i, widths.length - 1)]!),
    rowHeights,
    validations,
    conditionalFormats: formats,
    charts: [spendChart(L, t)],
    freezeRows: HEAD.title + 1,
    // landscape, one page wide: the plan's columns, about 1,400 pt, print at about half their size (a third, portrait)
    print: {
      ...printSetup(t("title"), lang, { area: area(0, 0, L.rows + 1, L.width), headerRow: HEAD.title, fit: { wide: 1 } }),
      header: { center: printHeader(t("title"), plan.account) },
    },
  };
}

/**
 * The printed pages' header: the title and the account, bold; a name too long for Excel's 255 characters cut with
 * an ellipsis (Excel refuses a longer header, and the plan would not be written).
 */
export function printHeader(title: string, account: string): string {
  const head = `&B${headerText(title)}: `;
  const full = head + headerText(account);
  if (full.length <= HEADER_PART_MAX) return full;
  let name = [...account];
  while (name.length > 0 && (head + headerText(name.join("")) + "…").length > HEADER_PART_MAX) name = name.slice(0, -1);
  return `${head}${headerText(name.join("").trimEnd())}…`;
}

/**
 * The account's spend and our revenue per year, side by side (our share is the one against the other): columns from
 * the spend table's rows, spare rows included, so that a year typed there shows without re-creating the plan. It
 * sits right of the spend and competitor tables, over their rows.
 */
function spendChart(L: PlanLayout, t: (key: PlanSheetKey) => string): BarChartSpec {
  const column = (c: number) => area(L.spend.first, c, L.spend.rows, 1);
  const last = L.competitors.first + L.competitors.rows - 1;
  return {
    name: PLAN_CHART,
    type: "column",
    title: t("chartTitle"),
    categories: column(SPEND_COLS.year),
    series: [
      { name: t("hSpend"), values: column(SPEND_COLS.spend), color: PALETTE.chartMain },
      { name: t("hRevenue"), values: column(SPEND_COLS.revenue), color: SERIES_COLORS[1] },
    ],
    valueAxis: { min: 0, numberFormat: t("amountFormat") },
    at: area(L.spend.header, CHART_COLS.first, last - L.spend.header + 1, CHART_COLS.count),
  };
}

export type { PlanLayout };
