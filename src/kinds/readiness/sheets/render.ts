import { type Lang, itemText } from "../../../domain/lang";
import { thresholdOf } from "../domain/checklist";
import { standardCondition } from "../domain/conditions";
import { type ReadinessModel, isKeptEntry } from "../domain/model";
import { DISPUTE_SPREAD, SCORE_MAX, SCORE_MIN, STRONG_FROM } from "../domain/scale";
import { formatNumber, translator } from "../../../i18n/format";
import { READINESS_SHEET_TEXT, type ReadinessSheetKey } from "../i18n/readinessSheetText";
import { VERDICT_TEXT } from "../i18n/verdictText";
import { entriesArg, marksArg } from "../../../sheets/functionArgs";
import { GridBuilder, area, formulaText } from "../../../sheets/grid";
import { keptContent, orFormula } from "../../../sheets/kept";
import { CHART_ROWS, PALETTE, SERIES_COLORS } from "../../../sheets/palette";
import { printSetup } from "../../../sheets/print";
import { HEADER_STYLE, headLook, sheetBase, writeHead } from "../../../sheets/scaffold";
import type { ChartSpec, ConditionalFormat, RenderOptions, SheetSpec, StyledArea, Validation } from "../../../sheets/spec";
import { isInvalidEntry, isWholeIn, markFormula, wholeCount, wholeExtreme, wholeSum } from "../../../sheets/wholeNumbers";
import { COL, FIRST_CONDITION_ROW, LABEL_COL, ROW, SPARE_RESPONDENTS, VALUE_COL, readinessLayout, readinessRefs } from "./layout";

type Layout = ReturnType<typeof readinessLayout>;

/** What the sheet's parts are built from: its words, its layout and the references into it. */
interface Parts {
  readonly t: (key: ReadinessSheetKey, values?: Readonly<Record<string, string | number>>) => string;
  readonly lang: Lang;
  readonly l: Layout;
  readonly ref: Refs;
  /** A status word as a formula's text. */
  readonly st: (key: ReadinessSheetKey) => string;
  /** The threshold in force, as a formula. */
  readonly thr: string;
}

/** The readiness checklist as a sheet in `lang`: texts, input cells, result formulas, validation and highlighting. */
export function renderReadiness(model: ReadinessModel, lang: Lang, options: RenderOptions = {}): SheetSpec {
  const t = translator(READINESS_SHEET_TEXT, lang);
  const l = readinessLayout(model.respondents.length, model.conditions.length);
  const ref = readinessRefs(l);
  const p: Parts = { t, lang, l, ref, st: (k) => formulaText(t(k)), thr: ref.thresholdInForce };
  // values reach the last named respondent; the spare columns right of it hold only rules (validation, highlighting)
  const g = new GridBuilder(l.lastRow + 1, l.firstScoreCol + l.respondents);
  writeCells(g, model, p, options);
  const head = headLook(ROW, { width: l.firstScoreCol, instructionHeight: 48 });
  return {
    ...sheetBase(t("sheetName"), g, head, tableLook(p)),
    columnWidths: columnWidths(model, l),
    validations: validations(p),
    conditionalFormats: highlighting(p),
    freezeRows: ROW.header + 1,
    // one page: the title, the results and the 14 conditions with the respondents' scores
    print: printSetup(t("title"), lang, {
      area: area(0, 0, l.lastRow + 1, l.firstScoreCol + Math.max(1, l.respondents)),
      headerRow: ROW.header,
      fit: { wide: 1, tall: 1 },
    }),
    charts: [profileChart(model, lang, l)],
  };
}

/** The chart's name on the sheet: re-creating replaces it. */
export const READINESS_CHART = "KAM_ReadinessProfile";

/**
 * Each respondent's scores as bars from the threshold: weak ones grow to the left, strong ones to the right, R01 at
 * the top. The bars follow the cells (an empty cell is no bar); the axis stays where the threshold was when the
 * sheet was made, and the title says where that is (re-creating moves it).
 */

/** The head, the results, the header row, each condition's entries and every covered row's formulas. */
function writeCells(g: GridBuilder, model: ReadinessModel, p: Parts, options: RenderOptions): void {
  const { t, lang, l, ref, st, thr } = p;
  writeHead(g, ROW, {
    title: t("title"),
    instruction: t("instruction", { threshold: formatThreshold(thresholdOf(model), lang) }),
    legend: t("legend", { na: t("naMark") }),
  });
  g.set(ROW.threshold, LABEL_COL, t("threshold"));
  g.set(ROW.threshold, VALUE_COL, isKeptEntry(model.threshold) ? keptContent(model.threshold) : model.threshold, "0.0#");
  g.set(ROW.index, LABEL_COL, t("index"));
  const results = options.portable ? portableResults(ref, lang) : kamResults(ref, lang);
  g.set(ROW.index, VALUE_COL, { formula: results.index }, "0.00");
  g.set(ROW.percent, LABEL_COL, t("percent"));
  g.set(ROW.percent, VALUE_COL, { formula: results.percent }, "0%");
  g.set(ROW.weakCount, LABEL_COL, t("weakCount"));
  g.set(ROW.weakCount, VALUE_COL, { formula: results.weakCount }, "0");
  g.set(ROW.verdict, LABEL_COL, t("verdict"));
  g.set(ROW.verdict, VALUE_COL, { formula: results.verdict });

  g.set(ROW.header, COL.id, t("hId"));
  g.set(ROW.header, COL.text, t("hCondition"));
  g.set(ROW.header, COL.notApplicable, t("hNotApplicable"));
  g.set(ROW.header, l.statusCol, t("hStatus"));
  g.set(ROW.header, l.meanCol, t("hMean"));
  g.set(ROW.header, l.minCol, t("hMin"));
  g.set(ROW.header, l.maxCol, t("hMax"));
  g.set(ROW.header, l.notesCol, t("hNotes"));
  model.respondents.forEach((name, i) => g.set(ROW.header, l.firstScoreCol + i, name === "" ? t("hScore") : name));

  model.conditions.forEach((c, i) => {
    const row = FIRST_CONDITION_ROW + i;
    g.set(row, COL.id, c.id);
    g.set(row, COL.text, orFormula(c, "text", itemText(c, standardCondition(c.id), lang) ?? ""));
    g.set(row, COL.notApplicable, orFormula(c, "notApplicable", c.notApplicableAs ?? (c.notApplicable ? t("naMark") : null)));
    c.scores.forEach((s, j) => g.set(row, l.firstScoreCol + j, isKeptEntry(s) ? keptContent(s) : s));
    g.set(row, l.notesCol, c.note);
  });

  // every covered row computes, spare rows included: a condition typed there counts at once
  for (let row = FIRST_CONDITION_ROW; row <= l.lastRow; row++) {
    const scores = ref.rowScores(row);
    const na = markFormula(ref.at(row, COL.notApplicable));
    const hasText = markFormula(ref.at(row, COL.text));
    const count = wholeCount(scores, SCORE_MIN, SCORE_MAX);
    const mean = ref.at(row, l.meanCol);
    const disputed = `${ref.at(row, l.maxCol)}-${ref.at(row, l.minCol)}>=${DISPUTE_SPREAD}`;
    g.set(row, l.meanCol, { formula: `=IF(${na},"",IF(${count}=0,"",${wholeSum(scores, SCORE_MIN, SCORE_MAX)}/${count}))` }, "0.00");
    g.set(row, l.minCol, { formula: `=IF(${mean}="","",${wholeExtreme(scores, SCORE_MIN, SCORE_MAX, "min")})` }, "0");
    g.set(row, l.maxCol, { formula: `=IF(${mean}="","",${wholeExtreme(scores, SCORE_MIN, SCORE_MAX, "max")})` }, "0");
    // a row is a condition when it has text or a valid score (isItemRow); otherwise it is a remark
    g.set(row, l.statusCol, {
      formula:
        `=IF(${na},IF(OR(${hasText},${count}>0),${st("stNotApplicable")},""),IF(${mean}="",IF(${hasText},${st("stUnrated")},""),` +
        `IF(${mean}<${thr},IF(${disputed},${st("stWeakDisputed")},${st("stWeak")}),IF(${disputed},${st("stDisputed")},""))))`,
    });
  }
}

/** The conditions' rows, and their scores' block. */
function tableAreas(l: Layout) {
  const n = l.lastRow - FIRST_CONDITION_ROW + 1;
  return { first: FIRST_CONDITION_ROW, n, scoreArea: area(FIRST_CONDITION_ROW, l.firstScoreCol, n, l.lastScoreCol - l.firstScoreCol + 1) };
}

/** Weak, strong, disputed and invalid entries, n/a rows and the verdict, highlighted as the sheet computes them. */
function highlighting(p: Parts): ConditionalFormat[] {
  const { lang, l, ref, st, thr } = p;
  const { first, n, scoreArea } = tableAreas(l);
  const topLeftScore = ref.cell(first, l.firstScoreCol);
  const firstNa = markFormula(ref.at(first, COL.notApplicable));
  const firstStatus = ref.at(first, l.statusCol);
  const firstMean = ref.at(first, l.meanCol);
  const strong = `MAX(${STRONG_FROM},${thr})`;
  const validScore = isWholeIn(topLeftScore, SCORE_MIN, SCORE_MAX);
  const statusIs = (...keys: ReadinessSheetKey[]) => `OR(${keys.map((k) => `${firstStatus}=${st(k)}`).join(",")})`;
  return [
    { area: area(first, 0, n, l.firstScoreCol), formula: `=${firstNa}`, fontColor: PALETTE.mutedFont },
    {
      area: scoreArea,
      formula: `=${isInvalidEntry(topLeftScore, SCORE_MIN, SCORE_MAX)}`,
      fill: PALETTE.invalidFill,
      fontColor: PALETTE.badFont,
      bold: true,
    },
    {
      area: scoreArea,
      formula: `=AND(NOT(${firstNa}),${validScore},${topLeftScore}<${thr})`,
      fill: PALETTE.badFill,
      fontColor: PALETTE.badFont,
    },
    {
      area: scoreArea,
      formula: `=AND(NOT(${firstNa}),${validScore},${topLeftScore}>=${strong})`,
      fill: PALETTE.goodFill,
      fontColor: PALETTE.goodFont,
    },
    {
      area: area(first, 0, n, 2),
      formula: `=${statusIs("stWeak", "stWeakDisputed")}`,
      fill: PALETTE.badFill,
      fontColor: PALETTE.badFont,
      bold: true,
    },
    {
      area: area(first, 0, n, 2),
      formula: `=AND(ISNUMBER(${firstMean}),${firstMean}>=${strong})`,
      fill: PALETTE.goodFill,
      fontColor: PALETTE.goodFont,
    },
    {
      area: area(first, l.statusCol, n, 1),
      formula: `=${statusIs("stDisputed", "stWeakDisputed")}`,
      fill: PALETTE.warnFill,
      fontColor: PALETTE.warnFont,
      bold: true,
    },
    ...verdictFormats(lang, ref.verdict),
  ];
}

/** What the score, n/a and threshold cells accept, with their prompts. */
function validations({ t, l }: Parts): Validation[] {
  const { first, n, scoreArea } = tableAreas(l);
  return [
    {
      area: scoreArea,
      rule: { kind: "wholeNumber", min: SCORE_MIN, max: SCORE_MAX },
      prompt: { title: t("scorePromptTitle"), message: t("scorePrompt") },
      error: { title: t("scoreErrorTitle"), message: t("scoreError") },
    },
    {
      area: area(first, COL.notApplicable, n, 1),
      rule: { kind: "list", items: [t("naMark")] },
      prompt: { title: t("hNotApplicable"), message: t("naPrompt") },
      error: { title: t("hNotApplicable"), message: t("naPrompt") },
    },
    {
      area: area(ROW.threshold, VALUE_COL),
      rule: { kind: "decimal", min: SCORE_MIN, max: SCORE_MAX },
      prompt: { title: t("threshold"), message: t("thresholdPrompt") },
      error: { title: t("threshold"), message: t("thresholdError") },
    },
  ];
}

/** The results' and the table's look (the head's is shared: scaffold.ts). */
function tableLook({ l }: Parts): StyledArea[] {
  const { first, n } = tableAreas(l);
  const width = l.columnCount;
  return [
    { area: area(ROW.threshold, LABEL_COL, ROW.verdict - ROW.threshold + 1, 1), style: { horizontal: "Right" } },
    { area: area(ROW.threshold, VALUE_COL), style: { fill: PALETTE.inputFill, horizontal: "Center" } },
    { area: area(ROW.index, VALUE_COL, ROW.weakCount - ROW.index + 1, 1), style: { bold: true, horizontal: "Center" } },
    { area: area(ROW.verdict, VALUE_COL), style: { bold: true } },
    { area: area(ROW.header, 0, 1, l.firstScoreCol + l.respondents), style: HEADER_STYLE },
    { area: area(first, 0, n, width), style: { vertical: "Top" } },
    { area: area(first, COL.text, n, 1), style: { wrap: true } },
    { area: area(first, COL.notApplicable, n, 1), style: { fill: PALETTE.inputFill, horizontal: "Center" } },
    { area: area(first, l.meanCol, n, l.notesCol - l.meanCol), style: { horizontal: "Center" } },
    { area: area(first, l.notesCol, n, 1), style: { fill: PALETTE.inputFill, wrap: true } },
    { area: area(first, l.firstScoreCol, n, l.respondents), style: { fill: PALETTE.inputFill, horizontal: "Center" } },
    { area: area(first, l.firstScoreCol + l.respondents, n, SPARE_RESPONDENTS), style: { horizontal: "Center" } },
  ];
}

/** Column widths in points: the condition's text wide, each respondent by the length of their name. */
function columnWidths(model: ReadinessModel, l: Layout): number[] {
  const width = l.columnCount;
  const columnWidths = new Array<number>(width).fill(64);
  columnWidths[COL.id] = 36;
  columnWidths[COL.text] = 380;
  columnWidths[COL.notApplicable] = 40;
  columnWidths[l.statusCol] = 110;
  columnWidths[l.meanCol] = 64;
  columnWidths[l.minCol] = columnWidths[l.maxCol] = 40;
  columnWidths[l.notesCol] = 240;
  model.respondents.forEach((name, i) => (columnWidths[l.firstScoreCol + i] = Math.min(150, Math.max(64, name.length * 7))));
  return columnWidths;
}

function profileChart(model: ReadinessModel, lang: Lang, l: ReturnType<typeof readinessLayout>): ChartSpec {
  const t = translator(READINESS_SHEET_TEXT, lang);
  const rows = Math.max(1, model.conditions.length);
  const column = (col: number) => area(FIRST_CONDITION_ROW, col, rows, 1);
  const threshold = thresholdOf(model);
  const names = model.respondents.length > 0 ? model.respondents : [""];
  return {
    name: READINESS_CHART,
    type: "bar",
    title: t("chartTitle", { threshold: formatThreshold(threshold, lang) }),
    categories: column(COL.id),
    series: names.map((name, i) => ({
      name: name === "" ? t("hScore") : name,
      values: column(l.firstScoreCol + i),
      color: i === 0 ? PALETTE.chartMain : SERIES_COLORS[(i - 1) % SERIES_COLORS.length]!,
    })),
    valueAxis: { min: SCORE_MIN, max: SCORE_MAX, majorUnit: 1, crossesAt: threshold },
    categoriesTopDown: true,
    at: area(l.lastRow + 2, COL.text, CHART_ROWS, 3),
  };
}

type Refs = ReturnType<typeof readinessRefs>;

/** (index − 1) / 4: the index as a share, blank while there is none. */
const asShare = (index: string) => `(${index}-${SCORE_MIN})/${SCORE_MAX - SCORE_MIN}`;

/**
 * The result block with the KAM.* functions. Each cell computes from the entries, none from another result cell,
 * so that a value typed over one result leaves the others right.
 */
function kamResults(ref: Refs, lang: Lang) {
  // an error value in an entry counts nowhere, as in the pane (functionArgs.ts)
  const [scores, notApplicable, texts] = [entriesArg(ref.scores), marksArg(ref.notApplicable), marksArg(ref.texts)];
  const index = `KAM.READINESS(${scores},${notApplicable},${texts})`;
  return {
    index: `=${index}`,
    percent: `=IFERROR(${asShare(index)},"")`,
    weakCount: `=KAM.WEAKCOUNT(${scores},${ref.thresholdInForce},${notApplicable},${texts})`,
    verdict: `=KAM.VERDICT(${scores},${ref.thresholdInForce},"${lang}",${notApplicable},${texts})`,
  };
}

/**
 * The same results with native functions only, for workbooks opened without the add-in: counted from the status
 * and mean columns, so that every engine agrees (no criterion on empty cells, which engines read differently).
 */
function portableResults(ref: Refs, lang: Lang) {
  const t = translator(READINESS_SHEET_TEXT, lang);
  const count = (k: ReadinessSheetKey) => `COUNTIF(${ref.statuses},${formulaText(t(k))})`;
  const rated = `COUNT(${ref.means})`;
  const weak = `(${count("stWeak")}+${count("stWeakDisputed")})`;
  const v = (k: keyof (typeof VERDICT_TEXT)["en"]) => formulaText(VERDICT_TEXT[lang][k]);
  return {
    index: `=IF(${rated}=0,"",AVERAGE(${ref.means}))`,
    percent: `=IF(${rated}=0,"",${asShare(`AVERAGE(${ref.means})`)})`,
    weakCount: `=${weak}`,
    verdict: `=IF(${weak}>=2,${v("NOT_READY")},IF(OR(${count("stUnrated")}>0,${rated}=0),${v("INCOMPLETE")},IF(${weak}=1,${v("READY_WITH_GAPS")},${v("READY")})))`,
  };
}

function formatThreshold(threshold: number, lang: Lang): string {
  return Number.isInteger(threshold) ? String(threshold) : formatNumber(threshold, lang, 1);
}

/** The verdict cell is coloured by severity: red, amber, green, grey. */
function verdictFormats(lang: Lang, verdictCell: string): ConditionalFormat[] {
  const at = area(ROW.verdict, VALUE_COL);
  const is = (v: keyof (typeof VERDICT_TEXT)["en"]) => `=${verdictCell}=${formulaText(VERDICT_TEXT[lang][v])}`;
  return [
    { area: at, formula: is("NOT_READY"), fill: PALETTE.badFill, fontColor: PALETTE.badFont, bold: true },
    { area: at, formula: is("READY_WITH_GAPS"), fill: PALETTE.warnFill, fontColor: PALETTE.warnFont, bold: true },
    { area: at, formula: is("READY"), fill: PALETTE.goodFill, fontColor: PALETTE.goodFont, bold: true },
    { area: at, formula: is("INCOMPLETE"), fontColor: PALETTE.mutedFont, bold: true },
  ];
}
