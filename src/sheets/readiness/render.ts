import type { Lang } from "../../domain/lang";
import { thresholdOf } from "../../domain/readiness/checklist";
import { standardCondition } from "../../domain/readiness/conditions";
import { type ReadinessModel, isKeptEntry } from "../../domain/readiness/model";
import { DISPUTE_SPREAD, SCORE_MAX, SCORE_MIN, STRONG_FROM } from "../../domain/readiness/scale";
import { formatNumber, translator } from "../../i18n/format";
import { READINESS_SHEET_TEXT } from "../../i18n/readinessSheetText";
import { VERDICT_TEXT } from "../../i18n/verdictText";
import { absoluteCell } from "../address";
import { GridBuilder, area, formulaText } from "../grid";
import { keptContent, noteContent, orFormula } from "../labels";
import { PALETTE } from "../palette";
import type { ConditionalFormat, RenderOptions, SheetSpec, StyledArea, Validation } from "../spec";
import { COL, FIRST_CONDITION_ROW, LABEL_COL, ROW, VALUE_COL, readinessLayout, readinessRefs } from "./layout";

/** The readiness checklist as a sheet in `lang`: texts, input cells, result formulas, validation and highlighting. */
export function renderReadiness(model: ReadinessModel, lang: Lang, options: RenderOptions = {}): SheetSpec {
  const t = translator(READINESS_SHEET_TEXT, lang);
  const l = readinessLayout(model.respondents.length, model.conditions.length);
  const ref = readinessRefs(l);
  const g = new GridBuilder(l.lastRow + 1, l.columnCount);

  g.set(ROW.title, 0, t("title"));
  g.set(ROW.instruction, 0, t("instruction", { threshold: formatThreshold(thresholdOf(model), lang) }));
  g.set(ROW.legend, 0, t("legend", { na: t("naMark") }));
  g.set(ROW.threshold, LABEL_COL, t("threshold"));
  g.set(ROW.threshold, VALUE_COL, isKeptEntry(model.threshold) ? keptContent(model.threshold) : model.threshold, "0.0#");
  g.set(ROW.index, LABEL_COL, t("index"));
  const results = options.portable ? portableResults(ref, l, lang) : kamResults(ref, lang);
  g.set(ROW.index, VALUE_COL, { formula: results.index }, "0.00");
  g.set(ROW.percent, LABEL_COL, t("percent"));
  g.set(ROW.percent, VALUE_COL, { formula: `=IF(ISNUMBER(${ref.index}),(${ref.index}-${SCORE_MIN})/${SCORE_MAX - SCORE_MIN},"")` }, "0%");
  g.set(ROW.weakCount, LABEL_COL, t("weakCount"));
  g.set(ROW.weakCount, VALUE_COL, { formula: results.weakCount }, "0");
  g.set(ROW.verdict, LABEL_COL, t("verdict"));
  g.set(ROW.verdict, VALUE_COL, { formula: results.verdict });

  g.set(ROW.header, COL.id, t("hId"));
  g.set(ROW.header, COL.text, t("hCondition"));
  g.set(ROW.header, COL.notApplicable, t("hNotApplicable"));
  model.respondents.forEach((name, i) => g.set(ROW.header, COL.firstScore + i, name === "" ? t("hScore") : name));
  if (l.meanCol !== null && l.minCol !== null && l.maxCol !== null) {
    g.set(ROW.header, l.meanCol, t("hMean"));
    g.set(ROW.header, l.minCol, t("hMin"));
    g.set(ROW.header, l.maxCol, t("hMax"));
  }
  g.set(ROW.header, l.statusCol, t("hStatus"));
  g.set(ROW.header, l.notesCol, t("hNotes"));

  model.conditions.forEach((c, i) => {
    const row = FIRST_CONDITION_ROW + i;
    const scores = ref.rowScores(row);
    const naCell = ref.rowNotApplicable(row);
    g.set(row, COL.id, c.id);
    g.set(row, COL.text, orFormula(c, "text", c.text ?? standardCondition(c.id)?.text[lang] ?? ""));
    g.set(row, COL.notApplicable, orFormula(c, "notApplicable", c.notApplicable ? t("naMark") : null));
    c.scores.forEach((s, j) => g.set(row, COL.firstScore + j, isKeptEntry(s) ? keptContent(s) : s));
    const blankIf = `OR(${naCell}<>"",COUNT(${scores})=0)`;
    if (l.meanCol !== null && l.minCol !== null && l.maxCol !== null) {
      g.set(row, l.meanCol, { formula: `=IF(${blankIf},"",AVERAGE(${scores}))` }, "0.00");
      g.set(row, l.minCol, { formula: `=IF(${blankIf},"",MIN(${scores}))` }, "0");
      g.set(row, l.maxCol, { formula: `=IF(${blankIf},"",MAX(${scores}))` }, "0");
    }
    const disputed = `MAX(${scores})-MIN(${scores})>=${DISPUTE_SPREAD}`;
    const st = (k: Parameters<typeof t>[0]) => formulaText(t(k));
    g.set(row, l.statusCol, {
      formula:
        `=IF(${naCell}<>"",${st("stNotApplicable")},IF(COUNT(${scores})=0,${st("stUnrated")},` +
        `IF(AVERAGE(${scores})<${ref.threshold},IF(${disputed},${st("stWeakDisputed")},${st("stWeak")}),` +
        `IF(${disputed},${st("stDisputed")},""))))`,
    });
    g.set(row, l.notesCol, noteContent(c.note));
  });

  const n = Math.max(1, model.conditions.length);
  const width = l.columnCount;
  const first = FIRST_CONDITION_ROW;
  const scoreArea = area(first, COL.firstScore, n, l.respondents);
  const firstScores = ref.rowScores(first);
  const firstNa = ref.rowNotApplicable(first);
  const topLeftScore = ref.cell(first, COL.firstScore);
  const strong = `MAX(${STRONG_FROM},${ref.threshold})`;
  const rowRated = `AND(${firstNa}="",COUNT(${firstScores})>0`;

  const conditionalFormats: ConditionalFormat[] = [
    { area: area(first, 0, n, width), formula: `=${firstNa}<>""`, fontColor: PALETTE.mutedFont },
    { area: scoreArea, formula: `=AND(${firstNa}="",ISNUMBER(${topLeftScore}),${topLeftScore}<${ref.threshold})`, fill: PALETTE.badFill, fontColor: PALETTE.badFont },
    { area: scoreArea, formula: `=AND(${firstNa}="",ISNUMBER(${topLeftScore}),${topLeftScore}>=${strong})`, fill: PALETTE.goodFill, fontColor: PALETTE.goodFont },
    { area: area(first, 0, n, 2), formula: `=${rowRated},AVERAGE(${firstScores})<${ref.threshold})`, fill: PALETTE.badFill, fontColor: PALETTE.badFont, bold: true },
    { area: area(first, 0, n, 2), formula: `=${rowRated},AVERAGE(${firstScores})>=${strong})`, fill: PALETTE.goodFill, fontColor: PALETTE.goodFont },
    { area: area(first, l.statusCol, n, 1), formula: `=${rowRated},MAX(${firstScores})-MIN(${firstScores})>=${DISPUTE_SPREAD})`, fill: PALETTE.warnFill, fontColor: PALETTE.warnFont, bold: true },
    ...verdictFormats(lang, ref.verdict),
  ];

  const validations: Validation[] = [
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

  const styles: StyledArea[] = [
    { area: area(ROW.title, 0), style: { bold: true, fontSize: 14, fontColor: PALETTE.titleFont } },
    { area: area(ROW.instruction, 0, 1, width), style: { wrap: true, vertical: "Top" } },
    { area: area(ROW.legend, 0, 1, width), style: { italic: true, fontColor: PALETTE.mutedFont } },
    { area: area(ROW.threshold, LABEL_COL, ROW.verdict - ROW.threshold + 1, 1), style: { horizontal: "Right" } },
    { area: area(ROW.threshold, VALUE_COL), style: { fill: PALETTE.inputFill, horizontal: "Center" } },
    { area: area(ROW.index, VALUE_COL, ROW.weakCount - ROW.index + 1, 1), style: { bold: true, horizontal: "Center" } },
    { area: area(ROW.verdict, VALUE_COL), style: { bold: true } },
    { area: area(ROW.header, 0, 1, width), style: { bold: true, fill: PALETTE.headerFill, borderBottom: PALETTE.headerBorder, wrap: true, vertical: "Center" } },
    { area: area(first, 0, n, width), style: { vertical: "Top" } },
    { area: area(first, COL.text, n, 1), style: { wrap: true } },
    { area: area(first, COL.notApplicable, n, 1 + l.respondents), style: { fill: PALETTE.inputFill, horizontal: "Center" } },
    { area: area(first, l.notesCol, n, 1), style: { fill: PALETTE.inputFill, wrap: true } },
  ];
  if (l.meanCol !== null) styles.push({ area: area(first, l.meanCol, n, 3), style: { horizontal: "Center" } });

  const columnWidths = new Array<number>(width).fill(60);
  columnWidths[COL.id] = 36;
  columnWidths[COL.text] = 380;
  columnWidths[COL.notApplicable] = 40;
  model.respondents.forEach((name, i) => (columnWidths[COL.firstScore + i] = Math.min(150, Math.max(64, name.length * 7))));
  if (l.minCol !== null && l.maxCol !== null) columnWidths[l.minCol] = columnWidths[l.maxCol] = 40;
  columnWidths[l.statusCol] = 110;
  columnWidths[l.notesCol] = 240;

  return {
    name: t("sheetName"),
    cells: g.cells,
    numberFormats: g.numberFormats,
    styles,
    merges: [area(ROW.title, 0, 1, width), area(ROW.instruction, 0, 1, width), area(ROW.legend, 0, 1, width)],
    columnWidths,
    rowHeights: [{ row: ROW.instruction, height: 48 }],
    validations,
    conditionalFormats,
    freezeRows: ROW.header + 1,
    print: { landscape: true, fitToWidth: true, titleRows: { from: ROW.header, to: ROW.header } },
  };
}

type Refs = ReturnType<typeof readinessRefs>;

function kamResults(ref: Refs, lang: Lang) {
  return {
    index: `=KAM.READINESS(${ref.scores},${ref.notApplicable})`,
    weakCount: `=KAM.WEAKCOUNT(${ref.scores},${ref.threshold},${ref.notApplicable})`,
    verdict: `=KAM.VERDICT(${ref.scores},${ref.threshold},"${lang}",${ref.notApplicable})`,
  };
}

/**
 * The same results with native functions only, for workbooks opened without the add-in. With several
 * respondents they build on the mean column (blank for unrated and n/a conditions); with one, on the scores.
 */
function portableResults(ref: Refs, l: ReturnType<typeof readinessLayout>, lang: Lang) {
  const na = ref.notApplicable;
  const perCondition = l.meanCol === null ? ref.scores : `${ref.cell(FIRST_CONDITION_ROW, l.meanCol)}:${ref.cell(l.lastRow, l.meanCol)}`;
  const rated = l.meanCol === null ? `COUNTIFS(${na},"",${ref.scores},">0")` : `COUNT(${perCondition})`;
  const unrated = `COUNTIFS(${na},"",${perCondition},"")`;
  const weak = absoluteCell(ROW.weakCount, VALUE_COL);
  const v = (k: keyof (typeof VERDICT_TEXT)["en"]) => formulaText(VERDICT_TEXT[lang][k]);
  return {
    index: l.meanCol === null ? `=IF(${rated}=0,"",AVERAGEIFS(${ref.scores},${na},""))` : `=IF(${rated}=0,"",AVERAGE(${perCondition}))`,
    weakCount: l.meanCol === null ? `=COUNTIFS(${ref.scores},"<"&${ref.threshold},${na},"")` : `=COUNTIF(${perCondition},"<"&${ref.threshold})`,
    verdict: `=IF(${weak}>=2,${v("NOT_READY")},IF(OR(${unrated}>0,${rated}=0),${v("INCOMPLETE")},IF(${weak}=1,${v("READY_WITH_GAPS")},${v("READY")})))`,
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
