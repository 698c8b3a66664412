import { closeSync, constants, fstatSync, lstatSync, openSync, statSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
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
      overwritten unless --force is given. FILE must end in .xlsx and its folder must exist; a folder, a
      device or pipe, or a symbolic link is never written, not even with --force (writing through a link
      would overwrite the file it points to).

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
    const target = checkTarget(file, args.includes("--force"));
    if ("refused" in target) {
      io.err(target.refused);
      return target.code;
    }
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    const sheetLang = lang ?? "de";
    const portable = args.includes("--portable");
    await createReadiness(host, { lang: sheetLang, respondents: list(option(args, "--respondents")), portable });
    await createCompetences(host, { lang: sheetLang, candidates: list(option(args, "--candidates")), portable });
    await createTasks(host, { lang: sheetLang, portable });
    try {
      writeNew(file, target.exists, Buffer.from(await wb.xlsx.writeBuffer()));
    } catch (e) {
      io.err(`Cannot write ${file}: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
    io.out(`Wrote ${file}: ${wb.worksheets.map((w) => w.name).join(", ")}.`);
    return 0;
  }

  if (command === "read") {
    const wb = new ExcelJS.Workbook();
    try {
      // a folder, pipe or device is no workbook: refused before it is opened (a pipe would block the read)
      if (!statSync(file).isFile()) throw new Error("not a regular file (a folder, device, pipe or socket)");
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

type Target = { exists: boolean } | { refused: string; code: number };

/**
 * Whether `kam new` may write `file`: an .xlsx name (else a usage error, 2) in an existing folder, not there yet,
 * or (with --force) a regular file to replace. A folder, device, pipe or symbolic link is refused (1) whatever the
 * options; so is an existing file without --force.
 */
function checkTarget(file: string, force: boolean): Target {
  if (!/\.xlsx$/i.test(file)) return { refused: `${file}: not an .xlsx file name; kam new writes FILE.xlsx.`, code: 2 };
  let found;
  try {
    found = lstatSync(file);
  } catch (e) {
    if (!["ENOENT", "ENOTDIR"].includes((e as NodeJS.ErrnoException).code ?? "")) return { refused: `${file}: cannot be checked (${(e as Error).message}).`, code: 1 };
    const folder = dirname(resolve(file));
    let isFolder = false;
    try {
      isFolder = statSync(folder).isDirectory();
    } catch {
      // missing, or a file on the way to it: either way there is no such folder
    }
    return isFolder ? { exists: false } : { refused: `${file}: the folder ${folder} does not exist; create it first.`, code: 1 };
  }
  if (found.isSymbolicLink()) return { refused: `${file} is a symbolic link; it is left alone, also with --force (writing through it would overwrite the file it points to).`, code: 1 };
  if (found.isDirectory()) return { refused: `${file} is a folder; name a file to write.`, code: 1 };
  if (!found.isFile()) return { refused: `${file} is not a regular file (a device, pipe or socket); it is left alone.`, code: 1 };
  if (!force) return { refused: `${file} exists; it is left as it is. Use --force to replace it.`, code: 1 };
  return { exists: true };
}

/**
 * Writes the new file without following a link and without blocking on a pipe, whatever appeared at the path since
 * it was checked: a new file only if nothing is there (O_EXCL), a replacement only of a regular file (O_NOFOLLOW).
 */
function writeNew(file: string, exists: boolean, bytes: Buffer): void {
  // O_NOFOLLOW and O_NONBLOCK are POSIX; Windows has neither (nor FIFOs, and creating links needs privileges there)
  const posix = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
  const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | posix | (exists ? constants.O_TRUNC : constants.O_EXCL), 0o666);
  try {
    if (!fstatSync(fd).isFile()) throw new Error("not a regular file");
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
  } finally {
    closeSync(fd);
  }
}

function summary(r: ReturnType<typeof assessment>): string {
  const lines: string[] = [];
  if (r.readiness && "verdict" in r.readiness) lines.push(`Readiness: ${r.readiness.verdict}, index ${r.readiness.index ?? "–"}, weak: ${r.readiness.weak.join(", ") || "none"}`);
  if (r.competences && "ranking" in r.competences) lines.push(`Competences: best ${r.competences.best ?? "–"}; ${r.competences.ranking.map((c) => `${c.rank ?? "–"}. ${c.candidate} (${c.fit === null ? "–" : Math.round(c.fit * 100)}%)`).join(", ")}`);
  if (r.tasks && "overdue" in r.tasks) lines.push(`Tasks: ${r.tasks.progress.done} of ${r.tasks.progress.total} done; overdue: ${r.tasks.overdue.join(", ") || "none"}`);
  for (const p of r.problems) lines.push(`Problem: ${p.message}`);
  return lines.join("\n");
}
