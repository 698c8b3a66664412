/**
 * The portable competence assessment stays right in LibreOffice whatever users do to it: random edits (their own
 * competences and candidates, ratings and requirements pasted past validation, remarks, cleared cells, results
 * overwritten by hand) are made in the .xlsx file, LibreOffice recalculates it, and every computed cell it shows
 * equals what reading the recalculated file (as `kam read` does) and the domain report. 50 workbooks in one
 * LibreOffice run; KAM_LIBREOFFICE_EDITS=500 for a deeper search.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { createXlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { cellAddress, parseRangeAddress } from "../../src/sheets/address";
import { ROW, competenceLayout } from "../../src/kinds/competences/sheets/layout";
import { parseCompetences } from "../../src/kinds/competences/sheets/parse";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { applyCompetenceEdits, competenceEdit, competenceStart } from "../property/competenceEdits";
import { asNumber, expectedCompetenceCells, rankChecked } from "../property/competenceSheet";
import { same } from "../property/readinessSheet";
import { calculatedValues } from "./cells";
import { editAndRecalculate } from "./harness";

jest.setTimeout(300_000);

const COUNT = Number(process.env.KAM_LIBREOFFICE_EDITS ?? 50);
const cases = fc.sample(
  competenceStart.chain((start) =>
    fc.tuple(fc.constant(start), fc.array(competenceEdit(start.model.candidates.length), { minLength: 1, maxLength: 14 })),
  ),
  { numRuns: COUNT, seed: 20261202 },
);

describe("portable competence assessments edited as users do, recalculated by LibreOffice, show what reading them reports", () => {
  let overwrittenBy: Set<string>[] = [];
  let recalculated: string[] = [];
  beforeAll(async () => {
    const specs = cases.map(([{ model, lang }]) => renderCompetences(model, lang, { portable: true }));
    const done = await editAndRecalculate(specs, (sheet, i) => applyCompetenceEdits(sheet, cases[i]![0].model, cases[i]![1]).overwritten);
    [recalculated, overwrittenBy] = [done.files, done.edits];
  });

  it("covers own competences, candidates, invalid entries, remarks, overwritten results and rows below the formulas", () => {
    const kinds = new Set(cases.flatMap(([, edits]) => edits.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual(["beyond", "candidate", "clear", "overwrite", "ownRow", "rating", "remark", "requirement"]);
  });

  it.each(cases.map((c, i) => [i, c] as const))("workbook %i", async (i, [{ model, lang }]) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[i]!);
    const name = renderCompetences(model, lang).name;
    const grid = (await createXlsxHost(wb).readSheets([name])).get(name)!;
    const read = parseCompetences(grid);
    if (!read.ok) throw new Error("the recalculated assessment no longer reads");
    const values = (await calculatedValues(recalculated[i]!)).get(name)!;
    const shown = (address: string) => values.get(address) ?? "";
    const named = new Set(read.problems.filter((p) => p.code === "computedOverwritten").map((p) => p.cell));
    const rows = new Set(read.competenceRows.filter((_, k) => read.model.requirements[k]!.ignored === undefined));
    const cols = new Set(read.candidateCols);
    for (const k of overwrittenBy[i]!) {
      const [row, col] = k.split(",").map(Number) as [number, number];
      if (shown(cellAddress(row, col)) === "" && (row < ROW.header ? !cols.has(col) : !rows.has(row))) continue;
      expect(named).toContain(cellAddress(row, col));
    }
    const wrong: string[] = [];
    for (const e of expectedCompetenceCells(read, competenceLayout(model.candidates.length, model.requirements.length))) {
      const at = parseRangeAddress(e.cell);
      if (named.has(e.cell) || !rankChecked(at.row, named)) continue;
      const actual = asNumber(shown(e.cell));
      if (!same(actual, e.expected))
        wrong.push(`${e.cell} (${e.what}): LibreOffice ${JSON.stringify(actual)}, read ${JSON.stringify(e.expected)}`);
    }
    expect(wrong).toEqual([]);
  });
});
