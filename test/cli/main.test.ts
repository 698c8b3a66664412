import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isoToSerial } from "../../src/domain/dates";
import { main } from "../../src/cli/main";
import { io, newWorkbook } from "./io";

describe("the kam command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "kam-cli-"));

  it("writes a complete workbook in the chosen language, and never overwrites one unless told", async () => {
    const file = join(dir, "new.xlsx");
    const a = io();
    expect(await main(["new", file, "--lang", "nl", "--candidates", "Anna, Bert", "--respondents", "Centraal,Benelux"], a.io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Voorwaarden", "Competenties", "Taken", "Key-accountselectie"]);
    // with the readiness profile and the candidates' fit as native charts (ExcelJS itself reads past them)
    const zip = await JSZip.loadAsync(readFileSync(file));
    const charts = await Promise.all(zip.file(/^xl\/charts\/chart\d+\.xml$/).map((f) => f.async("string")));
    const refs = charts.map((x) => [...x.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]));
    expect(refs).toEqual(
      expect.arrayContaining([
        ["Voorwaarden!$A$10:$A$23", "Voorwaarden!$I$10:$I$23", "Voorwaarden!$A$10:$A$23", "Voorwaarden!$J$10:$J$23"],
        ["Competenties!$G$9:$H$9", "Competenties!$G$4:$H$4"],
      ]),
    );
    expect(wb.getWorksheet("Competenties")!.getCell("G9").value).toBe("Anna");
    expect(wb.getWorksheet("Voorwaarden")!.getCell("J9").value).toBe("Benelux");
    const b = io();
    expect(await main(["new", file], b.io)).toBe(1);
    expect(b.err[0]).toContain("exists");
    expect(await main(["new", file, "--force"], io().io)).toBe(0);
  });

  it("reads a filled workbook as JSON: verdict, ranking, overdue tasks and every problem with its cell", async () => {
    const file = join(dir, "filled.xlsx");
    const wb = await newWorkbook(file, "--lang", "en", "--candidates", "Anna,Bert");
    const r = wb.getWorksheet("Readiness")!;
    for (let row = 10; row <= 23; row++) r.getCell(`I${row}`).value = row === 10 ? 2 : row === 11 ? 1 : 4;
    r.getCell("I12").value = "good";
    const c = wb.getWorksheet("Competences")!;
    for (let row = 10; row <= 17; row++) {
      c.getCell(`G${row}`).value = 4;
      c.getCell(`H${row}`).value = row === 10 ? 2 : 5;
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
    expect(json.problems).toEqual([
      {
        sheet: "Readiness",
        cell: "I12",
        reason: "notNumber",
        message: 'Readiness!I12: "good" is not a number; expected a whole number from 1 to 5.',
      },
    ]);
    // every share is a fraction 0–1, the index is on the scale 1–5
    // 13 conditions rated: 2, 1 and eleven 4s
    expect(json.readiness.index).toBeCloseTo(47 / 13, 4);
    expect(json.readiness.share).toBeCloseTo((47 / 13 - 1) / 4, 4);
    expect(json.competences.ranking[0].fit).toBeGreaterThan(0);
    expect(json.competences.ranking[0].fit).toBeLessThanOrEqual(1);

    // the text report: the pane's view of each sheet, in the language asked for
    const de = io();
    expect(await main(["read", file, "--lang", "de"], de.io)).toBe(0);
    // (numbers and their % sign are joined by a no-break space, as the language writes them)
    const text = de.out.join("\n").replace(/\u00a0/g, " ");
    for (const line of [
      "Voraussetzungen für KAM (Readiness)",
      "  Nicht bereit: zuerst die schwachen Voraussetzungen erfüllen",
      "  Reifegrad: 3,62 / 5 · 65 %",
      "  Schwache Voraussetzungen (2)",
      "  Nicht bewertet (1)",
      "  Am besten geeignet: Anna",
      "    1. Anna: Eignung 100 % · gewichtete Bewertung 4,00",
      "    Bert: C01 Identifiziert sich mit den eigenen Produkten und Dienstleistungen (-2)",
      "  Stichtag: 23.11.2026",
      "    Gesamt: 1 von 22 erledigt · Ø 5 %",
      "  Überfällig (1)",
      "Ungültige Eingaben (1)",
      "  Readiness!I12: „good“ ist keine Zahl; erwartet wird eine ganze Zahl von 1 bis 5.",
    ])
      expect(text.split("\n")).toContain(line);
    expect(text).not.toMatch(/NOT_READY|READY_WITH_GAPS|\{\w+\}/);
  });

  it('says who nobody assessed yet and how far an assessment went, as the pane does, instead of "no deficits"', async () => {
    const file = join(dir, "unassessed.xlsx");
    const wb = await newWorkbook(file, "--lang", "de", "--candidates", "Anna,Bert,Carla");
    const c = wb.getWorksheet("Kompetenzen")!;
    // Bert: two of eight rated, both at 5 (no deficit among them); Carla: all eight at 5
    for (let row = 10; row <= 17; row++) {
      if (row >= 16) c.getCell(`H${row}`).value = 5;
      c.getCell(`I${row}`).value = 5;
    }
    await wb.xlsx.writeFile(file);
    const a = io();
    expect(await main(["read", file, "--lang", "de"], a.io)).toBe(0);
    const lines = a.out.join("\n").split("\n");
    expect(lines).toContain("    Anna: Noch nicht bewertet.");
    expect(lines).toContain("    Bert: Bisher keine Defizite (2 von 8 Kompetenzen bewertet).");
    expect(lines).toContain("    Carla: Keine Defizite.");
  });

  it("refuses unknown options and stray arguments with a hint (exit 2), and tells its version", async () => {
    const file = join(dir, "any.xlsx");
    for (const [args, message] of [
      [["read", file, "--jsn"], `kam read: unknown option --jsn. Did you mean --json? See kam --help.`],
      [["read", file, "other.xlsx"], `kam read: one file only; "other.xlsx" is one too many. See kam --help.`],
      [["new", file, "--lang"], `kam new: --lang needs a value. See kam --help.`],
      [["raed", file], `Unknown command "raed". Did you mean read? See kam --help.`],
      [["new", file, "--portabel"], `kam new: unknown option --portabel. Did you mean --portable? See kam --help.`],
    ] as const) {
      const a = io();
      expect(await main([...args], a.io)).toBe(2);
      expect(a.err).toEqual([message]);
    }
    // after --, a name that starts with - is a file; --help anywhere before it shows the help; kam alone is a usage error
    const dashed = io();
    expect(await main(["read", "--", "-odd.xlsx"], dashed.io)).toBe(1);
    expect(dashed.err).toEqual(["Cannot read -odd.xlsx: there is no such file."]);
    const help = io();
    expect(await main(["read", "--help"], help.io)).toBe(0);
    expect(help.out[0]).toContain("kam read FILE.xlsx");
    const bare = io();
    expect(await main([], bare.io)).toBe(2);
    expect([bare.out, bare.err[0]?.startsWith("kam: KAM Workbench")]).toEqual([[], true]);
    const v = io();
    expect(await main(["--version"], v.io)).toBe(0);
    expect(v.out).toEqual([`kam ${JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")).version}`]);
  });

  it("writes a portable workbook whose formulas need no add-in", async () => {
    const file = join(dir, "portable.xlsx");
    const wb = await newWorkbook(file, "--portable", "--candidates", "Anna");
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
    // a folder or a pipe is refused at once, never waited on
    const fifo = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    for (const notAFile of [dir, fifo]) {
      const r = io();
      expect(await main(["read", notAFile], r.io)).toBe(1);
      expect(r.err[0]).toBe(`Cannot read ${notAFile}: it is not a regular file (a folder, device, pipe or socket).`);
    }
    const h = io();
    expect(await main(["--help"], h.io)).toBe(0);
    expect(h.out[0]).toContain("kam new FILE.xlsx");
    expect(await main(["new", join(dir, "x.xlsx"), "--lang", "fr"], io().io)).toBe(2);
  });
});

describe("kam new refuses paths it should not write", () => {
  const dir = mkdtempSync(join(tmpdir(), "kam-cli-paths-"));

  async function refused(args: string[], code: number) {
    const a = io();
    expect(await main(["new", ...args], a.io)).toBe(code);
    expect(a.out).toEqual([]);
    expect(a.err).toHaveLength(1);
    return a.err[0]!;
  }

  it("writes only .xlsx names, whatever their case (a usage error otherwise)", async () => {
    for (const name of ["kam.xls", "kam.csv", "kam", "kam.xlsx.txt", "/dev/null"]) {
      const file = name.startsWith("/") ? name : join(dir, name);
      const message = await refused([file], 2);
      expect(message).toContain(file);
      expect(message).toContain("not an .xlsx file name");
    }
    expect(await main(["new", join(dir, "UPPER.XLSX")], io().io)).toBe(0);
  });

  it("refuses a folder, and a folder that does not exist, naming them", async () => {
    const folder = join(dir, "folder.xlsx");
    mkdirSync(folder);
    expect(await refused([folder, "--force"], 1)).toBe(`${folder} is a folder; name a file to write.`);
    const deep = join(dir, "no", "such", "kam.xlsx");
    expect(await refused([deep], 1)).toBe(`${deep}: the folder ${join(dir, "no", "such")} does not exist; create it first.`);
    const underFile = join(dir, "plain.txt");
    writeFileSync(underFile, "x");
    expect(await refused([join(underFile, "kam.xlsx")], 1)).toContain(`the folder ${underFile} does not exist`);
  });

  it("never writes through a symbolic link, not even with --force: the file it points to stays as it was", async () => {
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "precious");
    const link = join(dir, "link.xlsx");
    symlinkSync(victim, link);
    for (const args of [[link], [link, "--force"]]) expect(await refused(args, 1)).toContain(`${link} is a symbolic link`);
    expect(readFileSync(victim, "utf8")).toBe("precious");
    // a dangling link would create its target
    const dangling = join(dir, "dangling.xlsx");
    symlinkSync(join(dir, "created-through-link.xlsx"), dangling);
    expect(await refused([dangling, "--force"], 1)).toContain("symbolic link");
    expect(() => readFileSync(join(dir, "created-through-link.xlsx"))).toThrow(/ENOENT/);
  });

  it("refuses a pipe (or device) even with --force, without blocking on it", async () => {
    const fifo = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(await refused([fifo, "--force"], 1)).toBe(`${fifo} is not a regular file (a device, pipe or socket); it is left alone.`);
  });

  it("never overwrites a file unless --force is given, then replaces it", async () => {
    const file = join(dir, "mine.xlsx");
    writeFileSync(file, "my own file");
    expect(await refused([file], 1)).toBe(`${file} exists; it is left as it is. Use --force to replace it.`);
    expect(readFileSync(file, "utf8")).toBe("my own file");
    const wb = await newWorkbook(file, "--force", "--lang", "en");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Readiness", "Competences", "Tasks", "Key account selection"]);
  });
});
