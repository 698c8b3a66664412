import { standardCompetence } from "../domain/profile";
import { type CompetenceModel, DEFAULT_REQUIRED, DEFAULT_WEIGHT, LEVEL_MAX, LEVEL_MIN, WEIGHT_MAX, WEIGHT_MIN } from "../domain/model";
import { isKeptEntry } from "../../../domain/entry";
import { type Lang, itemText } from "../../../domain/lang";
import { COMPETENCE_SHEET_TEXT, type CompetenceSheetKey } from "../i18n/competenceSheetText";
import { translator } from "../../../i18n/format";
import { columnLetter } from "../../../sheets/address";
import { entriesArg, marksArg } from "../../../sheets/functionArgs";
import { GridBuilder, area } from "../../../sheets/grid";
import { keptContent, orFormula } from "../../../sheets/kept";
import { CHART_ROWS, PALETTE } from "../../../sheets/palette";
import { printSetup } from "../../../sheets/print";
import { HEADER_STYLE, headLook, sheetBase, writeHead } from "../../../sheets/scaffold";
import {
  isInvalidEntry,
  isWholeIn,
  markArray,
  markFormula,
  wholeCount,
  wholeMaskArray,
  wholeOr,
  wholeOrArray,
  wholeValueArray,
} from "../../../sheets/wholeNumbers";
import type { ChartSpec, ConditionalFormat, RenderOptions, SheetSpec, StyledArea, Validation } from "../../../sheets/spec";
import { COL, FIRST_COMPETENCE_ROW, LABEL_COL, ROW, SPARE_CANDIDATES, competenceLayout, competenceRefs } from "./layout";

type Refs = ReturnType<typeof competenceRefs>;

/** A candidate column is in use when it has a name or anything typed below; the results of the others stay blank. */
function inUse(col: number, own: string): string {
  return `OR(IFERROR(TRIM(${columnLetter(col)}$${ROW.header + 1})<>"",TRUE()),COUNTA(${own})>0)`;
}

/** The results by the KAM.* functions; an error value in an entry counts nowhere, as in the pane (functionArgs.ts). */
function kamResults(own: string, ref: Refs) {
  const [ratings, required, weights, mustHave] = [
    entriesArg(own),
    entriesArg(ref.required),
    entriesArg(ref.weights),
    marksArg(ref.mustHave),
  ];
  return {
    fit: `KAM.FIT(${ratings},${required},${weights})`,
    weightedScore: `KAM.WEIGHTEDSCORE(${ratings},${weights})`,
    knockedOut: `KAM.KNOCKOUT(${ratings},${required},${mustHave})`,
  };
}

/**
 * The rank, with native functions in both modes, from the result rows: 1 + the ranked candidates ranked strictly
 * better (not knocked out where this one is; else a higher fit; else an equal fit and a higher weighted score).
 * Ranked (isRanked in the domain): at least half of the competences assessed (their number is COUNT over "Met by")
 * and no must-have open (the knock-out row then shows text, not TRUE or FALSE: ISTEXT, which Excel, LibreOffice and
 * Google Sheets answer alike, where ISLOGICAL and ISNUMBER differ). Any other candidate says "incomplete".
 * Reading the rows rather than the rating block keeps a recalculation linear in custom-function work: Excel passes
 * every range argument of a custom function to JavaScript, and a rank over the whole block per candidate was
 * quadratic. A column not in use shows "" in its rows: comparing text with a number is no error, and ISNUMBER over
 * its fit leaves it out.
 */
function rankFormula(col: number, ref: Refs, incomplete: string): string {
  const c = columnLetter(col);
  const self = (k: number) => `${c}$${k + 1}`;
  const competences = `COUNT(${ref.team})`;
  const [fit, ws, ko, assessed] = [ROW.fit, ROW.weightedScore, ROW.knockedOut, ROW.assessed].map(ref.allColumns) as [
    string,
    string,
    string,
    string,
  ];
  const better = `(((${ko}=TRUE())<(${self(ROW.knockedOut)}=TRUE()))+(${ko}=${self(ROW.knockedOut)})*((${fit}>${self(ROW.fit)})+(${fit}=${self(ROW.fit)})*(${ws}>${self(ROW.weightedScore)})))`;
  const othersRanked = `(${assessed}>=${competences}/2)*ISNUMBER(${fit})*(1-ISTEXT(${ko}))`;
  return `IF(AND(${self(ROW.assessed)}*2>=${competences},NOT(ISTEXT(${self(ROW.knockedOut)}))),1+SUMPRODUCT(${othersRanked}*${better}),"${incomplete}")`;
}

/**
 * The knock-out row: TRUE when a must-have is rated below its level (`knockedOut`); else "not assessed" while a
 * must-have competence (a row with text, or whose "Met by" counts) has no valid rating; else FALSE. An unrated
 * must-have is no pass.
 */
function knockOutFormula(own: string, ref: Refs, knockedOut: string, notAssessed: string): string {
  const competence = `((${markArray(ref.texts)}+ISNUMBER(${ref.team}))>0)`;
  const open = `SUMPRODUCT(${markArray(ref.mustHave)}*(1-${wholeMaskArray(own, LEVEL_MIN, LEVEL_MAX)})*${competence})>0`;
  return `IF(${knockedOut},TRUE(),IF(${open},"${notAssessed}",FALSE()))`;
}

/**
 * The same results with native functions. Only valid ratings count (ar: assessed, vr: the rating), and a blank or
 * invalid required level or weight takes its default (rq, w), as in the domain. min(rating, required) is written
 * rating − (rating > required) × (rating − required) so that SUMPRODUCT needs no IF.
 */
function portableResults(own: string, ref: Refs) {
  const ar = wholeMaskArray(own, LEVEL_MIN, LEVEL_MAX);
  const vr = wholeValueArray(own, LEVEL_MIN, LEVEL_MAX);
  const rq = wholeOrArray(ref.required, LEVEL_MIN, LEVEL_MAX, DEFAULT_REQUIRED);
  const w = wholeOrArray(ref.weights, WEIGHT_MIN, WEIGHT_MAX, DEFAULT_WEIGHT);
  const assessed = `SUMPRODUCT(--${ar})`;
  return {
    fit: `IF(${assessed}=0,"",SUMPRODUCT(${w}*${ar}*(${vr}-(${vr}>${rq})*(${vr}-${rq})))/SUMPRODUCT(${w}*${ar}*${rq}))`,
    weightedScore: `IF(${assessed}=0,"",SUMPRODUCT(${w}*${ar}*${vr})/SUMPRODUCT(${w}*${ar}))`,
    knockedOut: `SUMPRODUCT(${markArray(ref.mustHave)}*${ar}*(${vr}<${rq}))>0`,
  };
}

/** Deficits shade deeper red the larger the gap; met requirements green, deeper when exceeded. */
export const HEAT = [
  { gap: "<=-3", fill: "#F8696B", fontColor: "#FFFFFF" },
  { gap: "=-2", fill: "#FF9B9B", fontColor: PALETTE.badFont },
  { gap: "=-1", fill: PALETTE.badFill, fontColor: PALETTE.badFont },
  { gap: "=0", fill: PALETTE.goodFill, fontColor: PALETTE.goodFont },
  { gap: ">=1", fill: "#8FD19E", fontColor: PALETTE.goodFont },
] as const;
export const BEST_FILL = "#FFE699";

/** Up to this many candidates, the assessment prints on one page. */
const ONE_PAGE_CANDIDATES = 10;

type Layout = ReturnType<typeof competenceLayout>;

/** What the sheet's parts are built from: its words, its layout and the references into it. */
interface Parts {
  readonly t: (key: CompetenceSheetKey, values?: Readonly<Record<string, string | number>>) => string;
  readonly lang: Lang;
  readonly l: Layout;
  readonly ref: ReturnType<typeof competenceRefs>;
}

/**
 * The competence assessment as a sheet in `lang`: requirements, one rating column per candidate, results per
 * candidate by KAM.* or (portable) by native functions only.
 */
export function renderCompetences(model: CompetenceModel, lang: Lang, options: RenderOptions = {}): SheetSpec {
  const t = translator(COMPETENCE_SHEET_TEXT, lang);
  const l = competenceLayout(model.candidates.length, model.requirements.length);
  const p: Parts = { t, lang, l, ref: competenceRefs(l) };
  const g = new GridBuilder(l.lastRow + 1, l.columnCount);
  writeCells(g, model, p, options);
  const width = l.columnCount;
  // merged across the requirements and the first candidates: the instruction stays readable beside many candidates
  const head = headLook(ROW, { width, mergeWidth: Math.min(width, 8), instructionHeight: 48 });
  return {
    ...sheetBase(t("sheetName"), g, head, tableLook(p)),
    columnWidths: columnWidths(model, l),
    validations: validations(p),
    conditionalFormats: highlighting(p),
    freezeRows: ROW.header + 1,
    freezeColumns: COL.firstCandidate,
    // up to ten candidates on one page; more print on pages across, each repeating the requirements
    print: printSetup(t("title"), lang, {
      area: area(0, 0, l.lastRow + 1, COL.firstCandidate + Math.max(1, l.candidates)),
      headerRow: ROW.header,
      ...(l.candidates <= ONE_PAGE_CANDIDATES ? { fit: { wide: 1, tall: 1 } } : { titleColumns: { from: 0, to: COL.team } }),
    }),
    charts: model.candidates.length === 0 ? [] : [fitChart(model.candidates.length, l.lastRow, t("chartTitle"), t("fit"))],
  };
}

/** The competences' rows, and the candidates' ratings block (spare columns included). */
function tableAreas(l: Layout) {
  const first = FIRST_COMPETENCE_ROW;
  const n = l.lastRow - first + 1;
  const columns = l.lastCandidateCol - COL.firstCandidate + 1;
  return { first, n, columns, ratings: area(first, COL.firstCandidate, n, columns) };
}

/** The head, the results' labels and formulas, the header row, each requirement's entries and the "Met by" column. */
function writeCells(g: GridBuilder, model: CompetenceModel, p: Parts, options: RenderOptions): void {
  const { t, lang, l, ref } = p;
  const { first } = tableAreas(l);
  writeHead(g, ROW, { title: t("title"), instruction: t("instruction"), legend: t("legend", { mark: t("mustHaveMark") }) });
  g.set(ROW.fit, LABEL_COL, t("fit"));
  g.set(ROW.weightedScore, LABEL_COL, t("weightedScore"));
  g.set(ROW.knockedOut, LABEL_COL, t("knockedOut"));
  g.set(ROW.assessed, LABEL_COL, t("assessed"));
  g.set(ROW.rank, LABEL_COL, t("rank"));
  g.set(ROW.header, COL.id, t("hId"));
  g.set(ROW.header, COL.text, t("hCompetence"));
  g.set(ROW.header, COL.required, t("hRequired"));
  g.set(ROW.header, COL.weight, t("hWeight"));
  g.set(ROW.header, COL.mustHave, t("hMustHave"));
  g.set(ROW.header, COL.team, t("hTeam"));
  model.candidates.forEach((name, k) => g.set(ROW.header, COL.firstCandidate + k, name));

  // every covered column computes, spare ones included: a candidate typed there counts at once
  for (let col = COL.firstCandidate; col <= l.lastCandidateCol; col++) {
    const own = ref.ratings(col);
    const f = options.portable ? portableResults(own, ref) : kamResults(own, ref);
    const used = (formula: string) => ({ formula: `=IF(${inUse(col, own)},${formula},"")` });
    // counted here, not read from the row below: a value typed over that row must not change the fit
    const nothingAssessed = `${wholeCount(own, LEVEL_MIN, LEVEL_MAX)}=0`;
    g.set(ROW.fit, col, used(`IF(${nothingAssessed},"${t("notAssessed")}",${f.fit})`), "0%");
    g.set(ROW.weightedScore, col, used(f.weightedScore), "0.00");
    g.set(ROW.knockedOut, col, used(knockOutFormula(own, ref, f.knockedOut, t("notAssessed"))));
    // valid ratings only (wholeCount), as the domain counts a candidate's assessed competences
    g.set(ROW.assessed, col, used(wholeCount(own, LEVEL_MIN, LEVEL_MAX)), "0");
    g.set(ROW.rank, col, used(rankFormula(col, ref, t("incomplete"))), "0");
  }

  model.requirements.forEach((r, i) => {
    const row = first + i;
    g.set(row, COL.id, r.id);
    g.set(row, COL.text, orFormula(r, "text", r.ignored === "remark" ? r.text : (itemText(r, standardCompetence(r.id), lang) ?? "")));
    g.set(row, COL.required, isKeptEntry(r.required) ? keptContent(r.required) : r.required);
    g.set(row, COL.weight, isKeptEntry(r.weight) ? keptContent(r.weight) : r.weight);
    g.set(row, COL.mustHave, orFormula(r, "mustHave", r.mustHaveAs ?? (r.mustHave ? t("mustHaveMark") : null)));
    r.ratings.forEach((e, k) => g.set(row, COL.firstCandidate + k, isKeptEntry(e) ? keptContent(e) : e));
  });

  // "Met by" in every covered row: how many candidates meet the requirement, what the team can build on (valid
  // ratings only, against the required level in force); blank in a row that is no competence (isCompetenceRow:
  // neither text nor a valid rating), so that COUNT over the column is the number of competences
  for (let row = first; row <= l.lastRow; row++) {
    const ratings = ref.row(row);
    const required = wholeOr(`$${columnLetter(COL.required)}${row + 1}`, LEVEL_MIN, LEVEL_MAX, DEFAULT_REQUIRED);
    const meeting = Array.from({ length: LEVEL_MAX - LEVEL_MIN + 1 }, (_, i) => LEVEL_MIN + i).map(
      (v) => `(${v}>=${required})*SUMIF(${ratings},${v},${ratings})/${v}`,
    );
    const hasText = markFormula(`$${columnLetter(COL.text)}${row + 1}`);
    g.set(row, COL.team, { formula: `=IF(OR(${hasText},${wholeCount(ratings, LEVEL_MIN, LEVEL_MAX)}>0),${meeting.join("+")},"")` }, "0");
  }
}

/** Ratings coloured by their gap to the level required, invalid ones marked; the best, the knocked out and the unranked. */
function highlighting({ l, ref }: Parts): ConditionalFormat[] {
  const { first, columns, ratings } = tableAreas(l);
  const cell = `${columnLetter(COL.firstCandidate)}${first + 1}`;
  const req = wholeOr(`$${columnLetter(COL.required)}${first + 1}`, LEVEL_MIN, LEVEL_MAX, DEFAULT_REQUIRED);
  // the candidate columns' header and results: best highlighted, knocked out marked, the unranked muted
  const top = area(ROW.fit, COL.firstCandidate, ROW.header - ROW.fit + 1, columns);
  const c = columnLetter(COL.firstCandidate);
  const ownRatings = `${c}$${first + 1}:${c}$${l.lastRow + 1}`;
  const complete = `${wholeCount(ownRatings, LEVEL_MIN, LEVEL_MAX)}*2>=COUNT(${ref.team})`;
  return [
    // an invalid rating is orange and counts nowhere; a valid one is coloured by its gap to the level in force
    {
      area: ratings,
      formula: `=${isInvalidEntry(cell, LEVEL_MIN, LEVEL_MAX)}`,
      fill: PALETTE.invalidFill,
      fontColor: PALETTE.badFont,
      bold: true,
    },
    ...HEAT.map((h) => ({
      area: ratings,
      formula: `=AND(${isWholeIn(cell, LEVEL_MIN, LEVEL_MAX)},${cell}-${req}${h.gap})`,
      fill: h.fill,
      fontColor: h.fontColor,
    })),
    { area: top, formula: `=AND(${c}$${ROW.rank + 1}=1,${c}$${ROW.knockedOut + 1}=FALSE())`, fill: BEST_FILL, bold: true },
    { area: top, formula: `=AND(${c}$${ROW.knockedOut + 1}=TRUE(),${complete})`, fill: PALETTE.badFill, fontColor: PALETTE.badFont },
    {
      area: top,
      formula: `=AND(${inUse(COL.firstCandidate, ownRatings)},OR(NOT(${complete}),ISTEXT(${c}$${ROW.knockedOut + 1})))`,
      fontColor: PALETTE.mutedFont,
    },
  ];
}

/** What the required level, weight, must-have and rating cells accept, with their prompts. */
function validations({ t, l }: Parts): Validation[] {
  const { first, n, ratings } = tableAreas(l);
  return [
    {
      area: area(first, COL.required, n, 1),
      rule: { kind: "wholeNumber", min: LEVEL_MIN, max: LEVEL_MAX },
      prompt: { title: t("hRequired"), message: t("requiredPrompt") },
      error: { title: t("hRequired"), message: t("ratingError") },
    },
    {
      area: area(first, COL.weight, n, 1),
      rule: { kind: "wholeNumber", min: WEIGHT_MIN, max: WEIGHT_MAX },
      prompt: { title: t("hWeight"), message: t("weightPrompt") },
      error: { title: t("hWeight"), message: t("weightError") },
    },
    {
      area: area(first, COL.mustHave, n, 1),
      rule: { kind: "list", items: [t("mustHaveMark")] },
      prompt: { title: t("hMustHave"), message: t("mustHavePrompt") },
      error: { title: t("hMustHave"), message: t("mustHavePrompt") },
    },
    {
      area: ratings,
      rule: { kind: "wholeNumber", min: LEVEL_MIN, max: LEVEL_MAX },
      prompt: { title: t("ratingPromptTitle"), message: t("ratingPrompt") },
      error: { title: t("ratingPromptTitle"), message: t("ratingError") },
    },
  ];
}

/** The results' and the table's look (the head's is shared: scaffold.ts). */
function tableLook({ l }: Parts): StyledArea[] {
  const { first, n, columns } = tableAreas(l);
  const width = l.columnCount;
  const styles: StyledArea[] = [
    { area: area(ROW.fit, LABEL_COL, ROW.rank - ROW.fit + 1, 1), style: { horizontal: "Right", bold: true } },
    { area: area(ROW.header, 0, 1, width), style: HEADER_STYLE },
    { area: area(first, COL.text, n, 1), style: { wrap: true, vertical: "Top" } },
    { area: area(first, COL.required, n, 3), style: { fill: PALETTE.inputFill, horizontal: "Center" } },
    { area: area(first, COL.team, n, 1), style: { horizontal: "Center" } },
    { area: area(ROW.fit, COL.firstCandidate, ROW.header - ROW.fit, columns), style: { horizontal: "Center" } },
    { area: area(first, COL.firstCandidate + l.candidates, n, SPARE_CANDIDATES), style: { horizontal: "Center" } },
  ];
  if (l.candidates > 0)
    styles.push({ area: area(first, COL.firstCandidate, n, l.candidates), style: { fill: PALETTE.inputFill, horizontal: "Center" } });
  return styles;
}

/** Column widths in points: the competence's text wide, each candidate by the length of their name. */
function columnWidths(model: CompetenceModel, l: Layout): number[] {
  const width = l.columnCount;
  const columnWidths = new Array<number>(width).fill(64);
  columnWidths[COL.id] = 36;
  columnWidths[COL.text] = 340;
  columnWidths[COL.required] = 48;
  columnWidths[COL.weight] = 52;
  columnWidths[COL.mustHave] = 40;
  model.candidates.forEach((name, k) => (columnWidths[COL.firstCandidate + k] = Math.min(140, Math.max(64, name.length * 7))));
  columnWidths[COL.team] = 72;
  return columnWidths;
}

/** The chart's name on the sheet: re-creating replaces it. */
export const COMPETENCE_CHART = "KAM_CandidateFit";

/**
 * Each named candidate's fit as a column, from the fit row: it follows the ratings. A candidate nobody assessed
 * (the row says so in words) has no column.
 */
function fitChart(candidates: number, lastRow: number, title: string, seriesName: string): ChartSpec {
  return {
    name: COMPETENCE_CHART,
    type: "column",
    title,
    categories: area(ROW.header, COL.firstCandidate, 1, candidates),
    series: [{ name: seriesName, values: area(ROW.fit, COL.firstCandidate, 1, candidates), color: PALETTE.chartMain }],
    valueAxis: { min: 0, max: 1, majorUnit: 0.25, numberFormat: "0%" },
    at: area(lastRow + 2, COL.text, CHART_ROWS, 1 + Math.min(4, candidates)),
  };
}
