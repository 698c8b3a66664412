import { type NumberEntry, isKeptEntry } from "../../../domain/entry";
import type { Lang } from "../../../domain/lang";
import { criterionLabel } from "../domain/criteria";
import { ACCOUNT_CLASSES, GROUPS, cutOffOf } from "../domain/evaluate";
import {
  CAPACITY_MAX,
  type CriterionGroup,
  DEFAULT_CAPACITY,
  DEFAULT_CUT_OFF,
  type SelectionModel,
  SCORE_MAX,
  SCORE_MIN,
  WEIGHT_MAX,
  WEIGHT_MIN,
  WEIGHT_TOTAL,
} from "../domain/model";
import { translator } from "../../../i18n/format";
import { CLASS_TEXT, type ClassWord } from "../i18n/classText";
import { SELECTION_SHEET_TEXT, type SelectionSheetKey } from "../i18n/selectionSheetText";
import { GridBuilder, area, formulaText } from "../../../sheets/grid";
import { keptContent, orFormula } from "../../../sheets/kept";
import { PALETTE } from "../../../sheets/palette";
import { printSetup } from "../../../sheets/print";
import { HEADER_STYLE, headLook, sheetBase, writeHead } from "../../../sheets/scaffold";
import type {
  BubbleChartSpec,
  CellContent,
  ConditionalFormat,
  RenderOptions,
  SheetSpec,
  StyledArea,
  Validation,
} from "../../../sheets/spec";
import { isInvalidEntry, isWholeIn } from "../../../sheets/wholeNumbers";
import {
  CHART_LAST_ROW,
  COL,
  FIRST_CUSTOMER_ROW,
  PORTFOLIO_CHART,
  ROW,
  PLOT_KEYS,
  SMALLEST_BUBBLE_ROW,
  SETTING_COL,
  SPARE_CUSTOMERS,
  SUMMARY_COL,
  type SelectionRefs,
  TABLE_NAME,
  WARNING_COL,
  selectionRefs,
} from "./layout";

/** What the parts of the sheet share: its words, the class words as formulas compare them, the covered rows, the refs. */
interface Parts {
  readonly t: ReturnType<typeof translator<SelectionSheetKey>>;
  readonly lang: Lang;
  readonly word: (k: ClassWord) => string;
  /** A group's name in a formula. */
  readonly group: (g: CriterionGroup) => string;
  /** Rows with formulas and rules: the customers and the spare rows below. */
  readonly covered: number;
  readonly ref: SelectionRefs;
}

/**
 * The header text of a criterion: its number, then its text ("K02 Wachstum"). The number keeps two criteria of
 * the same text apart (a table's headers are unique) and lets the reader tell a standard criterion in any language.
 */
export function criterionHeader(c: { readonly id: string; readonly text: string | null }, lang: Lang): string {
  return `${c.id} ${criterionLabel(c, lang)}`;
}

/**
 * The axis parts of a row, native formulas only (alike in Excel, LibreOffice and Google Sheets; one pass over the
 * row's criteria, so a row costs as much as it has criteria): the weighted sum of the scores that count, their
 * weights and how many there are. The weights come from the group's row of weights that count (each criterion's
 * valid weight in its own group, computed once for the sheet); a score counts when it is a whole number 0–10: text,
 * decimals and error values count as nothing (IFERROR inside SUMPRODUCT), as in the pane.
 */
function axisParts(ref: SelectionRefs, row: number, group: CriterionGroup) {
  const w = ref.counted[group];
  const s = ref.scores(row);
  const scored = `ISNUMBER(${s})*(${s}=INT(${s}))*(${s}>=${SCORE_MIN})*(${s}<=${SCORE_MAX})`;
  const sum = (product: string) => `SUMPRODUCT(IFERROR(${product},0))`;
  return {
    /** Σ weight × score over the group's scored criteria. */
    weighted: sum(`${w}*${scored}*${s}`),
    /** Σ weight over them: 0 exactly when none is scored. */
    weights: sum(`${w}*${scored}`),
    /** How many of the group's counted criteria (weight above 0) are scored. */
    scored: sum(`(${w}>0)*${scored}`),
    /** How many criteria the group counts. */
    criteria: `COUNTIF(${w},">0")`,
  };
}

/** The cut-off in force: a number 0–10 in its cell, else 5. */
function cutOffInForce(ref: SelectionRefs): string {
  const c = ref.cutOff;
  return `IF(ISNUMBER(${c}),IF(AND(${c}>=${SCORE_MIN},${c}<=${SCORE_MAX}),${c},${DEFAULT_CUT_OFF}),${DEFAULT_CUT_OFF})`;
}

/** The capacity in force: a whole number 0–999 in its cell, else 4. */
function capacityInForce(ref: SelectionRefs): string {
  return `IF(${isWholeIn(ref.capacity, 0, CAPACITY_MAX)},${ref.capacity},${DEFAULT_CAPACITY})`;
}

/**
 * The key-account selection as a sheet in `lang`: the settings and the summary, each criterion's group and weight
 * above the customers' table, each customer's scores, class and rank. Every computed cell uses native functions
 * (the sheet works without the add-in, and a row costs as much as it has criteria); `options.portable` changes
 * nothing here.
 */
export function renderSelection(model: SelectionModel, lang: Lang, _options: RenderOptions = {}): SheetSpec {
  const t = translator(SELECTION_SHEET_TEXT, lang);
  const n = Math.max(1, model.customers.length);
  const ref = selectionRefs(model.criteria.length, model.customers.length);
  const p: Parts = {
    t,
    lang,
    word: (k) => formulaText(CLASS_TEXT[lang][k]),
    group: (g) => formulaText(t(g)),
    covered: n + SPARE_CUSTOMERS,
    ref,
  };
  const { cols } = ref;
  const g = new GridBuilder(FIRST_CUSTOMER_ROW + p.covered, cols.width);
  writeHead(g, ROW, { title: t("title"), instruction: t("instruction"), legend: t("legend") });
  writeSettings(g, model, p);
  writeSummary(g, p);
  writeCriteria(g, model, p);
  writeCustomers(g, model, p);
  writePlot(g, p);
  const head = headLook(ROW, { width: cols.count, instructionHeight: 48 });
  return {
    ...sheetBase(t("sheetName"), g, head, look(p)),
    rowHeights: [...head.rowHeights, { row: ROW.header, height: 60 }],
    columnWidths: [40, 170, 80, 80, ...model.criteria.map(() => 72), 90, 90, 140, 45, 200, ...Object.values(cols.plot).map(() => 90)],
    validations: validations(model, p),
    conditionalFormats: highlighting(model, p),
    freezeRows: FIRST_CUSTOMER_ROW,
    freezeColumns: COL.customer + 1,
    tables: [{ name: TABLE_NAME, area: area(ROW.header, 0, n + 1, cols.count), style: "TableStyleLight9" }],
    // one page wide, as many down as the customers need
    print: printSetup(t("title"), lang, { area: area(0, 0, FIRST_CUSTOMER_ROW + n, cols.count), headerRow: ROW.header, fit: { wide: 1 } }),
    charts: [portfolioChart(model, p)],
  };
}

const PLOT_COUNT = PLOT_KEYS.length;

/**
 * The portfolio: attractiveness (y) against strength (x), a bubble per customer with a class, sized by revenue,
 * named from the customer column; the axes cross at the cut-off, as in the pane's picture, so the quadrant says
 * the class. The bubbles follow the cells; the lines stay where the cut-off was when the sheet was made, and the
 * title says where that is (re-creating moves them). It sits over the chart's columns above their header.
 */
function portfolioChart(model: SelectionModel, { t, lang, covered, ref }: Parts): BubbleChartSpec {
  const { cols } = ref;
  const cutOff = cutOffOf(model);
  const column = (col: number) => area(FIRST_CUSTOMER_ROW, col, covered, 1);
  const axis = (title: string) => ({ min: SCORE_MIN, max: SCORE_MAX, majorUnit: 1, crossesAt: cutOff, title });
  return {
    name: PORTFOLIO_CHART,
    type: "bubble",
    title: t("chartTitle", { cutOff: cutOff.toLocaleString(lang) }),
    series: [
      {
        name: t("hCustomer"),
        x: column(cols.plot.x),
        y: column(cols.plot.y),
        size: column(cols.plot.size),
        labels: column(COL.customer),
        labelledRows: model.customers.map((_, i) => i),
        color: PALETTE.chartMain,
      },
    ],
    xAxis: axis(t("strength")),
    yAxis: axis(t("attractiveness")),
    at: area(0, cols.plot.x, CHART_LAST_ROW + 1, Object.keys(cols.plot).length),
  };
}

/**
 * The chart's columns: a customer with a class has its strength (x), its attractiveness (y) and its revenue as the
 * bubble's size (at least the smallest bubble's); every other cell holds #N/A, which no chart draws (text or
 * blanks would be drawn at 0, and text among the x values would turn them all into 1, 2, 3…). Below the chart,
 * the smallest bubble: a twentieth of the largest revenue, computed once for the sheet.
 */
function writePlot(g: GridBuilder, { t, covered, ref }: Parts): void {
  const { cols } = ref;
  const { plot } = cols;
  g.set(ROW.header, plot.x, t("plotX"));
  g.set(ROW.header, plot.y, t("plotY"));
  g.set(ROW.header, plot.size, t("plotSize"));
  g.set(SMALLEST_BUBBLE_ROW, plot.x, t("smallestBubble"));
  const smallest = ref.abs(SMALLEST_BUBBLE_ROW, plot.size);
  g.set(SMALLEST_BUBBLE_ROW, plot.size, { formula: `=MAX(1,MAX(${ref.column(COL.revenue)})/20)` }, t("amountFormat"));
  for (let row = FIRST_CUSTOMER_ROW; row < FIRST_CUSTOMER_ROW + covered; row++) {
    const cell = (c: number) => ref.cell(row, c);
    // the rank is a number exactly when the row has a class
    const has = `ISNUMBER(${cell(cols.rank)})`;
    g.set(row, plot.x, { formula: `=IF(${has},${cell(cols.strength)},NA())` }, "0.00");
    g.set(row, plot.y, { formula: `=IF(${has},${cell(cols.attractiveness)},NA())` }, "0.00");
    const revenue = cell(COL.revenue);
    g.set(row, plot.size, { formula: `=IF(${has},MAX(N(${revenue}),${smallest}),NA())` }, t("amountFormat"));
  }
}

function entry(e: NumberEntry): CellContent {
  return e === null ? null : isKeptEntry(e) ? keptContent(e) : e;
}

/** The cut-off and the capacity, and the warning when there are more key accounts than the capacity. */
function writeSettings(g: GridBuilder, model: SelectionModel, { t, word, ref }: Parts): void {
  g.set(ROW.cutOff, SUMMARY_COL.label, t("cutOff"));
  g.set(ROW.cutOff, SETTING_COL, entry(model.cutOff));
  g.set(ROW.capacity, SUMMARY_COL.label, t("capacity"));
  g.set(ROW.capacity, SETTING_COL, entry(model.capacity));
  const keys = `COUNTIF(${ref.column(ref.cols.class)},${word("KEY")})`;
  g.set(ROW.capacity, WARNING_COL, { formula: `=IF(${keys}>${capacityInForce(ref)},${formulaText(t("overCapacity"))},"")` });
}

/** How many customers are in each class (and incomplete, not scored), and the revenue of each class. */
function writeSummary(g: GridBuilder, { t, lang, word, ref }: Parts): void {
  g.set(ROW.summaryHeader, SUMMARY_COL.label, t("sClass"));
  g.set(ROW.summaryHeader, SUMMARY_COL.customers, t("sCustomers"));
  g.set(ROW.summaryHeader, SUMMARY_COL.revenue, t("sRevenue"));
  const classes = ref.column(ref.cols.class);
  const revenues = ref.column(ref.cols.revenue);
  const rows: readonly (readonly [number, ClassWord])[] = [
    ...ACCOUNT_CLASSES.map((k, i) => [ROW.firstClass + i, k] as const),
    [ROW.incomplete, "INCOMPLETE"],
    [ROW.unscored, "UNSCORED"],
  ];
  for (const [row, k] of rows) {
    g.set(row, SUMMARY_COL.label, CLASS_TEXT[lang][k]);
    g.set(row, SUMMARY_COL.customers, { formula: `=COUNTIF(${classes},${word(k)})` }, "0");
    if (row < ROW.incomplete)
      g.set(row, SUMMARY_COL.revenue, { formula: `=SUMIFS(${revenues},${classes},${word(k)},${revenues},">=0")` }, t("amountFormat"));
  }
}

/** Each criterion's group, weight and header; each group's weight sum above its score column. */
function writeCriteria(g: GridBuilder, model: SelectionModel, { t, lang, group, ref }: Parts): void {
  g.set(ROW.group, SUMMARY_COL.label, t("group"));
  g.set(ROW.weight, SUMMARY_COL.label, t("weight"));
  model.criteria.forEach((c, i) => {
    const col = COL.firstCriterion + i;
    g.set(ROW.group, col, isKeptEntry(c.group) ? keptContent(c.group) : t(c.group));
    g.set(ROW.weight, col, entry(c.weight));
    g.set(ROW.header, col, criterionHeader(c, lang));
  });
  // the weight that counts, per group: the criterion's valid weight where its group is this one, else 0 (a group or
  // weight cell holding an error value counts nothing)
  const counts = { attractiveness: ROW.countsAttractiveness, strength: ROW.countsStrength } as const;
  for (const k of GROUPS) {
    g.set(counts[k], SUMMARY_COL.label, t(k === "attractiveness" ? "countsAttractiveness" : "countsStrength"));
    model.criteria.forEach((_, i) => {
      const col = COL.firstCriterion + i;
      const [groupCell, weightCell] = [ref.cell(ROW.group, col), ref.cell(ROW.weight, col)];
      const valid = isWholeIn(weightCell, WEIGHT_MIN, WEIGHT_MAX);
      g.set(counts[k], col, { formula: `=IF(IFERROR(${groupCell}=${group(k)},FALSE()),IF(${valid},${weightCell},0),0)` }, "0");
    });
    g.set(ROW.weight, ref.cols[k], { formula: `=SUM(${ref.counted[k]})` }, "0");
  }
}

/** The header, each customer's entries, and every covered row's scores, class and rank. */
function writeCustomers(g: GridBuilder, model: SelectionModel, p: Parts): void {
  const { t, ref, covered } = p;
  const { cols } = ref;
  const headers: readonly (readonly [number, SelectionSheetKey])[] = [
    [COL.id, "hId"],
    [COL.customer, "hCustomer"],
    [COL.revenue, "hRevenue"],
    [COL.potential, "hPotential"],
    [cols.attractiveness, "attractiveness"],
    [cols.strength, "strength"],
    [cols.class, "hClass"],
    [cols.rank, "hRank"],
    [cols.notes, "hNotes"],
  ];
  for (const [c, k] of headers) g.set(ROW.header, c, t(k));
  const amount = t("amountFormat");
  model.customers.forEach((customer, i) => {
    const row = FIRST_CUSTOMER_ROW + i;
    g.set(row, COL.id, customer.id);
    g.set(row, COL.customer, orFormula(customer, "name", customer.name));
    g.set(row, COL.revenue, entry(customer.revenue), amount);
    g.set(row, COL.potential, entry(customer.potential), amount);
    model.criteria.forEach((_, k) => g.set(row, COL.firstCriterion + k, entry(customer.scores[k] ?? null)));
    g.set(row, cols.notes, customer.notes);
  });
  for (let row = FIRST_CUSTOMER_ROW; row < FIRST_CUSTOMER_ROW + covered; row++) {
    writeResults(g, row, p);
    if (row >= FIRST_CUSTOMER_ROW + model.customers.length) {
      g.set(row, COL.revenue, null, amount);
      g.set(row, COL.potential, null, amount);
    }
  }
}

/**
 * A row's attractiveness and strength (over the scored criteria, re-weighted, to two decimals), its class at the
 * cut-off (or why it has none), and its rank within the class (by attractiveness, then strength, then the rows'
 * order). A row without any entry is no customer: all blank.
 */
function writeResults(g: GridBuilder, row: number, { word, ref }: Parts): void {
  const { cols } = ref;
  const [a, s] = GROUPS.map((k) => axisParts(ref, row, k)) as [ReturnType<typeof axisParts>, ReturnType<typeof axisParts>];
  // no criterion scored: a division by 0, blank
  const score = (x: typeof a) => `=IFERROR(ROUND(100*${x.weighted}/${x.weights},0)/100,"")`;
  g.set(row, cols.attractiveness, { formula: score(a) }, "0.00");
  g.set(row, cols.strength, { formula: score(s) }, "0.00");

  const cell = (c: number) => ref.cell(row, c);
  const inputs = `COUNTA(${cell(COL.id)}:${cell(COL.potential)},${ref.scores(row)},${cell(cols.notes)})`;
  const cut = cutOffInForce(ref);
  const [av, sv] = [cell(cols.attractiveness), cell(cols.strength)];
  // low-low, low-high, high-low, high-high
  const classOf = `CHOOSE(1+2*(${av}>=${cut})+(${sv}>=${cut}),${(["OPPORTUNISTIC", "MAINTENANCE", "DEVELOPMENT", "KEY"] as const).map(word).join(",")})`;
  // a score is blank exactly when none of its group's criteria is scored
  const tooFew = `OR(${av}="",${sv}="",2*${a.scored}<${a.criteria},2*${s.scored}<${s.criteria})`;
  g.set(row, cols.class, {
    formula: `=IF(${inputs}=0,"",IF(AND(${av}="",${sv}=""),${word("UNSCORED")},IF(${tooFew},${word("INCOMPLETE")},${classOf})))`,
  });

  const own = cell(cols.class);
  const classes = ref.column(cols.class);
  const [as, ss] = [ref.column(cols.attractiveness), ref.column(cols.strength)];
  // the rows above with the same class and scores come first: a range from the first row to the one above
  const above = (c: number) => `${ref.abs(FIRST_CUSTOMER_ROW, c)}:${ref.cell(row - 1, c)}`;
  const tiedAbove =
    row === FIRST_CUSTOMER_ROW
      ? ""
      : `+COUNTIFS(${above(cols.class)},${own},${above(cols.attractiveness)},${av},${above(cols.strength)},${sv})`;
  const isClass = `OR(${ACCOUNT_CLASSES.map((k) => `${own}=${word(k)}`).join(",")})`;
  g.set(row, cols.rank, {
    formula: `=IF(${isClass},1+COUNTIFS(${classes},${own},${as},">"&${av})+COUNTIFS(${classes},${own},${as},${av},${ss},">"&${sv})${tiedAbove},"")`,
  });
}

/** Scores, weights, the settings and the amounts; the group of each criterion from a list. */
function validations(model: SelectionModel, { t, covered }: Parts): Validation[] {
  const criteria = Math.max(1, model.criteria.length);
  return [
    {
      area: area(FIRST_CUSTOMER_ROW, COL.firstCriterion, covered, criteria),
      rule: { kind: "wholeNumber", min: SCORE_MIN, max: SCORE_MAX },
      prompt: { title: t("scorePromptTitle"), message: t("scorePrompt") },
      error: { title: t("scorePromptTitle"), message: t("scoreError") },
    },
    {
      area: area(ROW.weight, COL.firstCriterion, 1, criteria),
      rule: { kind: "wholeNumber", min: WEIGHT_MIN, max: WEIGHT_MAX },
      prompt: { title: t("weight"), message: t("weightPrompt") },
      error: { title: t("weight"), message: t("weightError") },
    },
    {
      area: area(ROW.group, COL.firstCriterion, 1, criteria),
      rule: { kind: "list", items: GROUPS.map((k) => t(k)) },
      prompt: { title: t("group"), message: t("groupPrompt") },
      error: { title: t("group"), message: t("groupPrompt") },
    },
    {
      area: area(ROW.cutOff, SETTING_COL),
      rule: { kind: "decimal", min: SCORE_MIN, max: SCORE_MAX },
      prompt: { title: t("cutOff"), message: t("cutOffPrompt") },
      error: { title: t("cutOff"), message: t("cutOffError") },
    },
    {
      area: area(ROW.capacity, SETTING_COL),
      rule: { kind: "wholeNumber", min: 0, max: CAPACITY_MAX },
      prompt: { title: t("capacity"), message: t("capacityPrompt") },
      error: { title: t("capacity"), message: t("capacityError") },
    },
    ...([COL.revenue, COL.potential] as const).map((col) => ({
      area: area(FIRST_CUSTOMER_ROW, col, covered, 1),
      rule: { kind: "decimal", min: 0, max: 1e15 } as const,
      prompt: { title: t(col === COL.revenue ? "hRevenue" : "hPotential"), message: t("amountPrompt") },
      error: { title: t(col === COL.revenue ? "hRevenue" : "hPotential"), message: t("amountError") },
    })),
  ];
}

/** The classes' colours, entries that do not count, weight sums other than 100, the capacity warning. */
function highlighting(model: SelectionModel, { word, covered, ref }: Parts): ConditionalFormat[] {
  const { cols } = ref;
  const criteria = Math.max(1, model.criteria.length);
  const classCells = area(FIRST_CUSTOMER_ROW, cols.class, covered, 1);
  const own = `$${ref.cell(FIRST_CUSTOMER_ROW, cols.class)}`;
  const is = (k: ClassWord) => `=${own}=${word(k)}`;
  const firstScore = ref.cell(FIRST_CUSTOMER_ROW, COL.firstCriterion);
  const firstWeight = ref.cell(ROW.weight, COL.firstCriterion);
  return [
    { area: classCells, formula: is("KEY"), fill: PALETTE.goodFill, fontColor: PALETTE.goodFont, bold: true },
    { area: classCells, formula: is("DEVELOPMENT"), fill: PALETTE.headerFill, fontColor: PALETTE.titleFont, bold: true },
    { area: classCells, formula: is("OPPORTUNISTIC"), fontColor: PALETTE.mutedFont },
    { area: classCells, formula: is("INCOMPLETE"), fill: PALETTE.warnFill, fontColor: PALETTE.warnFont },
    { area: classCells, formula: is("UNSCORED"), fontColor: PALETTE.mutedFont },
    {
      area: area(FIRST_CUSTOMER_ROW, COL.firstCriterion, covered, criteria),
      formula: `=${isInvalidEntry(firstScore, SCORE_MIN, SCORE_MAX)}`,
      fill: PALETTE.invalidFill,
    },
    {
      area: area(ROW.weight, COL.firstCriterion, 1, criteria),
      formula: `=${isInvalidEntry(firstWeight, WEIGHT_MIN, WEIGHT_MAX)}`,
      fill: PALETTE.invalidFill,
    },
    // the chart's #N/A (no point) in white: the columns show the points only
    {
      area: area(FIRST_CUSTOMER_ROW, cols.plot.x, covered, PLOT_COUNT),
      formula: `=ISNA(${ref.cell(FIRST_CUSTOMER_ROW, cols.plot.x)})`,
      fontColor: "#FFFFFF",
    },
    ...GROUPS.map((k) => ({
      area: area(ROW.weight, cols[k]),
      formula: `=${ref.abs(ROW.weight, cols[k])}<>${WEIGHT_TOTAL}`,
      fill: PALETTE.badFill,
      fontColor: PALETTE.badFont,
    })),
  ];
}

/** The settings, the summary's header, the criteria rows and the table's look. */
function look({ covered, ref }: Parts): StyledArea[] {
  const { cols } = ref;
  const criteria = Math.max(1, cols.attractiveness - COL.firstCriterion);
  return [
    { area: area(ROW.cutOff, SUMMARY_COL.label, 2, 1), style: { bold: true } },
    { area: area(ROW.cutOff, SETTING_COL, 2, 1), style: { fill: PALETTE.inputFill, horizontal: "Center" } },
    { area: area(ROW.capacity, WARNING_COL), style: { bold: true, fontColor: PALETTE.warnFont } },
    { area: area(ROW.summaryHeader, SUMMARY_COL.label, 1, 3), style: HEADER_STYLE },
    { area: area(ROW.group, SUMMARY_COL.label, 2, 1), style: { bold: true } },
    { area: area(ROW.group, COL.firstCriterion, 1, criteria), style: { italic: true, fontSize: 9, wrap: true } },
    { area: area(ROW.weight, COL.firstCriterion, 1, criteria), style: { fill: PALETTE.inputFill, horizontal: "Center" } },
    { area: area(ROW.weight, cols.attractiveness, 1, 2), style: { bold: true, horizontal: "Center" } },
    { area: area(ROW.countsAttractiveness, SUMMARY_COL.label, 2, 1), style: { italic: true, fontSize: 9, fontColor: PALETTE.mutedFont } },
    {
      area: area(ROW.countsAttractiveness, COL.firstCriterion, 2, criteria),
      style: { italic: true, fontSize: 9, fontColor: PALETTE.mutedFont, horizontal: "Center" },
    },
    { area: area(FIRST_CUSTOMER_ROW, COL.firstCriterion, covered, cols.rank - COL.firstCriterion + 1), style: { horizontal: "Center" } },
    { area: area(FIRST_CUSTOMER_ROW, 0, covered, cols.count), style: { vertical: "Top" } },
    // the chart's columns: the chart's data, not the user's
    { area: area(ROW.header, cols.plot.x, 1, PLOT_COUNT), style: { ...HEADER_STYLE, fontColor: PALETTE.mutedFont, wrap: true } },
    {
      area: area(SMALLEST_BUBBLE_ROW, cols.plot.x, 1, cols.plot.size - cols.plot.x + 1),
      style: { italic: true, fontSize: 9, fontColor: PALETTE.mutedFont },
    },
    { area: area(FIRST_CUSTOMER_ROW, cols.plot.x, covered, PLOT_COUNT), style: { fontColor: PALETTE.mutedFont, horizontal: "Center" } },
  ];
}
