import { defaultCompetenceModel, withCandidates, withCompetence, withProfile } from "../../src/kinds/competences/domain/assessment";
import type { CompetenceModel } from "../../src/kinds/competences/domain/model";
import type { Lang } from "../../src/domain/lang";
import { FIRST_COMPETENCE_ROW, ROW } from "../../src/kinds/competences/sheets/layout";
import { parseCompetences } from "../../src/kinds/competences/sheets/parse";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { gridFromValues, type SheetGrid } from "../../src/sheets/read";
import { isFormulaCell } from "../../src/sheets/spec";
import { specToGrid } from "../../src/sheets/specToGrid";

function rated(model: CompetenceModel, f: (i: number, k: number) => number | null): CompetenceModel {
  return { ...model, requirements: model.requirements.map((r, i) => ({ ...r, ratings: r.ratings.map((_, k) => f(i, k)) })) };
}

function parsed(grid: SheetGrid) {
  const r = parseCompetences(grid);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
}

function edit(grid: SheetGrid, row: number, col: number, value: string | number): SheetGrid {
  const rows = grid.formulas.map((r) => [...r]);
  rows[row]![col] = value;
  return gridFromValues(grid.name, rows);
}

describe("rendering the competence assessment", () => {
  it.each<[Lang, string, string]>([
    ["de", "Kompetenzen", "Wer bringt die notwendigen Kompetenzen bereits mit?"],
    ["nl", "Competenties", "Wie brengt de nodige competenties al mee?"],
    ["en", "Competences", "Who already brings the required competences?"],
  ])("in %s: sheet %s with the seed's four questions and the 8 default competences", (lang, name, question) => {
    const spec = renderCompetences(defaultCompetenceModel("default", ["Anna", "Bert"]), lang);
    expect(spec.name).toBe(name);
    expect(spec.cells[1]![0]).toContain(question);
    const first = FIRST_COMPETENCE_ROW;
    expect(spec.cells.slice(first, first + 8).map((r) => r[0])).toEqual(["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08"]);
    // twenty empty rows below are covered, for the user's own competences
    expect(spec.cells).toHaveLength(first + 8 + 20);
    expect(spec.cells[first]!.slice(2, 5)).toEqual([4, 2, null]);
  });

  it("computes each candidate's results with the KAM functions, each from the candidate's own column", () => {
    const spec = renderCompetences(defaultCompetenceModel("default", ["Anna", "Bert", "Cem"]), "en");
    const col = (c: number) => spec.cells.slice(ROW.fit, ROW.rank + 1).map((r) => (isFormulaCell(r[c]) ? r[c].formula : r[c]));
    // every column the formulas cover computes once something is there: a name or a rating
    const inUse = (c: string) => `IF(OR(IFERROR(TRIM(${c}$9)<>"",TRUE()),COUNTA(${c}$10:${c}$37)>0)`;
    const [fit, score, knockedOut, assessed, rank] = col(6);
    // "not assessed" when the column's own valid ratings count 0, the count the "Competences assessed" row shows
    const assessedIn = (c: string) =>
      (assessed as string)
        .split("G$")
        .join(`${c}$`)
        .replace(/^=IF\(OR\(.*?\),\(SUMIF/, "(SUMIF")
        .replace(/,""\)$/, "");
    expect([fit, score, knockedOut]).toEqual([
      `=${inUse("G")},IF(${assessedIn("G")}=0,"not assessed",KAM.FIT(IFERROR(G$10:G$37,""),IFERROR($C$10:$C$37,""),IFERROR($D$10:$D$37,""))),"")`,
      `=${inUse("G")},KAM.WEIGHTEDSCORE(IFERROR(G$10:G$37,""),IFERROR($D$10:$D$37,"")),"")`,
      expect.stringMatching(
        /^=IF\(OR\(.*\),IF\(KAM\.KNOCKOUT\(IFERROR\(G\$10:G\$37,""\),IFERROR\(\$C\$10:\$C\$37,""\),IFERROR\(\$E\$10:\$E\$37,TRUE\(\)\)\),TRUE\(\),IF\(.*,"not assessed",FALSE\(\)\)\),""\)$/,
      ),
    ]);
    // the competences assessed and the rank are native: the rank compares the result rows, never the rating block
    expect(assessed).toMatch(/^=IF\(OR\(.*\),\(SUMIF\(G\$10:G\$37,1,G\$10:G\$37\)/);
    expect(rank).not.toContain("KAM.");
    expect(rank).not.toContain("$G$10:$S$37");
    expect(col(18)[0]).toBe(
      `=${inUse("S")},IF(${assessedIn("S")}=0,"not assessed",KAM.FIT(IFERROR(S$10:S$37,""),IFERROR($C$10:$C$37,""),IFERROR($D$10:$D$37,""))),"")`,
    );
    expect(spec.cells[ROW.header]!.slice(5, 9)).toEqual(["Met by", "Anna", "Bert", "Cem"]);
    expect(spec.cells[ROW.header]).toHaveLength(6 + 3 + 10);
    expect(spec.cells.slice(ROW.fit, ROW.rank + 1).map((r) => r[1])).toEqual([
      "Fit",
      "Weighted score",
      "Must-have missed",
      "Competences assessed",
      "Rank",
    ]);
  });

  it("validates every input cell", () => {
    const spec = renderCompetences(defaultCompetenceModel("default", ["A", "B"]), "en");
    expect(spec.validations.map((v) => [v.area, v.rule])).toEqual([
      [
        { row: 9, col: 2, rows: 28, cols: 1 },
        { kind: "wholeNumber", min: 1, max: 5 },
      ],
      [
        { row: 9, col: 3, rows: 28, cols: 1 },
        { kind: "wholeNumber", min: 1, max: 3 },
      ],
      [
        { row: 9, col: 4, rows: 28, cols: 1 },
        { kind: "list", items: ["x"] },
      ],
      [
        { row: 9, col: 6, rows: 28, cols: 12 },
        { kind: "wholeNumber", min: 1, max: 5 },
      ],
    ]);
  });

  it("holds 200 candidates", () => {
    const names = Array.from({ length: 200 }, (_, i) => `Candidate ${i + 1}`);
    const spec = renderCompetences(defaultCompetenceModel("extended", names), "de");
    expect(spec.cells[ROW.header]).toHaveLength(6 + 200 + 10);
    expect(spec.cells).toHaveLength(FIRST_COMPETENCE_ROW + 14 + 20);
    // too many to print on one page: pages across at 100 %, each repeating the requirements (A–F)
    expect(spec.print).toMatchObject({ area: { rows: FIRST_COMPETENCE_ROW + 14 + 20, cols: 6 + 200 }, titleColumns: { from: 0, to: 5 } });
    expect(spec.print.fit).toBeUndefined();
  });

  it("prints up to ten candidates on one page, with its title and page numbers in its language", () => {
    const spec = renderCompetences(defaultCompetenceModel("default", ["Anna", "Bert"]), "nl");
    expect(spec.print).toMatchObject({
      area: { row: 0, col: 0, cols: 8 },
      fit: { wide: 1, tall: 1 },
      header: { center: "&BCompetenties van potentiële key-accountmanagers beoordelen" },
      footer: { center: "Pagina &P van &N" },
    });
    expect(spec.print.titleColumns).toBeUndefined();
  });
});

describe("reading the competence assessment back", () => {
  it.each<Lang>(["de", "nl", "en"])("gives back the model (%s)", (lang) => {
    let m = withCompetence(withProfile(defaultCompetenceModel("default", ["Anna", "Bert"]), "extended"), "Spricht Niederländisch");
    m = rated(m, (i, k) => ((i + k) % 4 === 0 ? null : ((i * 3 + k) % 5) + 1));
    m = { ...m, requirements: m.requirements.map((r, i) => ({ ...r, required: (i % 5) + 1, weight: (i % 3) + 1, mustHave: i % 4 === 1 })) };
    const read = parsed(specToGrid(renderCompetences(m, lang)));
    expect(read.model).toEqual(m);
    expect(read.lang).toBe(lang);
    expect(read.problems).toEqual([]);
  });

  it("names invalid ratings, levels and weights and keeps them", () => {
    let grid = specToGrid(renderCompetences(defaultCompetenceModel("default", ["Anna"]), "en"));
    grid = edit(grid, 9, 6, 6);
    grid = edit(grid, 10, 2, "high");
    grid = edit(grid, 11, 3, 5);
    const read = parsed(grid);
    expect(read.problems.map((p) => [p.cell, p.code, p.value])).toEqual([
      ["G10", "outOfRange", "6"],
      ["C11", "notNumber", "high"],
      ["D12", "weightInvalid", "5"],
    ]);
    const again = specToGrid(renderCompetences(read.model, "en"));
    expect([again.values[9]![6], again.values[10]![2], again.values[11]![3]]).toEqual([6, "high", 5]);
  });

  it("re-localizes standard competences and keeps the user's own", () => {
    const m = withCompetence(defaultCompetenceModel(), "Spricht Niederländisch");
    const nl = renderCompetences(parsed(specToGrid(renderCompetences(m, "de"))).model, "nl");
    expect(nl.cells[FIRST_COMPETENCE_ROW]![1]).toBe("Identificeert zich met de eigen producten en diensten");
    expect(nl.cells[FIRST_COMPETENCE_ROW + 8]![1]).toBe("Spricht Niederländisch");
  });
});

describe("growing the assessment", () => {
  it("adds candidates and competences without touching existing ratings", () => {
    const m = rated(defaultCompetenceModel("default", ["Anna"]), () => 3);
    const grown = withCompetence(withCandidates(m, ["anna", "Bert"]), "Own");
    expect(grown.candidates).toEqual(["Anna", "Bert"]);
    expect(grown.requirements[0]!.ratings).toEqual([3, null]);
    expect(grown.requirements.at(-1)).toMatchObject({ id: "C15", text: "Own", ratings: [null, null] });
  });
});
