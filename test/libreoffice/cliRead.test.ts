/**
 * kam read of workbooks LibreOffice saved: its cached formula results 0, FALSE and "" are read as what they are, so
 * a file reads the same before and after LibreOffice re-saved it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { io, newWorkbook } from "../cli/io";
import { recalculate } from "./recalc";

async function readJson(file: string) {
  const out = io();
  expect(await main(["read", file, "--json"], out.io)).toBe(0);
  expect(out.err).toEqual([]);
  return JSON.parse(out.out[0]!);
}

describe("kam read of a workbook LibreOffice saved", () => {
  it.each([["portable", ["--portable"]]])("reads the same as before LibreOffice re-saved it (%s formulas)", async (_, options) => {
    const dir = mkdtempSync(join(tmpdir(), "kam-lo-read-"));
    const file = join(dir, "filled.xlsx");
    const wb = await newWorkbook(file, "--lang", "en", "--candidates", "Anna,Bert", ...options);
    const readiness = wb.getWorksheet("Readiness")!;
    ["I10", "I11", "I12"].forEach((a, i) => (readiness.getCell(a).value = i + 2));
    // a user's formulas whose results are "" (a blank score) and FALSE (in a note)
    readiness.getCell("I13").value = { formula: 'IF(1,"",3)' };
    readiness.getCell("H10").value = { formula: "1>2" };
    const competences = wb.getWorksheet("Competences")!;
    competences.getCell("G9").value = 4;
    competences.getCell("H9").value = 1;
    const tasks = wb.getWorksheet("Tasks")!;
    tasks.getCell("G13").value = "Done";
    tasks.getCell("H14").value = 0;
    await wb.xlsx.writeFile(file);

    const [saved] = recalculate([file]);
    const before = await readJson(file);
    const after = await readJson(saved!);
    expect(after.problems).toEqual([]);
    expect(after.readiness.unrated).toContain("R04");
    expect(after).toEqual(before);
  });
});
