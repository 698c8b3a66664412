import { defaultCompetenceModel, withCandidates, withCompetence, withProfile } from "../../src/domain/competences/assessment";
import type { CompetenceModel } from "../../src/domain/competences/model";
import type { Lang } from "../../src/domain/lang";
import { parseCompetences } from "../../src/sheets/competences/parse";
import { renderCompetences } from "../../src/sheets/competences/render";
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
    expect(spec.cells.slice(8, 16).map((r) => r[0])).toEqual(["C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08"]);
    // twenty empty rows below are covered, for the user's own competences
    expect(spec.cells).toHaveLength(8 + 8 + 20);
    expect(spec.cells[8]!.slice(2, 5)).toEqual([4, 2, null]);
  });

  it("computes each candidate's results with the KAM functions", () => {
    const spec = renderCompetences(defaultCompetenceModel("default", ["Anna", "Bert", "Cem"]), "en");
    const col = (c: number) => spec.cells.slice(3, 7).map((r) => (isFormulaCell(r[c]) ? r[c].formula : r[c]));
    // every column the formulas cover computes once something is there: a name or a rating
    const inUse = (c: string) => `IF(OR(IFERROR(TRIM(${c}$8)<>"",TRUE()),COUNTA(${c}$9:${c}$36)>0)`;
    expect(col(6)).toEqual([
      `=${inUse("G")},KAM.FIT(G$9:G$36,$C$9:$C$36,$D$9:$D$36),"")`,
      `=${inUse("G")},KAM.WEIGHTEDSCORE(G$9:G$36,$D$9:$D$36),"")`,
      `=${inUse("G")},KAM.KNOCKOUT(G$9:G$36,$C$9:$C$36,$E$9:$E$36),"")`,
      `=${inUse("G")},KAM.RANK(G$9:G$36,$G$9:$S$36,$C$9:$C$36,$D$9:$D$36,$E$9:$E$36,$B$9:$B$36),"")`,
    ]);
    expect(col(18)[0]).toBe(`=${inUse("S")},KAM.FIT(S$9:S$36,$C$9:$C$36,$D$9:$D$36),"")`);
    expect(spec.cells[7]!.slice(5, 9)).toEqual(["Met by", "Anna", "Bert", "Cem"]);
    expect(spec.cells[7]).toHaveLength(6 + 3 + 10);
  });

  it("validates every input cell", () => {
    const spec = renderCompetences(defaultCompetenceModel("default", ["A", "B"]), "en");
    expect(spec.validations.map((v) => [v.area, v.rule])).toEqual([
      [{ row: 8, col: 2, rows: 28, cols: 1 }, { kind: "wholeNumber", min: 1, max: 5 }],
      [{ row: 8, col: 3, rows: 28, cols: 1 }, { kind: "wholeNumber", min: 1, max: 3 }],
      [{ row: 8, col: 4, rows: 28, cols: 1 }, { kind: "list", items: ["x"] }],
      [{ row: 8, col: 6, rows: 28, cols: 12 }, { kind: "wholeNumber", min: 1, max: 5 }],
    ]);
  });

  it("holds 200 candidates", () => {
    const names = Array.from({ length: 200 }, (_, i) => `Candidate ${i + 1}`);
    const spec = renderCompetences(defaultCompetenceModel("extended", names), "de");
    expect(spec.cells[7]).toHaveLength(6 + 200 + 10);
    expect(spec.cells).toHaveLength(8 + 14 + 20);
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
    grid = edit(grid, 8, 6, 6);
    grid = edit(grid, 9, 2, "high");
    grid = edit(grid, 10, 3, 5);
    const read = parsed(grid);
    expect(read.problems.map((p) => [p.cell, p.code, p.value])).toEqual([
      ["G9", "outOfRange", "6"],
      ["C10", "notNumber", "high"],
      ["D11", "weightInvalid", "5"],
    ]);
    const again = specToGrid(renderCompetences(read.model, "en"));
    expect([again.values[8]![6], again.values[9]![2], again.values[10]![3]]).toEqual([6, "high", 5]);
  });

  it("re-localizes standard competences and keeps the user's own", () => {
    const m = withCompetence(defaultCompetenceModel(), "Spricht Niederländisch");
    const nl = renderCompetences(parsed(specToGrid(renderCompetences(m, "de"))).model, "nl");
    expect(nl.cells[8]![1]).toBe("Identificeert zich met de eigen producten en diensten");
    expect(nl.cells[16]![1]).toBe("Spricht Niederländisch");
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
