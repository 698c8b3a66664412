import { defaultCompetenceModel } from "../../src/kinds/competences/domain/assessment";
import { PALETTE } from "../../src/sheets/palette";
import { HEAT, renderCompetences } from "../../src/kinds/competences/sheets/render";
import { highlightsAt, isMerged, styleAt } from "./look";

// what HR sees of the assessment before rating anyone: which cells take input, how the results read
const LONG = "Bernd Müller-Lüdenscheidt (Vertrieb Süd)";
const model = defaultCompetenceModel("default", ["Anna", LONG, "Chris"]);
const spec = renderCompetences(model, "de");
// rows: title 1, instruction 2, legend 3, fit 4 … rank 8, header 9, competences from 10, spare rows to the end
// columns: A id, B competence, C required, D weight, E must-have, F met by, G–I candidates, J–S spare
const [FIT, WEIGHTED, KNOCKED_OUT, ASSESSED, RANK, HEADER, FIRST] = [3, 4, 5, 6, 7, 8, 9];
const LAST_ROW = spec.cells.length - 1;
const [TEXT, REQUIRED, WEIGHT, MUST, TEAM, FIRST_CANDIDATE, SPARE] = [1, 2, 3, 4, 5, 6, 9];

describe("how the competence assessment looks", () => {
  it("tints every cell HR fills in, and no cell the sheet computes", () => {
    for (const r of [FIRST, LAST_ROW])
      for (const c of [REQUIRED, WEIGHT, MUST, FIRST_CANDIDATE, FIRST_CANDIDATE + 2])
        expect([r, c, styleAt(spec, r, c).fill]).toEqual([r, c, PALETTE.inputFill]);
    for (const [r, c] of [
      [FIT, FIRST_CANDIDATE],
      [RANK, SPARE],
      [FIRST, 0],
      [FIRST, TEXT],
      [FIRST, TEAM],
      [LAST_ROW, SPARE],
    ] as const)
      expect([r, c, styleAt(spec, r, c).fill]).toEqual([r, c, undefined]);
    // the levels, the weight, the mark and the named candidates' ratings are centred as well; the spare columns' too
    for (const c of [REQUIRED, FIRST_CANDIDATE]) expect(styleAt(spec, FIRST, c)).toEqual({ fill: PALETTE.inputFill, horizontal: "Center" });
    expect(styleAt(spec, LAST_ROW, SPARE + 9)).toEqual({ horizontal: "Center" });
    // with nobody to rate yet, no rating column is tinted: the first candidate's name goes into the header first
    const empty = renderCompetences(defaultCompetenceModel(), "de");
    expect(styleAt(empty, FIRST, FIRST_CANDIDATE)).toEqual({ horizontal: "Center" });
  });

  it("sets the title large and bold, the instruction wrapped in a taller row, the legend in grey italics, each over eight columns", () => {
    expect(styleAt(spec, 0, 0)).toEqual({ bold: true, fontSize: 14, fontColor: PALETTE.titleFont });
    expect(styleAt(spec, 1, 0)).toEqual({ wrap: true, vertical: "Top" });
    expect(spec.rowHeights).toEqual([{ row: 1, height: 48 }]);
    expect(styleAt(spec, 2, SPARE)).toEqual({ italic: true, fontColor: PALETTE.mutedFont });
    for (const r of [0, 1, 2]) expect([isMerged(spec, r, 0), isMerged(spec, r, 7), isMerged(spec, r, 8)]).toEqual([true, true, false]);
    expect(spec.merges).toHaveLength(3);
    // the legend names the must-have mark a user types, in each language
    expect(spec.cells[2]![0]).toContain("„x“ = Muss-Kriterium");
    expect(renderCompetences(model, "en").cells[2]![0]).toContain('"x" = must-have');
    expect(renderCompetences(model, "nl").cells[2]![0]).toContain("“x” = harde eis");
  });

  it('keeps the header and the columns up to "Met by" in view while scrolling, and prints ten candidates on one page, more across pages', () => {
    expect([spec.freezeRows, spec.freezeColumns]).toEqual([HEADER + 1, FIRST_CANDIDATE]);
    const ten = renderCompetences(
      defaultCompetenceModel(
        "default",
        Array.from({ length: 10 }, (_, i) => `K${i + 1}`),
      ),
      "de",
    ).print;
    const eleven = renderCompetences(
      defaultCompetenceModel(
        "default",
        Array.from({ length: 11 }, (_, i) => `K${i + 1}`),
      ),
      "de",
    ).print;
    expect([ten.fit, ten.titleColumns]).toEqual([{ wide: 1, tall: 1 }, undefined]);
    expect([eleven.fit, eleven.titleColumns]).toEqual([undefined, { from: 0, to: TEAM }]);
  });

  it("gives a host no styled, validated or highlighted area without cells, with or without candidates", () => {
    for (const s of [spec, renderCompetences(defaultCompetenceModel(), "en")])
      for (const a of [
        ...s.styles.map((x) => x.area),
        ...s.validations.map((x) => x.area),
        ...s.conditionalFormats.map((x) => x.area),
        ...s.merges,
      ])
        expect([a, a.rows > 0 && a.cols > 0]).toEqual([a, true]);
  });

  it("sets the result labels right and bold, each candidate's results centred and formatted as what they are", () => {
    for (let r = FIT; r <= RANK; r++) expect(styleAt(spec, r, TEXT)).toEqual({ horizontal: "Right", bold: true });
    expect(styleAt(spec, HEADER, TEXT)).not.toMatchObject({ horizontal: "Right" });
    for (let r = FIT; r <= RANK; r++) expect(styleAt(spec, r, SPARE + 9)).toEqual({ horizontal: "Center" });
    const f = (r: number) => spec.numberFormats[r]![FIRST_CANDIDATE + 1];
    expect([f(FIT), f(WEIGHTED), f(KNOCKED_OUT), f(ASSESSED), f(RANK)]).toEqual(["0%", "0.00", "General", "0", "0"]);
    expect([spec.numberFormats[FIRST]![TEAM], spec.numberFormats[LAST_ROW]![TEAM]]).toEqual(["0", "0"]);
  });

  it("heads every column in bold on the header colour, wraps the competence texts, centres the levels", () => {
    const header = { bold: true, fill: PALETTE.headerFill, borderBottom: PALETTE.headerBorder, wrap: true, vertical: "Center" };
    for (const c of [0, TEAM, FIRST_CANDIDATE, SPARE + 9]) expect(styleAt(spec, HEADER, c)).toEqual(header);
    expect(styleAt(spec, FIRST, TEXT)).toEqual({ wrap: true, vertical: "Top" });
    expect(styleAt(spec, LAST_ROW, TEAM)).toEqual({ horizontal: "Center" });
    expect(styleAt(spec, FIRST, SPARE)).toEqual({ horizontal: "Center" });
    expect(styleAt(spec, LAST_ROW + 1, TEXT)).toEqual({});
  });

  it("gives the texts room and each candidate's column the width of the name, within bounds", () => {
    const w = spec.columnWidths;
    expect(w).toHaveLength(SPARE + 10);
    expect([w[0], w[TEXT], w[REQUIRED], w[WEIGHT], w[MUST], w[TEAM]]).toEqual([36, 340, 48, 52, 40, 72]);
    expect([w[FIRST_CANDIDATE], w[FIRST_CANDIDATE + 1], w[FIRST_CANDIDATE + 2], w[SPARE]]).toEqual([64, 140, 64, 64]);
    const medium = renderCompetences(defaultCompetenceModel("default", ["Vertrieb Mitte"]), "de").columnWidths[FIRST_CANDIDATE];
    expect(medium).toBe("Vertrieb Mitte".length * 7);
  });

  it("shades a rating by its gap to the required level: deeper red the larger the deficit, green when met", () => {
    const onRating = highlightsAt(spec, LAST_ROW, SPARE + 9);
    expect(onRating).toHaveLength(1 + HEAT.length);
    expect(onRating[0]).toMatchObject({ fill: PALETTE.invalidFill, fontColor: PALETTE.badFont, bold: true });
    // the level in force: the cell's when it is a whole number from 1 to 5, else the default 4
    const req = "IF(IF(ISNUMBER($C10),AND($C10=INT($C10),$C10>=1,$C10<=5),FALSE()),$C10,4)";
    expect(onRating.slice(1).map((h) => [h.formula.split(`G10-${req}`)[1], h.fill, h.fontColor])).toEqual([
      ["<=-3)", "#F8696B", "#FFFFFF"],
      ["=-2)", "#FF9B9B", PALETTE.badFont],
      ["=-1)", PALETTE.badFill, PALETTE.badFont],
      ["=0)", PALETTE.goodFill, PALETTE.goodFont],
      [">=1)", "#8FD19E", PALETTE.goodFont],
    ]);
    expect(onRating[1]!.formula).toContain(`G10-${req}<=-3`);
    expect(highlightsAt(spec, FIRST, TEAM)).toEqual([]);
  });

  it("marks the best candidate gold and bold, a knocked-out one red, one not fully assessed grey, over the results and the name", () => {
    const onTop = highlightsAt(spec, FIT, FIRST_CANDIDATE);
    expect(onTop.map((h) => [h.fill ?? null, h.fontColor ?? null, h.bold ?? false])).toEqual([
      ["#FFE699", null, true],
      [PALETTE.badFill, PALETTE.badFont, false],
      [null, PALETTE.mutedFont, false],
    ]);
    expect(onTop[0]!.formula).toBe("=AND(G$8=1,G$6=FALSE())");
    expect(highlightsAt(spec, HEADER, SPARE + 9)).toHaveLength(3);
    expect(highlightsAt(spec, HEADER + 1, SPARE + 9).length).toBeGreaterThan(3);
    // the three reach from the results to the header, no further: a rating cell has only its own (invalid, the heat)
    expect(highlightsAt(spec, HEADER + 1, FIRST_CANDIDATE)).toHaveLength(1 + HEAT.length);
    expect(highlightsAt(spec, LAST_ROW, FIRST_CANDIDATE)).toHaveLength(1 + HEAT.length);
  });

  it("takes levels 1–5 and weights 1–3 as whole numbers, and the must-have mark as the only choice", () => {
    const v = (c: number) => spec.validations.find((x) => x.area.col === c)!;
    const rows = LAST_ROW - FIRST + 1;
    expect([v(REQUIRED).area, v(REQUIRED).rule]).toEqual([
      { row: FIRST, col: REQUIRED, rows, cols: 1 },
      { kind: "wholeNumber", min: 1, max: 5 },
    ]);
    expect([v(WEIGHT).area, v(WEIGHT).rule]).toEqual([
      { row: FIRST, col: WEIGHT, rows, cols: 1 },
      { kind: "wholeNumber", min: 1, max: 3 },
    ]);
    expect(v(MUST).rule).toEqual({ kind: "list", items: ["x"] });
    expect([v(MUST).prompt.title, v(MUST).error.title, v(WEIGHT).prompt.title]).toEqual(["Muss", "Muss", "Gewicht"]);
    expect([v(FIRST_CANDIDATE).area, v(FIRST_CANDIDATE).rule]).toEqual([
      { row: FIRST, col: FIRST_CANDIDATE, rows, cols: 13 },
      { kind: "wholeNumber", min: 1, max: 5 },
    ]);
  });

  it("draws the named candidates' fit as columns in percent below the table, none while nobody is named", () => {
    expect(spec.charts).toEqual([
      {
        // re-creating finds the chart it replaces by this name
        name: "KAM_CandidateFit",
        type: "column",
        title: expect.any(String),
        categories: { row: HEADER, col: FIRST_CANDIDATE, rows: 1, cols: 3 },
        series: [{ name: spec.cells[FIT]![TEXT], values: { row: FIT, col: FIRST_CANDIDATE, rows: 1, cols: 3 }, color: PALETTE.chartMain }],
        valueAxis: { min: 0, max: 1, majorUnit: 0.25, numberFormat: "0%" },
        at: { row: LAST_ROW + 2, col: TEXT, rows: 20, cols: 4 },
      },
    ]);
    expect(renderCompetences(defaultCompetenceModel(), "de").charts).toEqual([]);
  });
});
