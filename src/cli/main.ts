import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, statSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { DEFAULT_LANG, type Lang, MESSAGE_LANG, toLang } from "../domain/lang";
import { UnreadableFileError, type XlsxFile, createXlsxFileHost, openXlsx } from "../hosts/xlsx/file";
import { createXlsxHost, saveWorkbook } from "../hosts/xlsx/xlsxHost";
import { version } from "../../package.json";
import { KINDS, loadKinds } from "../kinds/registry";
import type { KindDescriptor, KindModule } from "../workflows/kinds";
import { namesOf, readKinds } from "../workflows/sheetWorkflow";
import { CLI_TEXT, type CliKey } from "../i18n/cliText";
import { fill, inQuotes, orList, translator } from "../i18n/format";
import { assessment } from "./assessment";
import { type KindRead, report } from "./report";

export const HELP = `kam: KAM Workbench on the command line

  kam new FILE.xlsx [--lang de|nl|en] [--candidates "Anna,Bert"] [--respondents "Head office,Benelux"]
          [--customers "Müller GmbH;1200,Jansen BV"] [--accounts "Müller GmbH,Jansen BV"] [--portable] [--force]
      Writes a KAM workbook: the readiness checklist, the competence assessment, the task overview, the
      key account selection (--customers: names, each optionally with its revenue after a semicolon) and an
      account plan per account named with --accounts (each on its sheet "Plan <account>"), in
      German (default), Dutch or English. With --portable its formulas use native functions only, so it
      computes without the add-in (Excel, LibreOffice, Google Sheets). An existing FILE is never
      overwritten unless --force is given. FILE must end in .xlsx and its folder must exist; a folder, a
      device or pipe, or a symbolic link is never written, not even with --force (writing through a link
      would overwrite the file it points to).

  kam read FILE.xlsx [--json] [--lang de|nl|en]
      Reads a filled workbook, whichever program saved it, and prints per sheet what the task pane shows:
      readiness verdict, index, weak, disputed and unrated conditions; best fit, ranking with fit and
      weighted score, deficits; progress per phase, overdue and due-soon tasks; key and key development
      accounts with their scores and biggest levers, the capacity; each account plan's relationship stage,
      share of wallet, contacts without a good relationship, objectives behind plan, overdue actions and
      what it lacks; then every invalid entry
      with its sheet, cell and reason. In --lang (default English). With --json the same as JSON; shares
      (fit, progress, done) are fractions from 0 to 1, the readiness index is on the scale 1 to 5.

  kam --help       This text.
  kam --version    The version of this command line.

Exit codes: 0 read or written; 1 the file cannot be read or written (the message says why); 2 a usage
error (an unknown command or option, a missing file name). After -- every argument is a file name.
Without --portable the workbook's formulas use the KAM.* functions of the Excel add-in.`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Io = { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) };

type Options = Readonly<Record<string, { readonly values: readonly string[]; readonly flags: readonly string[] }>>;

/** Each command's options: those that take a value (`kam new` also each kind's, e.g. --respondents), and flags. */
function optionsOf(kinds: readonly KindDescriptor[]): Options {
  return {
    new: { values: ["--lang", ...kinds.flatMap((k) => k.newOptions ?? [])], flags: ["--portable", "--force"] },
    read: { values: ["--lang"], flags: ["--json"] },
  };
}

/** How many single-character edits turn `a` into `b`. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

type Say = (key: CliKey, values?: Readonly<Record<string, string>>) => string;

/** The closest of `known` to a mistyped word, if it is close. */
function suggestion(say: Say, word: string, known: readonly string[]): string {
  const best = [...known].sort((x, y) => distance(word, x) - distance(word, y))[0];
  return best !== undefined && distance(word, best) <= 2 ? say("didYouMean", { word: best }) : "";
}

type Parsed =
  { readonly file: string; readonly values: ReadonlyMap<string, string>; readonly flags: ReadonlySet<string> } | { readonly usage: string };

/** The language of the messages: --lang's, where it is one, before the arguments are checked; else English. */
function messageLang(args: readonly string[]): Lang {
  const i = args.indexOf("--lang");
  const text = i >= 0 ? args[i + 1] : undefined;
  return text !== undefined && text.length === 2 ? (toLang(text) ?? MESSAGE_LANG) : MESSAGE_LANG;
}

/** A command's arguments: one file, known options (a value after those that take one); anything else is a usage error. */
function parse(say: Say, known: Options[string], command: string, rest: readonly string[]): Parsed {
  const usage = (key: CliKey, values: Record<string, string>, hint = "") => ({
    usage: say(key, { command, ...values }) + hint + say("seeHelp"),
  });
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let file: string | undefined;
  let options = true;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    // after --, every argument is a file name, also one that starts with -
    if (options && arg === "--") options = false;
    else if (!options) {
      if (file !== undefined) return usage("oneFile", { arg });
      file = arg;
    } else if (known.values.includes(arg)) {
      const value = rest[i + 1];
      if (value === undefined || (value.startsWith("--") && value.length > 2)) return usage("needsValue", { option: arg });
      values.set(arg, value);
      i++;
    } else if (known.flags.includes(arg)) flags.add(arg);
    else if (arg.startsWith("-") && arg !== "-")
      return usage("unknownOption", { option: arg }, suggestion(say, arg, [...known.values, ...known.flags]));
    else if (file === undefined) file = arg;
    else return usage("oneFile", { arg });
  }
  return file === undefined ? usage("whichFile", {}) : { file, values, flags };
}

/** Runs the command line over the kinds of sheet (the registry's); returns the exit code. */
export async function main(args: string[], io: Io = stdio, kinds: readonly KindDescriptor[] = KINDS): Promise<number> {
  const options = optionsOf(kinds);
  const [command, ...rest] = args;
  // kam alone is a usage error: the help goes to stderr; asked for, to stdout
  if (command === undefined) {
    io.err(HELP);
    return 2;
  }
  if (["--help", "-h", "help"].includes(command) || (rest.includes("--help") && !rest.slice(0, rest.indexOf("--help")).includes("--"))) {
    io.out(HELP);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    io.out(`kam ${version}`);
    return 0;
  }
  const say: Say = translator(CLI_TEXT, messageLang(rest));
  if (options[command] === undefined) {
    io.err(say("unknownCommand", { command }) + suggestion(say, command, Object.keys(options)) + say("seeHelp"));
    return 2;
  }
  const parsed = parse(say, options[command], command, rest);
  if ("usage" in parsed) {
    io.err(parsed.usage);
    return 2;
  }
  const { file, values, flags } = parsed;
  const langText = values.get("--lang");
  const lang: Lang | undefined = langText === undefined ? undefined : toLang(langText);
  if (langText !== undefined && (lang === undefined || langText.length !== 2)) {
    io.err(say("unknownLanguage", { lang: langText }));
    return 2;
  }

  if (command === "new") {
    const target = checkTarget(say, file, flags.has("--force"));
    if ("refused" in target) {
      io.err(target.refused);
      return target.code;
    }
    // loaded here, not at start: reading does without it and starts faster
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    const request = { lang: lang ?? DEFAULT_LANG, portable: flags.has("--portable"), values };
    for (const module of await loadKinds(kinds)) await module.createNew(host, request);
    try {
      writeNew(file, target.exists, Buffer.from(await saveWorkbook(wb)));
    } catch (e) {
      io.err(say("cannotWrite", { file, reason: e instanceof Error ? e.message : String(e) }));
      return 1;
    }
    io.out(say("wrote", { file, sheets: wb.worksheets.map((w) => w.name).join(", ") }));
    return 0;
  }

  // read, the only other command (optionsOf names both)
  // the messages' language: --lang's, else English
  const said = lang ?? MESSAGE_LANG;
  let workbook: XlsxFile;
  try {
    workbook = await openFile(file);
  } catch (e) {
    io.err(cannotRead(say, said, file, e));
    return 1;
  }
  const host = createXlsxFileHost(workbook);
  const modules = await loadKinds(kinds);
  let read: KindRead[];
  try {
    // every kind's sheets in one read
    const grids = await readKinds(host, ...modules.flatMap((m) => m.reads));
    read = modules.map((module, i) => ({ kind: kinds[i]!, module, state: module.stateIn(grids) }));
  } catch (e) {
    io.err(cannotRead(say, said, file, e));
    return 1;
  }
  if (!read.some((r) => r.state.status === "ready")) {
    io.err(noKamSheet(say, said, file, workbook.sheetNames, read, modules));
    return 1;
  }
  io.out(flags.has("--json") ? JSON.stringify(assessment(read, said), null, 2) : report(read, said));
  return 0;
}

/** Why a file could not be read, in the messages' language. */
function cannotRead(say: Say, lang: Lang, file: string, e: unknown): string {
  return say("cannotRead", {
    file,
    reason: e instanceof UnreadableFileError ? e.messageIn(lang) : e instanceof Error ? e.message : String(e),
  });
}

/** Opens a file to read: plain words for a missing, unreadable or special file, and for one that is no .xlsx workbook. */
async function openFile(file: string): Promise<XlsxFile> {
  let bytes: Buffer;
  try {
    // a folder, pipe or device is no workbook: refused before it is opened (a pipe would block the read)
    if (!statSync(file).isFile()) throw new UnreadableFileError("notRegular");
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UnreadableFileError("notFound");
    if (code === "EACCES" || code === "EPERM") throw new UnreadableFileError("permission");
    throw e;
  }
  return openXlsx(bytes);
}

/** Why a workbook that opened holds nothing to read: the sheets it has, and the ones kam read looks for. */
function noKamSheet(
  say: Say,
  lang: Lang,
  file: string,
  sheets: readonly string[],
  read: readonly KindRead[],
  modules: readonly KindModule[],
): string {
  const names = (ns: readonly string[]) => ns.map((n) => inQuotes(n, lang)).join(", ");
  const has = sheets.length === 0 ? say("noSheets") : say("sheetsAre", { sheets: names(sheets) });
  const lines = [say("noKamSheet", { file, has })];
  for (const { state } of read) if (state.status === "foreign") lines.push(say("foreignSheet", { sheet: state.sheet }));
  const wanted = read.map(({ kind }, i) => fill(kind.text.looksFor[lang], { names: names(namesOf(modules[i]!.sheet)) }));
  lines.push(say("looksFor", { kinds: orList(wanted, lang) }));
  return lines.join("\n");
}

type Target = { exists: boolean } | { refused: string; code: number };

/**
 * Whether `kam new` may write `file`: an .xlsx name (else a usage error, 2) in an existing folder, not there yet,
 * or (with --force) a regular file to replace. A folder, device, pipe or symbolic link is refused (1) whatever the
 * options; so is an existing file without --force.
 */
function checkTarget(say: Say, file: string, force: boolean): Target {
  const refused = (key: CliKey, values: Record<string, string> = {}, code = 1) => ({ refused: say(key, { file, ...values }), code });
  if (!/\.xlsx$/i.test(file)) return refused("notXlsxName", {}, 2);
  let found;
  try {
    found = lstatSync(file);
  } catch (e) {
    if (!["ENOENT", "ENOTDIR"].includes((e as NodeJS.ErrnoException).code ?? ""))
      return refused("cannotCheck", { detail: (e as Error).message });
    const folder = dirname(resolve(file));
    let isFolder = false;
    try {
      isFolder = statSync(folder).isDirectory();
    } catch {
      // missing, or a file on the way to it: either way there is no such folder
    }
    return isFolder ? { exists: false } : refused("noFolder", { folder });
  }
  if (found.isSymbolicLink()) return refused("symlink");
  if (found.isDirectory()) return refused("isFolder");
  if (!found.isFile()) return refused("notRegularTarget");
  if (!force) return refused("exists");
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
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
  } finally {
    closeSync(fd);
  }
}
