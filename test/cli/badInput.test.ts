import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { io, newWorkbook } from "./io";

/** `kam read` on what users leave in real files: every problem named with sheet, cell and reason, the rest read. */
describe("kam read on bad input", () => {
  const dir = mkdtempSync(join(tmpdir(), "kam-bad-"));

  it("names every bad entry of all three sheets, in the language asked for, and still reads the rest", async () => {
    const file = join(dir, "bad.xlsx");
    const wb = await newWorkbook(file, "--lang", "de", "--candidates", "أحمد 🌟,Bert");
    const r = wb.getWorksheet("Voraussetzungen")!;
    for (let row = 10; row <= 23; row++) r.getCell(`I${row}`).value = 4;
    r.getCell("I11").value = 2.5;
    r.getCell("I12").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    r.getCell("I13").value = -3;
    r.getCell("H14").value = "Ziel: 🎯 ".repeat(2_000);
    const c = wb.getWorksheet("Kompetenzen")!;
    c.getCell("G10").value = 5;
    c.getCell("H10").value = "gut";
    c.getCell("D11").value = 7;
    const t = wb.getWorksheet("Aufgaben")!;
    t.getCell("F13").value = "31.03.2026";
    t.getCell("H13").value = 1.5;
    t.getCell("G14").value = "Fertig?";
    await wb.xlsx.writeFile(file);

    const out = io();
    expect(await main(["read", file, "--json", "--lang", "de"], out.io)).toBe(0);
    const json = JSON.parse(out.out[0]!);
    expect(json.problems.map((p: { message: string }) => p.message)).toEqual([
      "Voraussetzungen!I11: 2,5 ist keine ganze Zahl; erwartet wird 1, 2, 3, 4 oder 5.",
      "Voraussetzungen!I12: Die Zelle enthält den Fehlerwert #N/A.",
      "Voraussetzungen!I13: -3 liegt außerhalb der Skala 1 bis 5.",
      "Kompetenzen!H10: „gut“ ist keine Zahl; erwartet wird eine ganze Zahl von 1 bis 5.",
      "Kompetenzen!D11: 7 ist kein gültiges Gewicht (1, 2 oder 3); es gilt 2.",
      "Aufgaben!F13: „31.03.2026“ ist Text, kein Datum; Excel rechnet nicht damit. Geben Sie das Datum neu ein (z. B. 31.03.2026) oder formatieren Sie die Zelle als Datum.",
      "Aufgaben!H13: 150\u00a0% liegt nicht zwischen 0 % und 100 %.",
      "Aufgaben!G14: „Fertig?“ ist kein bekannter Status (Offen, In Arbeit, Erledigt, Blockiert).",
    ]);
    // the rest still counts: the valid scores of 4, the first candidate's rating, the tasks with a known status
    expect(json.readiness.index).toBe(4);
    expect(json.competences.ranking.map((x: { candidate: string }) => x.candidate)).toContain("أحمد 🌟");
    expect(json.tasks.progress.total).toBe(21);
  });

  it("a file that is not a workbook is refused with its name and reason, exit 1", async () => {
    const file = join(dir, "notes.xlsx");
    writeFileSync(file, "just text");
    const out = io();
    expect(await main(["read", file], out.io)).toBe(1);
    expect(out.err[0]).toContain(`Cannot read ${file}`);
  });
});
