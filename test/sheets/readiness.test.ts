import { defaultReadinessModel, withCondition, withRespondents } from "../../src/kinds/readiness/domain/checklist";
import type { ReadinessModel } from "../../src/kinds/readiness/domain/model";
import type { Lang } from "../../src/domain/lang";
import { gridFromValues, type SheetGrid } from "../../src/sheets/read";
import { parseReadiness } from "../../src/kinds/readiness/sheets/parse";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { isFormulaCell } from "../../src/sheets/spec";

function scored(model: ReadinessModel, f: (row: number, col: number) => number | null): ReadinessModel {
  return { ...model, conditions: model.conditions.map((c, i) => ({ ...c, scores: c.scores.map((_, j) => f(i, j)) })) };
}

function parsedModel(grid: SheetGrid) {
  const r = parseReadiness(grid);
  if (!r.ok) throw new Error(`parse failed: ${JSON.stringify(r.problems)}`);
  return r;
}

/** Puts `value` into the cell at A1-style `address` of a grid, as a user typing there would. */
function edit(grid: SheetGrid, address: string, value: string | number | boolean): SheetGrid {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1]!.charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  const rows = grid.formulas.map((r) => [...r]);
  while (rows.length <= row) rows.push([]);
  rows[row]![col] = value;
  return gridFromValues(grid.name, rows);
}

describe("rendering the readiness checklist", () => {
  it.each<[Lang, string, string]>([
    ["de", "Voraussetzungen", "Engagement des Topmanagements"],
    ["nl", "Voorwaarden", "Betrokkenheid van het topmanagement"],
    ["en", "Readiness", "Top management commitment"],
  ])("in %s names the sheet %s and lists the 14 conditions", (lang, name, first) => {
    const spec = renderReadiness(defaultReadinessModel(), lang);
    expect(spec.name).toBe(name);
    expect(String(spec.cells[9]![1])).toContain(first);
    expect(spec.cells[9]![0]).toBe("R01");
    expect(spec.cells[22]![0]).toBe("R14");
    // 14 conditions and 20 empty rows the formulas cover
    expect(spec.cells).toHaveLength(43);
    expect(spec.cells[23]![0]).toBeNull();
    expect(spec.cells[42]![3]).toMatchObject({ formula: expect.stringContaining("$B43") });
  });

  it("carries the seed's instruction with the threshold", () => {
    const spec = renderReadiness(defaultReadinessModel(), "nl");
    expect(spec.cells[1]![0]).toContain("Scoren twee of meer voorwaarden lager dan 3");
    const de = renderReadiness({ ...defaultReadinessModel(), threshold: 2.5 }, "de");
    expect(de.cells[1]![0]).toContain("Liegen zwei oder mehr Voraussetzungen unter 2,5");
  });

  it("computes the result block with the KAM custom functions over the score block", () => {
    const spec = renderReadiness(withRespondents(defaultReadinessModel(), ["Zentrale", "BU", "Länder"]), "de");
    const formulas = spec.cells
      .flat()
      .filter(isFormulaCell)
      .map((c) => c.formula);
    // over the respondents and 10 empty columns right of them, the conditions and 20 empty rows below them
    const threshold = "IF(ISNUMBER($D$4),IF(AND($D$4>=1,$D$4<=5),$D$4,3),3)";
    // an error value in an entry reaches no function (Excel would show it instead): entries not counted, marks marking
    const [scores, na, texts] = ['IFERROR($I$10:$U$43,"")', "IFERROR($C$10:$C$43,TRUE())", "IFERROR($B$10:$B$43,TRUE())"];
    expect(formulas).toContain(`=KAM.READINESS(${scores},${na},${texts})`);
    expect(formulas).toContain(`=KAM.WEAKCOUNT(${scores},${threshold},${na},${texts})`);
    expect(formulas).toContain(`=KAM.VERDICT(${scores},${threshold},"de",${na},${texts})`);
    expect(spec.cells[8]).toEqual([
      "Nr.",
      "Voraussetzung",
      "n. z.",
      "Befund",
      "Mittelwert",
      "Min",
      "Max",
      "Notizen",
      "Zentrale",
      "BU",
      "Länder",
    ]);
  });

  it("puts the respondents last, so that the next free column is where another respondent goes", () => {
    const one = renderReadiness(defaultReadinessModel(), "en");
    expect(one.cells[8]).toEqual(["No.", "Condition", "n/a", "Finding", "Mean", "Min", "Max", "Notes", "Score"]);
  });

  it("validates every score cell as a whole number 1–5 with an input message", () => {
    const spec = renderReadiness(withRespondents(defaultReadinessModel(), ["A", "B"]), "en");
    const v = spec.validations.find((x) => x.rule.kind === "wholeNumber")!;
    expect(v.area).toEqual({ row: 9, col: 8, rows: 34, cols: 12 });
    expect(v.rule).toEqual({ kind: "wholeNumber", min: 1, max: 5 });
    expect(v.prompt.message).toContain("1 = weak");
  });

  it("marks invalid scores orange, weak ones red and strong ones green relative to the threshold in force", () => {
    const spec = renderReadiness(defaultReadinessModel(), "en");
    const onScores = spec.conditionalFormats.filter((f) => f.area.col === 8 && f.area.row === 9);
    const valid = "IF(ISNUMBER(I10),AND(I10=INT(I10),I10>=1,I10<=5),FALSE())";
    const na = 'IFERROR(AND($C10<>"",$C10<>0,$C10<>FALSE()),TRUE())';
    const threshold = "IF(ISNUMBER($D$4),IF(AND($D$4>=1,$D$4<=5),$D$4,3),3)";
    expect(onScores.map((f) => [f.formula, f.fill])).toEqual([
      [`=IF(ISBLANK(I10),FALSE(),NOT(${valid}))`, "#F8CBAD"],
      [`=AND(NOT(${na}),${valid},I10<${threshold})`, "#FFC7CE"],
      [`=AND(NOT(${na}),${valid},I10>=MAX(4,${threshold}))`, "#C6EFCE"],
    ]);
  });

  it("freezes the header and prints on one landscape page: title, results and conditions, titled and numbered in its language", () => {
    const spec = renderReadiness(defaultReadinessModel(), "de");
    expect(spec.freezeRows).toBe(9);
    expect(spec.print).toEqual({
      landscape: true,
      area: { row: 0, col: 0, rows: 43, cols: 9 },
      fit: { wide: 1, tall: 1 },
      titleRows: { from: 8, to: 8 },
      header: { center: "&BVoraussetzungen für die Einführung von Key-Account-Management" },
      footer: { left: "&A", center: "Seite &P von &N", right: "&D" },
    });
    expect(renderReadiness(defaultReadinessModel(["A", "B", "C"]), "nl").print).toMatchObject({
      area: { cols: 11 },
      footer: { center: "Pagina &P van &N" },
    });
  });

  it("writes text that looks like a formula as text", () => {
    const m = withCondition(defaultReadinessModel(), '=HYPERLINK("x")');
    const spec = renderReadiness(m, "en");
    expect(spec.cells[23]![1]).toBe('=HYPERLINK("x")');
    expect(isFormulaCell(spec.cells[23]![1])).toBe(false);
  });
});

describe("reading the checklist back", () => {
  it.each<Lang>(["de", "nl", "en"])("gives back the model it was rendered from (%s)", (lang) => {
    let m = withRespondents(defaultReadinessModel(), ["Zentrale", "Benelux"]);
    m = withCondition(m, "Budget für KAM-Schulungen");
    m = scored(m, (i, j) => (i % 3 === 0 ? null : ((i + j) % 5) + 1));
    m = {
      ...m,
      threshold: 3.5,
      conditions: m.conditions.map((c, i) => ({ ...c, notApplicable: i === 4, note: i === 2 ? "im Aufbau" : "" })),
    };
    const read = parsedModel(specToGrid(renderReadiness(m, lang)));
    expect(read.model).toEqual(m);
    expect(read.lang).toBe(lang);
    expect(read.problems).toEqual([]);
    expect(read.conditionRows[0]).toBe(9);
  });

  it("round-trips a single unnamed respondent", () => {
    const m = scored(defaultReadinessModel(), (i) => (i % 5) + 1);
    expect(parsedModel(specToGrid(renderReadiness(m, "en"))).model).toEqual(m);
  });

  it("re-localizes: standard texts follow the language, the user's own stay", () => {
    const m = withCondition(defaultReadinessModel(), "Eigene Voraussetzung");
    const nl = renderReadiness(parsedModel(specToGrid(renderReadiness(m, "de"))).model, "nl");
    expect(nl.cells[9]![1]).toContain("Betrokkenheid");
    expect(nl.cells[23]![1]).toBe("Eigene Voraussetzung");
  });

  it("names the cell and the reason for each invalid score, and keeps what was typed", () => {
    let grid = specToGrid(renderReadiness(defaultReadinessModel(), "en"));
    grid = edit(grid, "I10", "good");
    grid = edit(grid, "I11", 7);
    grid = edit(grid, "I12", 2.5);
    grid = edit(grid, "I13", 0);
    grid = edit(grid, "I14", 4);
    const read = parsedModel(grid);
    expect(read.problems.map((p) => [p.cell, p.code, p.value])).toEqual([
      ["I10", "notNumber", "good"],
      ["I11", "outOfRange", "7"],
      ["I12", "notWhole", "2.5"],
      ["I13", "outOfRange", "0"],
    ]);
    expect(read.model.conditions.slice(0, 5).map((c) => c.scores[0])).toEqual([
      { value: "good" },
      { value: 7 },
      { value: 2.5 },
      { value: 0 },
      4,
    ]);
    const again = specToGrid(renderReadiness(read.model, "en"));
    expect(again.values[9]![8]).toBe("good");
    expect(again.values[11]![8]).toBe(2.5);
  });

  it("reports an error value in a score cell", () => {
    const grid = specToGrid(renderReadiness(defaultReadinessModel(), "de"));
    const withError: SheetGrid = {
      ...grid,
      values: grid.values.map((r, i) => (i === 10 ? r.map((v, j) => (j === 8 ? "#DIV/0!" : v)) : r)),
      formulas: grid.formulas.map((r, i) => (i === 10 ? r.map((v, j) => (j === 8 ? "=1/0" : v)) : r)),
      valueTypes: grid.valueTypes.map((r, i) => (i === 10 ? r.map((v, j) => (j === 8 ? "Error" : v)) : r)),
    };
    const read = parsedModel(withError);
    expect(read.problems).toEqual([{ sheet: "Voraussetzungen", cell: "I11", code: "errorValue", value: "#DIV/0!" }]);
    expect(read.model.conditions[1]!.scores[0]).toEqual({ value: "#DIV/0!", error: true, formula: "=1/0" });
  });

  it("keeps a formula in a score cell and counts its valid result", () => {
    const grid = specToGrid(renderReadiness(defaultReadinessModel(), "en"));
    const g2: SheetGrid = {
      ...grid,
      values: grid.values.map((r, i) => (i === 9 ? r.map((v, j) => (j === 8 ? 4 : v)) : r)),
      formulas: grid.formulas.map((r, i) => (i === 9 ? r.map((v, j) => (j === 8 ? "=2+2" : v)) : r)),
      valueTypes: grid.valueTypes.map((r, i) => (i === 9 ? r.map((v, j) => (j === 8 ? "Double" : v)) : r)),
    };
    const read = parsedModel(g2);
    expect(read.problems).toEqual([]);
    expect(read.model.conditions[0]!.scores[0]).toEqual({ value: 4, formula: "=2+2" });
  });

  it("reports an invalid threshold and keeps it", () => {
    const read = parsedModel(edit(specToGrid(renderReadiness(defaultReadinessModel(), "en")), "D4", "high"));
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual([["D4", "thresholdInvalid"]]);
    expect(read.model.threshold).toEqual({ value: "high" });
  });

  it("takes rows the user added below the table, giving them new ids", () => {
    let grid = specToGrid(renderReadiness(defaultReadinessModel(), "en"));
    grid = edit(grid, "B24", "Training budget");
    grid = edit(grid, "I24", 2);
    grid = edit(grid, "A25", "R10");
    grid = edit(grid, "B25", "Duplicate");
    const read = parsedModel(grid);
    expect(read.model.conditions.slice(14).map((c) => [c.id, c.text, c.scores[0]])).toEqual([
      ["R15", "Training budget", 2],
      ["R16", "Duplicate", null],
    ]);
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual([["A25", "duplicateId"]]);
  });

  it("refuses a sheet that is not a checklist", () => {
    const r = parseReadiness(gridFromValues("Readiness", [["Budget 2027"], [1, 2, 3]]));
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.code).toBe("headerMissing");
  });
});
