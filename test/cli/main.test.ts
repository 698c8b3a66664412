import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { isoToSerial } from "../../src/domain/tasks/dates";
import { main } from "../../src/cli/main";
import { io } from "./io";


describe("the kam command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "kam-cli-"));

  it("writes a complete workbook in the chosen language, and never overwrites one unless told", async () => {
    const file = join(dir, "new.xlsx");
    const a = io();
    expect(await main(["new", file, "--lang", "nl", "--candidates", "Anna, Bert", "--respondents", "Centraal,Benelux"], a.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Voorwaarden", "Competenties", "Taken"]);
    expect(wb.getWorksheet("Competenties")!.getCell("F8").value).toBe("Anna");
    expect(wb.getWorksheet("Voorwaarden")!.getCell("E9").value).toBe("Benelux");
    const b = io();
    expect(await main(["new", file], b.io)).toBe(1);
    expect(b.err[0]).toContain("exists");
    expect(await main(["new", file, "--force"], io().io)).toBe(0);
  });

  it("reads a filled workbook as JSON: verdict, ranking, overdue tasks and every problem with its cell", async () => {
    const file = join(dir, "filled.xlsx");
    await main(["new", file, "--lang", "en", "--candidates", "Anna,Bert"], io().io);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const r = wb.getWorksheet("Readiness")!;
    for (let row = 10; row <= 23; row++) r.getCell(`D${row}`).value = row === 10 ? 2 : row === 11 ? 1 : 4;
    r.getCell("D12").value = "good";
    const c = wb.getWorksheet("Competences")!;
    for (let row = 9; row <= 16; row++) {
      c.getCell(`F${row}`).value = 4;
      c.getCell(`G${row}`).value = row === 9 ? 2 : 5;
    }
    const t = wb.getWorksheet("Tasks")!;
    t.getCell("B3").value = isoToSerial("2026-11-23");
    t.getCell("F13").value = isoToSerial("2026-11-01");
    t.getCell("G14").value = "Done";
    await wb.xlsx.writeFile(file);

    const a = io();
    expect(await main(["read", file, "--json"], a.io)).toBe(0);
    const json = JSON.parse(a.out.join("\n"));
    expect(json.readiness).toMatchObject({ verdict: "NOT_READY", weak: ["R01", "R02"], unrated: ["R03"] });
    expect(json.competences.best).toBe("Anna");
    expect(json.competences.ranking.map((x: { candidate: string; rank: number }) => [x.candidate, x.rank])).toEqual([
      ["Anna", 1],
      ["Bert", 2],
    ]);
    expect(json.competences.ranking[1].deficits).toEqual(["C01"]);
    expect(json.tasks).toMatchObject({ today: "2026-11-23", overdue: ["T01"], progress: { done: 1, total: 22 } });
    expect(json.problems).toEqual([{ sheet: "Readiness", cell: "D12", reason: "notNumber", message: 'Readiness!D12: "good" is not a number; expected a whole number from 1 to 5.' }]);
  });

  it("writes a portable workbook whose formulas need no add-in", async () => {
    const file = join(dir, "portable.xlsx");
    expect(await main(["new", file, "--portable", "--candidates", "Anna"], io().io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const formulas: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void (typeof c.formula === "string" && formulas.push(c.formula)))));
    expect(formulas.length).toBeGreaterThan(50);
    expect(formulas.filter((f) => f.includes("KAM."))).toEqual([]);
  });

  it("exits non-zero on a file it cannot read, and explains itself", async () => {
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, "not a workbook");
    const a = io();
    expect(await main(["read", bad, "--json"], a.io)).toBe(1);
    expect(a.err[0]).toContain("Cannot read");
    const h = io();
    expect(await main(["--help"], h.io)).toBe(0);
    expect(h.out[0]).toContain("kam new FILE.xlsx");
    expect(await main(["new", join(dir, "x.xlsx"), "--lang", "fr"], io().io)).toBe(2);
  });
});
