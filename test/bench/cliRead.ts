/**
 * `kam read` as a user runs it: the built command line in its own process, on large workbooks and on one with a
 * single entry in XFD1048576; wall time and the process's peak memory (resident set). And the Excel host's read of
 * a sheet with such an entry: the cells it loads.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { type ExcelRun, createExcelHost } from "../../src/hosts/excel/excelHost";
import { createXlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { createCompetences } from "../../src/kinds/competences/workflows/competences";
import { createReadiness, readReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { createTasks } from "../../src/kinds/tasks/workflows/tasks";
import { OfficeDouble, officeGlobal } from "../office";
import { names } from "./roundTrips";

const ROOT = join(__dirname, "..", "..");

export interface CliReadRow {
  workbook: string;
  fileKB: number;
  ms: number;
  peakMB: number;
  exit: number;
}

/** Runs `kam read FILE --json` in a process of its own; its peak memory is reported by a hook at exit. */
function timedRead(file: string): { ms: number; peakMB: number; exit: number } {
  const dir = mkdtempSync(join(tmpdir(), "kam-bench-hook-"));
  const hook = join(dir, "peak.cjs");
  writeFileSync(hook, `process.on("exit", () => require("fs").writeSync(2, "\\nPEAK_KB " + process.resourceUsage().maxRSS + "\\n"));`);
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", hook, join(ROOT, "scripts", "kam.cjs"), "read", file, "--json"], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const peak = /PEAK_KB (\d+)/.exec(r.stderr);
  if (peak === null) throw new Error(`kam read ${file} printed no peak: ${r.stderr}`);
  return { ms, peakMB: Math.round(Number(peak[1]) / 1024), exit: r.status ?? -1 };
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<string> {
  await wb.xlsx.writeFile(file);
  return file;
}

/** Adds an entry in XFD1048576 to the first sheet of a saved workbook, as a stray keystroke would. */
async function withFarCell(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'));
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

export async function cliReads(): Promise<CliReadRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "kam-bench-read-"));
  const books: [string, () => Promise<string>][] = [
    [
      "200 respondents",
      async () => {
        const wb = new ExcelJS.Workbook();
        await createReadiness(createXlsxHost(wb), { lang: "en", respondents: names(200, "Unit") });
        const ws = wb.getWorksheet("Readiness")!;
        for (let r = 10; r <= 23; r++) for (let c = 9; c < 209; c++) ws.getCell(r, c).value = 1 + ((r * 7 + c) % 5);
        return save(wb, join(dir, "respondents.xlsx"));
      },
    ],
    [
      "1,000 candidates × 30 competences",
      async () => {
        const wb = new ExcelJS.Workbook();
        await createCompetences(createXlsxHost(wb), { lang: "en", candidates: names(1000, "C"), competences: names(22, "Own competence") });
        const ws = wb.getWorksheet("Competences")!;
        for (let r = 9; r < 39; r++) for (let c = 7; c < 1007; c++) ws.getCell(r, c).value = 1 + ((r * 3 + c) % 5);
        return save(wb, join(dir, "candidates.xlsx"));
      },
    ],
    [
      "20,000 tasks",
      async () => {
        const wb = new ExcelJS.Workbook();
        await createTasks(createXlsxHost(wb), { lang: "en", add: names(19_978, "Task").map((text) => ({ phase: 5, text })) });
        return save(wb, join(dir, "tasks.xlsx"));
      },
    ],
    [
      "one entry in XFD1048576",
      async () => {
        const file = join(dir, "far.xlsx");
        const wb = new ExcelJS.Workbook();
        await createReadiness(createXlsxHost(wb), { lang: "en" });
        await save(wb, file);
        await withFarCell(file);
        return file;
      },
    ],
  ];
  const rows: CliReadRow[] = [];
  for (const [workbook, make] of books) {
    const file = await make();
    rows.push({ workbook, fileKB: Math.round(readFileSync(file).length / 1024), ...timedRead(file) });
  }
  return rows;
}

export interface SparseRow {
  sheet: string;
  usedRange: string;
  syncs: number;
  cellsLoaded: number;
}

/** The Excel host reading the checklist, as created and with one more entry in XFD1048576. */
export async function sparseExcelRead(): Promise<SparseRow[]> {
  const rows: SparseRow[] = [];
  for (const far of [false, true]) {
    const excel = new OfficeDouble();
    const host = createExcelHost(excel.run as ExcelRun, officeGlobal(["ExcelApi 1.9"]).context.requirements);
    await createReadiness(host, { lang: "en" });
    const sheet = excel.workbook.sheet("Readiness");
    if (far) sheet.setCell("XFD1048576", "x");
    excel.resetCount();
    excel.workbook.cellsLoaded = 0;
    await readReadiness(host);
    const used = sheet.usedArea(true)!;
    rows.push({
      sheet: far ? "checklist + XFD1048576" : "checklist as created",
      usedRange: `${used.rows} × ${used.cols}`,
      syncs: excel.syncCount,
      cellsLoaded: excel.workbook.cellsLoaded,
    });
  }
  return rows;
}
