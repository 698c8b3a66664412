import { existsSync } from "node:fs";
import ExcelJS from "exceljs";
import { type Lang, toLang } from "../domain/lang";
import { createXlsxHost } from "../hosts/xlsx/xlsxHost";
import { createCompetences, readCompetences } from "../workflows/competences";
import { createReadiness, readReadiness } from "../workflows/readiness";
import { createTasks, readTasks } from "../workflows/tasks";
import { assessment } from "./assessment";

export const HELP = `kam: KAM Workbench on the command line

  kam new FILE.xlsx [--lang de|nl|en] [--candidates "Anna,Bert"] [--respondents "Head office,Benelux"] [--portable] [--force]
      Writes a KAM workbook: the readiness checklist, the competence assessment and the task overview,
      in German (default), Dutch or English. With --portable its formulas use native functions only, so it
      computes without the add-in (Excel, LibreOffice, Google Sheets). An existing FILE is never
      overwritten unless --force is given.

  kam read FILE.xlsx [--json] [--lang de|nl|en]
      Reads a filled workbook and prints its assessment: readiness verdict, index, weak and disputed
      conditions; candidate ranking with fit and deficits; overdue tasks and progress; every problem with
      sheet, cell and reason (messages in --lang, default English). Exits 1 when the file cannot be read.

  kam --help
      This text.

Without --portable the workbook's formulas use the KAM.* functions of the Excel add-in.`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const list = (text: string | undefined) => (text ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "");

/** Runs the command line; returns the exit code. */
export async function main(args: string[], io: Io = stdio): Promise<number> {
  const [command, file] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(HELP);
    return command === undefined ? 2 : 0;
  }
  const langText = option(args, "--lang");
  const lang: Lang | undefined = langText === undefined ? undefined : toLang(langText);
  if (langText !== undefined && (lang === undefined || langText.length !== 2)) {
    io.err(`Unknown language "${langText}": use de, nl or en.`);
    return 2;
  }
  if (file === undefined || file.startsWith("--")) {
    io.err(`kam ${command}: which file? See kam --help.`);
    return 2;
  }

  if (command === "new") {
    if (existsSync(file) && !args.includes("--force")) {
      io.err(`${file} exists; it is left as it is. Use --force to replace it.`);
      return 1;
    }
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    const sheetLang = lang ?? "de";
    const portable = args.includes("--portable");
    await createReadiness(host, { lang: sheetLang, respondents: list(option(args, "--respondents")), portable });
    await createCompetences(host, { lang: sheetLang, candidates: list(option(args, "--candidates")), portable });
    await createTasks(host, { lang: sheetLang, portable });
    await wb.xlsx.writeFile(file);
    io.out(`Wrote ${file}: ${wb.worksheets.map((w) => w.name).join(", ")}.`);
    return 0;
  }

  if (command === "read") {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.readFile(file);
    } catch (e) {
      io.err(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
    const host = createXlsxHost(wb);
    const result = assessment(await readReadiness(host), await readCompetences(host), await readTasks(host), lang ?? "en");
    if (args.includes("--json")) io.out(JSON.stringify(result, null, 2));
    else io.out(summary(result));
    return 0;
  }

  io.err(`Unknown command "${command}". See kam --help.`);
  return 2;
}

function summary(r: ReturnType<typeof assessment>): string {
  const lines: string[] = [];
  if (r.readiness && "verdict" in r.readiness) lines.push(`Readiness: ${r.readiness.verdict}, index ${r.readiness.index ?? "–"}, weak: ${r.readiness.weak.join(", ") || "none"}`);
  if (r.competences && "ranking" in r.competences) lines.push(`Competences: best ${r.competences.best ?? "–"}; ${r.competences.ranking.map((c) => `${c.rank ?? "–"}. ${c.candidate} (${c.fit === null ? "–" : Math.round(c.fit * 100)}%)`).join(", ")}`);
  if (r.tasks && "overdue" in r.tasks) lines.push(`Tasks: ${r.tasks.progress.done} of ${r.tasks.progress.total} done; overdue: ${r.tasks.overdue.join(", ") || "none"}`);
  for (const p of r.problems) lines.push(`Problem: ${p.message}`);
  return lines.join("\n");
}
