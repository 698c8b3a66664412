import { defaultReadinessModel, withRespondents } from "../../src/kinds/readiness/domain/checklist";
import { VERDICT_TEXT } from "../../src/kinds/readiness/i18n/verdictText";
import { CHART_ROWS, PALETTE, SERIES_COLORS } from "../../src/sheets/palette";
import { READINESS_CHART, renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { highlightsAt, isMerged, styleAt } from "./look";

// what a user sees of the checklist before typing anything: which cells take input, how the results read
const LONG = "Business Unit Nordeuropa und Benelux";
const spec = renderReadiness(withRespondents(defaultReadinessModel(), ["Zentrale", LONG, "BU"]), "de");
// rows: title 1, instruction 2, legend 3, threshold 4 … verdict 8, header 9, conditions 10–23, spare rows to 43
// columns: A id, B text, C n/a, D status, E mean, F min, G max, H notes, I–K respondents, L–U spare
const [THRESHOLD, INDEX, PERCENT, WEAK, VERDICT, HEADER, FIRST, LAST_CONDITION, LAST_ROW] = [3, 4, 5, 6, 7, 8, 9, 22, 42];
const [TEXT, NA, STATUS, MEAN, MIN, MAX, NOTES, FIRST_SCORE, SPARE_SCORE] = [1, 2, 3, 4, 5, 6, 7, 8, 11];

describe("how the readiness checklist looks", () => {
  it("tints every cell a user fills in, and no cell the sheet computes", () => {
    const inputs: [number, number][] = [
      [THRESHOLD, 3],
      ...[FIRST, LAST_CONDITION, LAST_ROW].flatMap((r): [number, number][] =>
        [NA, NOTES, FIRST_SCORE, FIRST_SCORE + 1, FIRST_SCORE + 2].map((c) => [r, c]),
      ),
    ];
    for (const [r, c] of inputs) expect([r, c, styleAt(spec, r, c).fill]).toEqual([r, c, PALETTE.inputFill]);
    const computed: [number, number][] = [
      [INDEX, 3],
      [VERDICT, 3],
      ...[FIRST, LAST_ROW].flatMap((r): [number, number][] => [0, TEXT, STATUS, MEAN, MIN, MAX, SPARE_SCORE].map((c) => [r, c])),
    ];
    for (const [r, c] of computed) expect([r, c, styleAt(spec, r, c).fill]).toEqual([r, c, undefined]);
  });

  it("sets the title large and bold over the table, the instruction wrapped in a taller row, the legend in grey italics", () => {
    expect(styleAt(spec, 0, 0)).toEqual({ bold: true, fontSize: 14, fontColor: PALETTE.titleFont });
    expect(styleAt(spec, 1, 0)).toEqual({ wrap: true, vertical: "Top" });
    expect(spec.rowHeights).toEqual([{ row: 1, height: 48 }]);
    expect(styleAt(spec, 2, 0)).toEqual({ italic: true, fontColor: PALETTE.mutedFont });
    // each of the three spans the columns left of the scores, so that its text is not cut at column A
    for (const r of [0, 1, 2])
      expect([isMerged(spec, r, 0), isMerged(spec, r, NOTES), isMerged(spec, r, FIRST_SCORE)]).toEqual([true, true, false]);
    expect(spec.merges).toHaveLength(3);
  });

  it("right-aligns the result labels against their values, which are bold and centred, the verdict bold", () => {
    for (let r = THRESHOLD; r <= VERDICT; r++) expect(styleAt(spec, r, 1)).toEqual({ horizontal: "Right" });
    expect(styleAt(spec, HEADER - 1 + 1, 1)).not.toEqual({ horizontal: "Right" });
    expect(styleAt(spec, THRESHOLD, 3)).toEqual({ fill: PALETTE.inputFill, horizontal: "Center" });
    for (const r of [INDEX, PERCENT, WEAK]) expect(styleAt(spec, r, 3)).toEqual({ bold: true, horizontal: "Center" });
    expect(styleAt(spec, VERDICT, 3)).toEqual({ bold: true });
  });

  it("formats each result as what it is: the index to two places, the share in percent, the count whole", () => {
    const f = (r: number, c: number) => spec.numberFormats[r]![c];
    expect([f(THRESHOLD, 3), f(INDEX, 3), f(PERCENT, 3), f(WEAK, 3), f(VERDICT, 3)]).toEqual(["0.0#", "0.00", "0%", "0", "General"]);
    expect([f(FIRST, MEAN), f(FIRST, MIN), f(FIRST, MAX), f(LAST_ROW, MEAN), f(LAST_ROW, MAX)]).toEqual(["0.00", "0", "0", "0.00", "0"]);
  });

  it("heads every respondent's column, named or not yet, in bold on the header colour", () => {
    const header = { bold: true, fill: PALETTE.headerFill, borderBottom: PALETTE.headerBorder, wrap: true, vertical: "Center" };
    for (const c of [0, TEXT, NOTES, FIRST_SCORE + 2]) expect(styleAt(spec, HEADER, c)).toEqual(header);
    expect(styleAt(spec, HEADER, FIRST_SCORE + 3)).toEqual({});
  });

  it("wraps the condition texts and notes, tops every row and centres the figures", () => {
    expect(styleAt(spec, FIRST, 0)).toEqual({ vertical: "Top" });
    expect(styleAt(spec, LAST_ROW, TEXT)).toEqual({ vertical: "Top", wrap: true });
    expect(styleAt(spec, FIRST, NA)).toEqual({ vertical: "Top", fill: PALETTE.inputFill, horizontal: "Center" });
    for (const c of [STATUS, MEAN, MIN, MAX])
      expect(styleAt(spec, FIRST, c)).toEqual({ vertical: "Top", ...(c === STATUS ? {} : { horizontal: "Center" }) });
    expect(styleAt(spec, FIRST, NOTES)).toEqual({ vertical: "Top", fill: PALETTE.inputFill, wrap: true });
    expect(styleAt(spec, FIRST, FIRST_SCORE)).toEqual({ vertical: "Top", fill: PALETTE.inputFill, horizontal: "Center" });
    expect(styleAt(spec, LAST_ROW, SPARE_SCORE + 9)).toEqual({ vertical: "Top", horizontal: "Center" });
    expect(styleAt(spec, LAST_ROW + 1, TEXT)).toEqual({});
  });

  it("gives the condition text and notes room, and each respondent's column the width of the name, within bounds", () => {
    const w = spec.columnWidths;
    expect(w).toHaveLength(SPARE_SCORE + 10);
    expect([w[0], w[TEXT], w[NA], w[STATUS], w[MEAN], w[MIN], w[MAX], w[NOTES]]).toEqual([36, 380, 40, 110, 64, 40, 40, 240]);
    // "Zentrale" and "BU" are narrower than a column; the long name is capped, so the sheet still fits a page
    expect([w[FIRST_SCORE], w[FIRST_SCORE + 1], w[FIRST_SCORE + 2], w[SPARE_SCORE]]).toEqual([64, 150, 64, 64]);
    const medium = renderReadiness(withRespondents(defaultReadinessModel(), ["Vertrieb Mitte"]), "de").columnWidths[FIRST_SCORE];
    expect(medium).toBe("Vertrieb Mitte".length * 7);
  });

  it("colours a weak condition's number and text red, a strong one's green, a disputed finding amber", () => {
    const onId = highlightsAt(spec, FIRST, 0).map((h) => [h.fill ?? null, h.fontColor, h.bold ?? false]);
    expect(onId).toEqual([
      [null, PALETTE.mutedFont, false],
      [PALETTE.badFill, PALETTE.badFont, true],
      [PALETTE.goodFill, PALETTE.goodFont, false],
    ]);
    const weak = highlightsAt(spec, FIRST, TEXT)[1]!.formula;
    expect(weak).toBe('=OR($D10="schwach",$D10="schwach, strittig")');
    expect(highlightsAt(spec, FIRST, TEXT)[2]!.formula).toBe(
      "=AND(ISNUMBER($E10),$E10>=MAX(4,IF(ISNUMBER($D$4),IF(AND($D$4>=1,$D$4<=5),$D$4,3),3)))",
    );
    const onStatus = highlightsAt(spec, LAST_ROW, STATUS);
    expect(onStatus.map((h) => [h.formula, h.fill, h.fontColor, h.bold])).toEqual([
      ['=IFERROR(AND($C10<>"",$C10<>0,$C10<>FALSE()),TRUE())', undefined, PALETTE.mutedFont, undefined],
      ['=OR($D10="strittig",$D10="schwach, strittig")', PALETTE.warnFill, PALETTE.warnFont, true],
    ]);
    expect(highlightsAt(spec, FIRST, MEAN).map((h) => h.fontColor)).toEqual([PALETTE.mutedFont]);
    // an invalid entry stands out in bold, so that it is not read as a weak score
    expect(highlightsAt(spec, FIRST, FIRST_SCORE)[0]).toMatchObject({ fill: PALETTE.invalidFill, fontColor: PALETTE.badFont, bold: true });
  });

  it("colours the verdict by severity, in bold: red, amber, green, grey", () => {
    const is = (v: keyof (typeof VERDICT_TEXT)["de"]) => `=$D$8="${VERDICT_TEXT.de[v]}"`;
    expect(highlightsAt(spec, VERDICT, 3).map((h) => [h.formula, h.fill ?? null, h.fontColor, h.bold])).toEqual([
      [is("NOT_READY"), PALETTE.badFill, PALETTE.badFont, true],
      [is("READY_WITH_GAPS"), PALETTE.warnFill, PALETTE.warnFont, true],
      [is("READY"), PALETTE.goodFill, PALETTE.goodFont, true],
      [is("INCOMPLETE"), null, PALETTE.mutedFont, true],
    ]);
  });

  it("offers the n/a mark as the only choice in its column, and takes a threshold from 1 to 5 with decimals", () => {
    const na = spec.validations.find((v) => v.area.col === NA)!;
    expect(na.area).toEqual({ row: FIRST, col: NA, rows: LAST_ROW - FIRST + 1, cols: 1 });
    expect(na.rule).toEqual({ kind: "list", items: ["x"] });
    expect([na.prompt.title, na.error.title]).toEqual(["n. z.", "n. z."]);
    const threshold = spec.validations.find((v) => v.area.row === THRESHOLD)!;
    expect(threshold.area).toEqual({ row: THRESHOLD, col: 3, rows: 1, cols: 1 });
    expect(threshold.rule).toEqual({ kind: "decimal", min: 1, max: 5 });
  });

  it("explains the scale and the n/a mark in the legend", () => {
    expect(spec.cells[2]![0]).toBe(
      "Skala: 1 = schwach · 2 · 3 · 4 · 5 = stark · leer = noch nicht bewertet · „x“ in der Spalte n. z. = nicht zutreffend",
    );
  });

  it("charts each respondent's scores as bars from the threshold, R01 at the top, below the table", () => {
    const names = ["Zentrale", "Vertrieb", "Einkauf", "Service", "Logistik", "IT", "Finanzen", "Personal"];
    const chart = renderReadiness(withRespondents(defaultReadinessModel(), names), "de").charts;
    const conditions = (col: number) => ({ row: FIRST, col, rows: 14, cols: 1 });
    expect(chart).toEqual([
      {
        name: READINESS_CHART,
        type: "bar",
        title: "Bewertung je Voraussetzung: links vom Schwellenwert 3 schwach",
        categories: conditions(0),
        // the first respondent in the sheet's main colour, the others in the series colours, repeating after six
        series: names.map((name, i) => ({
          name,
          values: conditions(FIRST_SCORE + i),
          color: [PALETTE.chartMain, ...SERIES_COLORS, SERIES_COLORS[0]][i],
        })),
        valueAxis: { min: 1, max: 5, majorUnit: 1, crossesAt: 3 },
        categoriesTopDown: true,
        at: { row: 44, col: TEXT, rows: CHART_ROWS, cols: 3 },
      },
    ]);
    expect(READINESS_CHART).toBe("KAM_ReadinessProfile");
    // one unnamed respondent: the series takes the column's title
    expect(renderReadiness(defaultReadinessModel(), "en").charts?.[0]?.series).toEqual([
      { name: "Score", values: conditions(FIRST_SCORE), color: PALETTE.chartMain },
    ]);
    // a model without respondents gets the one score column the layout keeps, and its series
    expect(renderReadiness(defaultReadinessModel([]), "en").charts?.[0]?.series).toEqual([
      { name: "Score", values: conditions(FIRST_SCORE), color: PALETTE.chartMain },
    ]);
  });
});
