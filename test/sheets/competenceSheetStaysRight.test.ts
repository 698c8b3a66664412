/**
 * The competence assessment stays right while people edit it without the pane, and says what the pane says: each
 * case that was seen, calculated by HyperFormula with the KAM.* functions and read back as the pane and `kam read`
 * read it. (The portable sheet is proven in LibreOffice: test/libreoffice/competenceEdits.test.ts.)
 */
import { defaultCompetenceModel } from "../../src/kinds/competences/domain/assessment";
import { evaluateAssessment } from "../../src/kinds/competences/domain/evaluate";
import type { CompetenceModel } from "../../src/kinds/competences/domain/model";
import { COL, FIRST_COMPETENCE_ROW, ROW, SPARE_CANDIDATES, competenceLayout } from "../../src/kinds/competences/sheets/layout";
import { parseCompetences } from "../../src/kinds/competences/sheets/parse";
import { HEAT, renderCompetences } from "../../src/kinds/competences/sheets/render";
import { PALETTE } from "../../src/sheets/palette";
import { editable, shiftFormula } from "../formulas/engine";

const rated = (model: CompetenceModel, ratings: (i: number) => (number | null)[]): CompetenceModel => ({
  ...model,
  requirements: model.requirements.map((r, i) => ({ ...r, ratings: ratings(i) })),
});

/** Anna meets every requirement (4), Bert misses the first by two; 8 competences. */
const annaAndBert = rated(defaultCompetenceModel("default", ["Anna", "Bert"]), (i) => [4, i === 0 ? 2 : 5]);

/** The sheet as HyperFormula shows it and the read of it, after `edit`. */
function sheetAndRead(model: CompetenceModel, edit: (set: (row: number, col: number, v: string | number | null) => void) => void) {
  const spec = renderCompetences(model, "en");
  const sheet = editable(spec);
  edit((r, c, v) => sheet.set(r, c, v));
  const read = parseCompetences(sheet.grid(spec.name));
  if (!read.ok) throw new Error("not read");
  const result = evaluateAssessment(read.model);
  const shown = (col: number) => ({
    fit: sheet.value(ROW.fit, col),
    weightedScore: sheet.value(ROW.weightedScore, col),
    knockedOut: sheet.value(ROW.knockedOut, col),
    assessed: sheet.value(ROW.assessed, col),
    rank: sheet.value(ROW.rank, col),
  });
  const expected = (k: number) => {
    const c = result.candidates[k]!;
    // HyperFormula shows 10 significant digits
    const close = (v: number | null) => (v === null ? "" : expect.closeTo(v, 9));
    return {
      fit: c.assessed === 0 ? "not assessed" : close(c.fit),
      weightedScore: close(c.weightedScore),
      knockedOut: c.mustHaveOpen ? "not assessed" : c.knockedOut,
      assessed: c.assessed,
      rank: c.rank ?? "incomplete",
    };
  };
  return { spec, sheet, read, result, shown, expected };
}

describe("the competence assessment, edited as users do", () => {
  it('counts a competence typed into the first empty row below the 8, with validation, colour and "Met by"', () => {
    const row = FIRST_COMPETENCE_ROW + 8;
    const { spec, sheet, read, result, shown, expected } = sheetAndRead(annaAndBert, (set) => {
      set(row, COL.text, "Speaks Dutch");
      set(row, COL.firstCandidate, 4);
      set(row, COL.firstCandidate + 1, 1);
    });
    expect(read.model.requirements[8]).toMatchObject({ id: "C15", text: "Speaks Dutch", ratings: [4, 1] });
    expect(result.candidates[1]!.deficits).toContain("C15");
    expect([shown(COL.firstCandidate), shown(COL.firstCandidate + 1)]).toEqual([expected(0), expected(1)]);
    expect(sheet.value(row, COL.team)).toBe(1);
    expect(spec.validations.find((v) => v.area.col === COL.firstCandidate)!.area).toMatchObject({ row: FIRST_COMPETENCE_ROW, rows: 28 });
    // Bert's 1 against the default required level 4: the deepest red
    const deepest = spec.conditionalFormats.find((f) => f.fill === HEAT[0].fill)!;
    expect(sheet.evaluate(shiftFormula(deepest.formula, row - deepest.area.row, 1))).toBe(true);
  });

  it("marks a knocked-out candidate red once complete, counting the competences rated in the last covered rows", () => {
    // Anna misses the must-have C01 (1 of 4) and is rated on C01–C03 only; two competences typed into the last two
    // covered rows and rated make her 5 of 10: complete, so knocked out (red), not grey
    const m = defaultCompetenceModel("default", ["Anna"]);
    const model: CompetenceModel = {
      ...m,
      requirements: m.requirements.map((r, i) => ({ ...r, mustHave: i === 0, ratings: [i === 0 ? 1 : i < 3 ? 4 : null] })),
    };
    const last = competenceLayout(1, model.requirements.length).lastRow;
    const { spec, sheet, result } = sheetAndRead(model, (set) => {
      for (const row of [last - 1, last]) {
        set(row, COL.text, `Own ${row}`);
        set(row, COL.firstCandidate, 4);
      }
    });
    expect(result.candidates[0]).toMatchObject({ assessed: 5, incomplete: false, knockedOut: true });
    const red = spec.conditionalFormats.find((f) => f.area.row === ROW.fit && f.fill === PALETTE.badFill)!;
    const grey = spec.conditionalFormats.find((f) => f.area.row === ROW.fit && f.fontColor === PALETTE.mutedFont && f.fill === undefined)!;
    expect([sheet.evaluate(red.formula), sheet.evaluate(grey.formula)]).toEqual([true, false]);
  });

  it("counts a candidate typed into the next free column, and leaves the columns after it blank", () => {
    const col = COL.firstCandidate + 2;
    const { read, shown, expected } = sheetAndRead(annaAndBert, (set) => {
      set(ROW.header, col, "Cem");
      for (let i = 0; i < 8; i++) set(FIRST_COMPETENCE_ROW + i, col, 5);
    });
    expect(read.model.candidates).toEqual(["Anna", "Bert", "Cem"]);
    expect(shown(col)).toEqual(expected(2));
    expect(shown(col)).toMatchObject({ fit: 1, rank: 1 });
    expect(shown(col + 1)).toEqual({ fit: "", weightedScore: "", knockedOut: "", assessed: "", rank: "" });
    expect(competenceLayout(2, 8).lastCandidateCol).toBe(COL.firstCandidate + 2 + SPARE_CANDIDATES - 1);
  });

  it('does not count ratings pasted past validation (6, 2.5, "gut"), colours them, and names them', () => {
    const { spec, sheet, read, shown, expected } = sheetAndRead(annaAndBert, (set) => {
      set(FIRST_COMPETENCE_ROW, COL.firstCandidate + 1, 6);
      set(FIRST_COMPETENCE_ROW + 1, COL.firstCandidate + 1, 2.5);
      set(FIRST_COMPETENCE_ROW + 2, COL.firstCandidate, "gut");
    });
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual([
      ["H10", "outOfRange"],
      ["H11", "notWhole"],
      ["G12", "notNumber"],
    ]);
    // with C01's 6 not counting, Bert is no longer knocked out; nothing shows #VALUE!
    expect([shown(COL.firstCandidate), shown(COL.firstCandidate + 1)]).toEqual([expected(0), expected(1)]);
    const orange = spec.conditionalFormats.find((f) => f.fill === PALETTE.invalidFill)!;
    expect(sheet.evaluate(shiftFormula(orange.formula, 0, 1))).toBe(true);
    expect(sheet.evaluate(shiftFormula(orange.formula, 3, 1))).toBe(false);
  });

  it("names results typed over by hand", () => {
    const { read } = sheetAndRead(annaAndBert, (set) => {
      set(ROW.rank, COL.firstCandidate + 1, 1);
      set(FIRST_COMPETENCE_ROW + 2, COL.team, 2);
    });
    expect(read.problems.map((p) => [p.cell, p.code, p.expected])).toEqual([
      ["H8", "computedOverwritten", "Rank (Bert)"],
      ["F12", "computedOverwritten", "Met by"],
    ]);
  });

  it("takes a remark below the table for a remark: no competence, nothing incomplete", () => {
    // Cem is rated on 4 of 8: complete (half); the two remarks taken for competences would make him incomplete
    const model = rated(defaultCompetenceModel("default", ["Cem"]), (i) => [i < 4 ? 4 : null]);
    const { sheet, read, result, shown, expected } = sheetAndRead(model, (set) => {
      set(FIRST_COMPETENCE_ROW + 10, COL.id, "see appendix B");
      set(FIRST_COMPETENCE_ROW + 11, COL.mustHave, "x");
    });
    expect(read.model.requirements.filter((r) => r.ignored === "remark").map((r) => r.id)).toEqual(["see appendix B", ""]);
    expect(result.candidates[0]!.incomplete).toBe(false);
    expect(shown(COL.firstCandidate)).toEqual(expected(0));
    expect(sheet.value(FIRST_COMPETENCE_ROW + 10, COL.team)).toBe("");
    expect(read.problems).toEqual([]);
  });

  it("treats 0 in the must-have column as no mark, as the KAM functions must (Excel passes a blank cell as 0)", () => {
    const { read, shown, expected } = sheetAndRead(annaAndBert, (set) => set(FIRST_COMPETENCE_ROW, COL.mustHave, 0));
    expect(read.model.requirements[0]!.mustHave).toBe(false);
    expect(shown(COL.firstCandidate + 1)).toEqual(expected(1));
    expect(shown(COL.firstCandidate + 1).knockedOut).toBe(false);
  });

  it("names a competence typed below the rows the formulas reach, and counts it on neither side until re-created", () => {
    const row = competenceLayout(2, 8).lastRow + 3;
    const { read, result, shown, expected } = sheetAndRead(annaAndBert, (set) => {
      set(row, COL.text, "Speaks Dutch");
      set(row, COL.firstCandidate, 1);
    });
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual([[`B${row + 1}`, "outsideRow"]]);
    expect(result.candidates[0]!.deficits).toEqual([]);
    expect(shown(COL.firstCandidate)).toEqual(expected(0));
    const again = parseCompetences(editable(renderCompetences(read.model, "en")).grid("Competences"));
    if (!again.ok) throw new Error("not read");
    expect(evaluateAssessment(again.model).candidates[0]!.deficits).toEqual(["C15"]);
  });

  it('still counts a competence typed where the user cleared the spare rows\' "Met by", and names the cleared cell', () => {
    const row = FIRST_COMPETENCE_ROW + 12;
    const { read, result, shown, expected } = sheetAndRead(annaAndBert, (set) => {
      for (let r = FIRST_COMPETENCE_ROW + 8; r <= competenceLayout(2, 8).lastRow; r++) set(r, COL.team, null);
      set(row, COL.text, "Own");
      set(row, COL.mustHave, "x");
      set(row, COL.firstCandidate, 1);
    });
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual([[`F${row + 1}`, "computedOverwritten"]]);
    // Anna misses the new must-have; Bert is not rated on it, so he waits unranked, and Anna is the only one ranked
    expect(result.candidates[0]).toMatchObject({ knockedOut: true, rank: 1 });
    expect(result.candidates[1]).toMatchObject({ knockedOut: false, mustHaveOpen: true, rank: null });
    expect([shown(COL.firstCandidate), shown(COL.firstCandidate + 1)]).toEqual([expected(0), expected(1)]);
  });

  it("shows no results under a name of blanks, and names that cell as not part of the sheet", () => {
    const col = COL.firstCandidate + 3;
    const { read, shown } = sheetAndRead(annaAndBert, (set) => set(ROW.header, col, " "));
    expect(shown(col)).toEqual({ fit: "", weightedScore: "", knockedOut: "", assessed: "", rank: "" });
    expect(read.model.candidates).toEqual(["Anna", "Bert"]);
    expect(read.strays).toEqual(["J9"]);
  });

  it("keeps a remark as typed when the sheet is created again: its text in the must-have column, no requirement added", () => {
    const row = FIRST_COMPETENCE_ROW + 9;
    const { read } = sheetAndRead(annaAndBert, (set) => set(row, COL.mustHave, "see appendix B"));
    expect(read.model.requirements[8]).toMatchObject({ ignored: "remark", mustHaveAs: "see appendix B" });
    const again = renderCompetences(read.model, "en").cells;
    expect(again[FIRST_COMPETENCE_ROW + 8]!.slice(0, 5)).toEqual(["", null, "", "", "see appendix B"]);
  });

  it('names what would be lost on re-creating: entries below the formulas under "Met by" or no candidate, a note above the table', () => {
    const l = competenceLayout(2, 8);
    const { read } = sheetAndRead(annaAndBert, (set) => {
      set(l.lastRow + 5, COL.team, "checked by HR");
      set(l.lastRow + 6, COL.firstCandidate + 4, 3);
      set(l.lastRow + 9, COL.id, "see appendix B");
      set(1, COL.firstCandidate + 4, "my note");
    });
    expect(read.strays).toEqual(["K2", `F${l.lastRow + 6}`, `K${l.lastRow + 7}`]);
  });

  it("takes no formula of the user's above the table for the sheet's reach, and refuses nothing the sheet does not write", () => {
    const l = competenceLayout(2, 8);
    const { read } = sheetAndRead(annaAndBert, (set) => {
      set(0, 25, '=COUNTIF(H9:H200,">=4")');
      set(ROW.fit, COL.text, "Fit (%)");
      set(l.lastRow + 20, COL.team, "checked by HR");
      set(l.lastRow + 16, COL.text, "Speaks Dutch");
      set(l.lastRow + 16, COL.firstCandidate + 1, 1);
    });
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual([[`B${l.lastRow + 17}`, "outsideRow"]]);
    expect(read.strays).toEqual([]);
  });
});
