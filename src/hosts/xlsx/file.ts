import JSZip from "jszip";
import { columnIndex, columnLetter } from "../../sheets/address";
import type { ReadValue, SheetGrid, ValueType } from "../../sheets/read";
import type { Lang } from "../../domain/lang";
import { CLI_TEXT, type FileReason } from "../../i18n/cliText";
import { fill } from "../../i18n/format";
import { type SheetHost, namesToRead } from "../host";
import { dateToSerial } from "./read";

/**
 * Reads .xlsx files as they are, whichever program wrote them (Excel, LibreOffice, openpyxl, ExcelJS, Google
 * Sheets), straight from their XML: only the cells that hold something are kept, so time and memory follow the cells
 * a file holds, not the area up to its farthest cell, and a sheet's XML is read in pieces, never whole. Formula
 * results are taken as stored, 0, FALSE and "" included; relationship targets may be relative or absolute.
 */

/** Why a file is not a workbook that can be read: a reason and what it names, in words for its user in any language. */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: FileReason,
    readonly values: Readonly<Record<string, string>> = {},
  ) {
    super(fill(CLI_TEXT.en[reason], values));
  }

  messageIn(lang: Lang): string {
    return fill(CLI_TEXT[lang][this.reason], this.values);
  }
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** Whether a compound (OLE) file holds an encrypted OOXML package: its directory names the EncryptionInfo stream. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/** What a file that is no zip archive is, for the message. */
function notAZip(bytes: Uint8Array): FileReason {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, CFB_SIGNATURE)) return isEncryptedPackage(bytes) ? "encrypted" : "oldOffice";
  const head = new TextDecoder().decode(bytes.subarray(0, 512));
  return /^\s*</.test(head) ? "markup" : "notZip";
}

const detail = (e: unknown) => (e instanceof Error ? e.message : String(e));

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A character reference's character; one that names no character (&#x110000;) gives U+FFFD. */
function codePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "\ufffd";
}

/** XML text to a string: entities and character references (CDATA as it is), then the _xHHHH_ escapes of OOXML strings. */
export function xmlText(raw: string): string {
  if (raw.includes("<![CDATA["))
    return raw
      .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
      .map((piece) => (piece.startsWith("<![CDATA[") ? piece.slice(9, -3) : xmlText(piece)))
      .join("");
  const text = raw.includes("&")
    ? raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
        if (ref.startsWith("#x")) return codePoint(parseInt(ref.slice(2), 16));
        if (ref.startsWith("#")) return codePoint(Number(ref.slice(1)));
        return ENTITIES[ref] ?? whole;
      })
    : raw;
  return text.includes("_x") ? text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

const attrPatterns = new Map<string, RegExp>();

/** An attribute's value in a tag's attribute text, by local name (any namespace prefix), or undefined. */
function attr(attrs: string, name: string): string | undefined {
  let pattern = attrPatterns.get(name);
  if (pattern === undefined)
    attrPatterns.set(name, (pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(attrs);
  return m === null ? undefined : xmlText(m[1] ?? m[2] ?? "");
}

/** The text of a rich or plain string (<si>, <is>): every <t> but those of phonetic runs (<rPh>). */
function stringItem(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let text = "";
  for (const m of body.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) text += xmlText(m[1] ?? "");
  return text;
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => stringItem(m[1] ?? ""));
}

/** The relationships of a part: id → type and resolved part name. */
function relationships(xml: string, source: string): Map<string, { type: string; target: string }> {
  const folder = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
  const rels = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const [id, type, target, mode] = ["Id", "Type", "Target", "TargetMode"].map((n) => attr(m[1]!, n));
    if (id === undefined || type === undefined || target === undefined || mode === "External") continue;
    rels.set(id, { type, target: resolvePart(folder, target) });
  }
  return rels;
}

/** A relationship's target as a part name: absolute ("/xl/worksheets/sheet1.xml", as openpyxl writes) or relative. */
function resolvePart(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folder + target;
  const parts: string[] = [];
  for (const p of path.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

/**
 * Moves a shared formula from its first cell to another: relative references shift by the distance, absolute ones
 * ($A$1) stay; text in quotes, sheet names and function names are left alone.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\])/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(
            /(?<![\w.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])/g,
            (ref, colAbs: string, col: string, rowAbs: string, row: string) => {
              const c = columnIndex(col.toUpperCase());
              if (c >= 16_384) return ref;
              const [nc, nr] = [colAbs ? c : c + cols, rowAbs ? Number(row) : Number(row) + rows];
              return nc < 0 || nc >= 16_384 || nr < 1 || nr > 1_048_576 ? "#REF!" : `${colAbs}${columnLetter(nc)}${rowAbs}${nr}`;
            },
          ),
    )
    .join("");
}

/** Collects a sheet's cells into sparse rows, from the text of its <sheetData> fed in pieces. */
class SheetCells {
  readonly values: ReadValue[][] = [];
  readonly formulas: ReadValue[][] = [];
  readonly valueTypes: ValueType[][] = [];
  private row = -1;
  private col = -1;
  /** The empty cells (<c r="B7" s="1"/>) skipped unparsed since the last cell read: where a cell without r stands. */
  private skipped: string[] = [];
  private readonly masters = new Map<string, { formula: string; row: number; col: number }>();

  constructor(private readonly strings: readonly string[]) {}

  /** Reads the rows and cells of a piece that holds only whole elements. */
  feed(xml: string): void {
    const tags = /<(\w+:)?(row|c)\b([^>]*?)(\/?)>/g;
    for (let m = tags.exec(xml); m !== null; m = tags.exec(xml)) {
      const [, prefix = "", name, attrs = "", selfClosing] = m;
      if (name === "row") {
        const r = attr(attrs, "r");
        this.row = r !== undefined && /^\d+$/.test(r) ? Number(r) - 1 : this.row + 1;
        this.col = -1;
        this.skipped = [];
        continue;
      }
      // an empty cell holds only a format: a file may hold millions of them
      if (selfClosing === "/") {
        this.skipped.push(attrs);
        continue;
      }
      const close = xml.indexOf(`</${prefix}c>`, tags.lastIndex);
      const body = xml.slice(tags.lastIndex, close < 0 ? xml.length : close);
      tags.lastIndex = close < 0 ? xml.length : close + prefix.length + 4;
      this.cell(attrs, body);
    }
  }

  private cell(attrs: string, body: string): void {
    const at = cellRef(attrs);
    // a cell without r follows the last one: the skipped empty cells count, by their r where they have one
    if (at === null) for (const skipped of this.skipped) this.col = cellRef(skipped)?.col ?? this.col + 1;
    this.skipped = [];
    const { row, col } = at ?? { row: Math.max(this.row, 0), col: this.col + 1 };
    this.col = col;
    if (row < 0 || col < 0 || col >= 16_384 || row >= 1_048_576) return;
    const f = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(body);
    const formula = f === null ? undefined : this.formula(f[1] ?? "", f[2] === undefined ? "" : xmlText(f[2]), row, col);
    const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body);
    const raw = v === null ? undefined : xmlText(v[1]!);
    const { value, type } = typedValue(attr(attrs, "t") ?? "n", raw, body, this.strings);
    if (value === "" && formula === undefined) return;
    (this.values[row] ??= [])[col] = value;
    (this.valueTypes[row] ??= [])[col] = type;
    (this.formulas[row] ??= [])[col] = formula === undefined ? value : `=${formula}`;
  }

  /** A cell's formula text: its own, or its shared formula's moved from the first cell there. */
  private formula(attrs: string, text: string, row: number, col: number): string | undefined {
    if (attr(attrs, "t") !== "shared") return text === "" ? undefined : text;
    const si = attr(attrs, "si") ?? "";
    if (text !== "") {
      this.masters.set(si, { formula: text, row, col });
      return text;
    }
    const master = this.masters.get(si);
    return master === undefined ? undefined : shiftFormula(master.formula, row - master.row, col - master.col);
  }

  grid(name: string): SheetGrid {
    return { name, values: this.values, formulas: this.formulas, valueTypes: this.valueTypes };
  }
}

/** A cell's row and column from its r attribute ("B7"), or null without one. */
function cellRef(attrs: string): { row: number; col: number } | null {
  const at = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(attr(attrs, "r") ?? "");
  return at === null ? null : { row: Number(at[2]) - 1, col: columnIndex(at[1]!.toUpperCase()) };
}

function typedValue(t: string, raw: string | undefined, body: string, strings: readonly string[]): { value: ReadValue; type: ValueType } {
  switch (t) {
    case "s": {
      const s = raw === undefined ? undefined : strings[Number(raw)];
      return s === undefined || s === "" ? { value: "", type: "Empty" } : { value: s, type: "String" };
    }
    case "inlineStr": {
      const s = stringItem(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1] ?? "");
      return s === "" ? { value: "", type: "Empty" } : { value: s, type: "String" };
    }
    case "str":
      return raw === undefined || raw === "" ? { value: "", type: "String" } : { value: raw, type: "String" };
    case "b":
      return raw === undefined
        ? { value: "", type: "Empty" }
        : { value: raw.trim() === "1" || raw.trim().toLowerCase() === "true", type: "Boolean" };
    case "e":
      return raw === undefined ? { value: "", type: "Empty" } : { value: raw, type: "Error" };
    case "d": {
      const ms = raw === undefined ? NaN : Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(raw) || !raw.includes("T") ? raw : `${raw}Z`);
      return Number.isNaN(ms) ? { value: "", type: "Empty" } : { value: dateToSerial(new Date(ms)), type: "Double" };
    }
    default: {
      if (raw === undefined || raw.trim() === "") return { value: "", type: "Empty" };
      const n = Number(raw);
      return Number.isFinite(n) ? { value: n, type: "Double" } : { value: raw, type: "String" };
    }
  }
}

/** Feeds a part's text to `feed` in pieces that each end after a whole row (the rows of its <sheetData>). */
async function streamSheetData(entry: JSZip.JSZipObject, feed: (xml: string) => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = "";
  let state: "before" | "inside" | "after" = "before";
  const take = (final: boolean) => {
    if (state === "before") {
      const open = /<(?:\w+:)?sheetData\b[^>]*?(\/?)>/.exec(buffer);
      if (open === null) {
        // keep a tail long enough to hold a split tag
        buffer = buffer.slice(-256);
        return;
      }
      state = open[1] === "/" ? "after" : "inside";
      buffer = buffer.slice(open.index + open[0].length);
    }
    if (state !== "inside") return;
    const close = /<\/(?:\w+:)?sheetData>/.exec(buffer);
    if (close !== null || final) {
      feed(close === null ? buffer : buffer.slice(0, close.index));
      state = "after";
      buffer = "";
      return;
    }
    // everything before the last row's start tag is whole rows
    let cut = -1;
    for (const m of buffer.matchAll(/<(?:\w+:)?row\b/g)) cut = m.index;
    if (cut > 0) {
      feed(buffer.slice(0, cut));
      buffer = buffer.slice(cut);
    }
  };
  await new Promise<void>((resolve, reject) => {
    const stream = entry.nodeStream("nodebuffer");
    // whatever goes wrong while a piece is read ends the read with that error, not the process
    const guarded = (step: () => void) => {
      try {
        step();
      } catch (e) {
        (stream as unknown as { destroy?(): void }).destroy?.();
        reject(e);
      }
    };
    stream.on("data", (chunk: Buffer) =>
      guarded(() => {
        if (state === "after") return;
        buffer += decoder.decode(chunk, { stream: true });
        take(false);
      }),
    );
    stream.on("error", reject);
    stream.on("end", () =>
      guarded(() => {
        buffer += decoder.decode();
        take(true);
        resolve();
      }),
    );
  });
}

/** An .xlsx workbook opened for reading: its worksheets' names, and each one's cells on demand. */
export interface XlsxFile {
  readonly sheetNames: readonly string[];
  /** A worksheet's cells (name matched ignoring case), or null where there is no such worksheet. */
  readSheet(name: string): Promise<SheetGrid | null>;
}

/** Opens an .xlsx file's bytes; an UnreadableFileError says why a file is not one. */
export async function openXlsx(bytes: Uint8Array): Promise<XlsxFile> {
  if (!startsWith(bytes, [0x50, 0x4b])) throw new UnreadableFileError(notAZip(bytes));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new UnreadableFileError("damagedZip", { detail: detail(e) });
  }
  // part names are case-insensitive in a package, zip entry names are not
  const entries = new Map(Object.values(zip.files).map((f) => [f.name.replace(/^\/+/, "").toLowerCase(), f] as const));
  const entry = (part: string) => entries.get(part.toLowerCase()) ?? entries.get(safeDecode(part).toLowerCase());
  const text = async (part: string) => {
    const e = entry(part);
    if (e === undefined) return undefined;
    try {
      return await e.async("string");
    } catch (err) {
      throw new UnreadableFileError("partDamaged", { part, detail: detail(err) });
    }
  };

  const mimetype = await text("mimetype");
  if (mimetype?.startsWith("application/vnd.oasis.opendocument.spreadsheet")) throw new UnreadableFileError("ods");
  if (mimetype?.startsWith("application/vnd.oasis.opendocument")) throw new UnreadableFileError("odf");
  const rootRels = await text("_rels/.rels");
  const main =
    rootRels === undefined ? undefined : [...relationships(rootRels, "").values()].find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target;
  const workbookPart = main ?? (entry("xl/workbook.xml") !== undefined ? "xl/workbook.xml" : undefined);
  if (workbookPart === undefined) throw new UnreadableFileError("noWorkbook");
  if (/^(word|ppt)\//i.test(workbookPart)) throw new UnreadableFileError(/^word/i.test(workbookPart) ? "word" : "powerpoint");
  const workbook = await text(workbookPart);
  if (workbook === undefined) throw new UnreadableFileError("workbookMissing", { part: workbookPart });
  const rels = relationships((await text(relsOf(workbookPart))) ?? "", workbookPart);

  const sheets: { name: string; part: string }[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const [name, id] = [attr(m[1]!, "name"), /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1]!)];
    const rel = id === null ? undefined : rels.get(id[1] ?? id[2] ?? "");
    if (name === undefined || rel === undefined || !REL_WORKSHEET.test(rel.type)) continue;
    if (entry(rel.target) === undefined) throw new UnreadableFileError("sheetMissing", { sheet: name, part: rel.target });
    sheets.push({ name, part: rel.target });
  }
  const stringsPart = [...rels.values()].find((r) => REL_SHARED_STRINGS.test(r.type))?.target;
  let strings: Promise<string[]> | undefined;
  const loadStrings = () =>
    (strings ??= stringsPart === undefined ? Promise.resolve([]) : text(stringsPart).then((xml) => sharedStrings(xml ?? "")));

  const read = async (sheet: { name: string; part: string }) => {
    const cells = new SheetCells(await loadStrings());
    try {
      await streamSheetData(entry(sheet.part)!, (xml) => cells.feed(xml));
    } catch (e) {
      throw new UnreadableFileError("sheetDamaged", { sheet: sheet.name, detail: detail(e) });
    }
    return cells.grid(sheet.name);
  };
  // each sheet is read once, however many workflows ask for it
  const grids = new Map<string, Promise<SheetGrid>>();
  return {
    sheetNames: sheets.map((s) => s.name),
    readSheet: async (name) => {
      const sheet = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (sheet === undefined) return null;
      if (!grids.has(sheet.part)) grids.set(sheet.part, read(sheet));
      return grids.get(sheet.part)!;
    },
  };
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** A read-only host over an opened file, for `kam read`: writing, selecting and watching have no meaning there. */
export function createXlsxFileHost(file: XlsxFile): SheetHost {
  return {
    readSheets: async (names, matching) =>
      new Map(await Promise.all(namesToRead(names, file.sheetNames, matching).map(async (n) => [n, await file.readSheet(n)] as const))),
    writeSheet: async () => {
      throw new Error("This workbook was opened for reading only.");
    },
    select: async () => undefined,
    watch: async () => async () => undefined,
  };
}
