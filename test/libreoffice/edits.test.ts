/**
 * The portable checklist stays right in LibreOffice whatever users do to it: random edits (their own rows and
 * respondents, values pasted past validation, remarks, n/a marks, thresholds with decimals, cleared cells, results
 * overwritten by hand) are made in the .xlsx file, LibreOffice recalculates it, and every computed cell it shows
 * equals what reading the recalculated file (as `kam read` does) and the domain report. 50 workbooks in one
 * LibreOffice run; KAM_LIBREOFFICE_EDITS=500 for a deeper search.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { createXlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { cellAddress, parseRangeAddress } from "../../src/sheets/address";
import { readinessLayout } from "../../src/kinds/readiness/sheets/layout";
import { parseReadiness } from "../../src/kinds/readiness/sheets/parse";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { applyEdits, readinessEdit, readinessStart } from "../property/readinessEdits";
import { expectedCells, same } from "../property/readinessSheet";
import { calculatedValues } from "./cells";
import { editAndRecalculate } from "./harness";

jest.setTimeout(300_000);

const COUNT = Number(process.env.KAM_LIBREOFFICE_EDITS ?? 50);
const cases = fc.sample(
  readinessStart.chain((start) =>
    fc.tuple(fc.constant(start), fc.array(readinessEdit(start.model.respondents.length), { minLength: 1, maxLength: 14 })),
  ),
  { numRuns: COUNT, seed: 20261201 },
);

describe("portable readiness checklists edited as users do, recalculated by LibreOffice, show what reading them reports", () => {
  let overwrittenBy: Set<string>[] = [];
  let recalculated: string[] = [];
  beforeAll(async () => {
    const specs = cases.map(([{ model, lang }]) => renderReadiness(model, lang, { portable: true }));
    const done = await editAndRecalculate(specs, (sheet, i) => applyEdits(sheet, cases[i]![0].model, cases[i]![1]).overwritten);
    [recalculated, overwrittenBy] = [done.files, done.edits];
  });

  it("covers own rows, respondents, invalid entries, remarks, overwritten results and rows below the formulas", () => {
    const kinds = new Set(cases.flatMap(([, edits]) => edits.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual(["beyond", "clear", "na", "overwrite", "ownRow", "remark", "respondent", "score", "threshold"]);
  });

  it.each(cases.map((c, i) => [i, c] as const))("workbook %i", async (i, [{ model, lang }]) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[i]!);
    const name = renderReadiness(model, lang).name;
    const grid = (await createXlsxHost(wb).readSheets([name])).get(name)!;
    const read = parseReadiness(grid);
    if (!read.ok) throw new Error("the recalculated checklist no longer reads");
    const values = (await calculatedValues(recalculated[i]!)).get(name)!;
    const shown = (address: string) => values.get(address) ?? "";
    const named = new Set(read.problems.filter((p) => p.code === "computedOverwritten").map((p) => p.cell));
    const l = readinessLayout(model.respondents.length, model.conditions.length);
    const conditionRows = new Set(read.conditionRows.filter((_, k) => read.model.conditions[k]!.ignored === undefined));
    for (const k of overwrittenBy[i]!) {
      const [row, col] = k.split(",").map(Number) as [number, number];
      if (shown(cellAddress(row, col)) === "" && row > 7 && !conditionRows.has(row)) continue;
      expect(named).toContain(cellAddress(row, col));
    }
    // cells computed from a named cell follow it (see test/property/sheetEqualsRead.test.ts)
    const namedMeans = new Set(
      [...named]
        .map((c) => parseRangeAddress(c))
        .filter((a) => a.row > 7 && a.col === l.meanCol)
        .map((a) => a.row),
    );
    const rowsOverwritten = [...named].some((c) => parseRangeAddress(c).row > 7);
    const wrong: string[] = [];
    for (const e of expectedCells(read, l, lang).cells) {
      const at = parseRangeAddress(e.cell);
      if (named.has(e.cell) || namedMeans.has(at.row) || (rowsOverwritten && at.row <= 7)) continue;
      if (!same(shown(e.cell), e.expected))
        wrong.push(`${e.cell} (${e.what}): LibreOffice ${JSON.stringify(shown(e.cell))}, read ${JSON.stringify(e.expected)}`);
    }
    expect(wrong).toEqual([]);
  });
});
