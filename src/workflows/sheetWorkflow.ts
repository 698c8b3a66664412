import { DEFAULT_LANG, LANGS, type Lang } from "../domain/lang";
import type { Grids, SheetHost } from "../hosts/host";
import { cellAddress } from "../sheets/address";
import { type ParseResult, type SheetGrid, type SheetRead, cellAt, filledCols, filledRows } from "../sheets/read";
import { type RenderOptions, type SheetSpec, cellBlocks } from "../sheets/spec";

export type { Grids } from "../hosts/host";

/** What a workflow needs to know of one kind of sheet (readiness, competences, …). */
export interface SheetKind<M, R extends SheetRead<M>> {
  /** The sheet's name in a language. */
  nameFor(lang: Lang): string;
  /** What the sheet is, in the add-in's English error messages ("readiness checklist"). */
  readonly what: string;
  parse(grid: SheetGrid): ParseResult<R>;
  render(model: M, lang: Lang, options?: RenderOptions): SheetSpec;
}

export interface Found<R> {
  /** The sheet the read came from. */
  readonly sheet: string;
  /** The Excel tables on it (re-generating turns ours into plain ranges first). */
  readonly tables: readonly string[];
  /** The charts on it (re-generating replaces ours, keeps the user's). */
  readonly charts: readonly string[];
  readonly read: R;
  /** The cells it was read from. */
  readonly grid: SheetGrid;
  /** Its computed cells use native functions only (no KAM.*): it was made portable. */
  readonly portable: boolean;
}

/** A sheet whose formulas call none of the add-in's functions works without it. */
function usesKamFunctions(grid: SheetGrid): boolean {
  return filledRows(grid).some((r) => filledCols(grid, r).some((c) => /\bKAM\./i.test(cellAt(grid, r, c).formula ?? "")));
}

/** What the workbook holds of one kind: the first sheet that parses as ours, and same-named sheets that do not. */
export interface Inspection<R> {
  readonly found: Found<R> | null;
  readonly foreign: readonly string[];
  /** Further sheets of ours of this kind (in other languages): the pane works on `found` and says so. */
  readonly duplicates: readonly string[];
}

type Named = { nameFor(lang: Lang): string };

/** Every language's sheet name of the given kinds, each once (a name may be the same in two languages). */
export function namesOf(...kinds: readonly Named[]): string[] {
  return [...new Set(kinds.flatMap((k) => LANGS.map((l) => k.nameFor(l))))];
}

/** Reads every language's sheet name of the given kinds in one host call (one round trip in Excel). */
export function readKinds(host: SheetHost, ...kinds: readonly Named[]): Promise<Grids> {
  return host.readSheets(namesOf(...kinds));
}

/** Finds a kind's sheet among grids already read. */
export function inspect<M, R extends SheetRead<M>>(grids: Grids, kind: SheetKind<M, R>): Inspection<R> {
  const foreign: string[] = [];
  const duplicates: string[] = [];
  let found: Found<R> | null = null;
  for (const name of LANGS.map((l) => kind.nameFor(l))) {
    const grid = grids.get(name);
    if (grid === null || grid === undefined) continue;
    const parsed = kind.parse(grid);
    if (!parsed.ok) foreign.push(name);
    else if (found === null)
      found = { sheet: name, tables: grid.tables ?? [], charts: grid.charts ?? [], read: parsed, grid, portable: !usesKamFunctions(grid) };
    else duplicates.push(name);
  }
  return { found, foreign, duplicates };
}

/** Reads and finds one kind's sheet: one host call. */
export async function inspectSheets<M, R extends SheetRead<M>>(host: SheetHost, kind: SheetKind<M, R>): Promise<Inspection<R>> {
  return inspect(await readKinds(host, kind), kind);
}

/** Why a create did not write: a sheet of the user's has the name ours would take. */
export class ForeignSheetError extends Error {
  constructor(
    readonly sheet: string,
    what: string,
  ) {
    super(`The sheet "${sheet}" exists but is not a KAM ${what}; it was left untouched.`);
  }
}

/** Why a re-create did not write: a user's cells inside the sheet's table (an inserted column) would be overwritten. */
export class StrayCellsError extends Error {
  constructor(
    readonly sheet: string,
    readonly cells: readonly string[],
  ) {
    super(`The sheet "${sheet}" was not re-created: ${cells.join(", ")} hold entries that are not part of it and would be overwritten.`);
  }
}

/** Why a re-create did not write: the sheet would take the name of another sheet of ours of the same kind. */
export class DuplicateSheetError extends Error {
  constructor(
    readonly sheet: string,
    readonly other: string,
  ) {
    super(`The sheet "${sheet}" exists already as a sheet of the same kind; "${other}" was left as it is.`);
  }
}

/** Why planning could not start: the sheet to plan from does not exist. */
export class MissingSheetError extends Error {
  constructor(readonly what: string) {
    super(`There is no ${what} to plan from.`);
  }
}

export interface MergeOptions<M, R> {
  /** null: keep the language of the sheet that exists (`fallback` for a new one). */
  readonly lang: Lang | null;
  readonly merge: (existing: M | null, lang: Lang) => M;
  /** The language of a new sheet when `lang` is null; German by default. */
  readonly fallback?: Lang;
  /** Native formulas only; undefined keeps what the sheet has (KAM.* for a new one). */
  readonly portable?: boolean;
  /** What a read made earlier in the same operation found, so that it is not read again. */
  readonly inspected?: Inspection<R>;
  /** Sheets to read back after the write, in the same host call (default: every language's name of the kind). */
  readonly readBack?: readonly string[];
}

/**
 * Creates a sheet, or re-generates the one that exists (in any language) from its model merged with the
 * request, so that nothing the user entered is lost. Never writes over a same-named sheet of the user's.
 * Returns the sheets read back after the write (in the write's round trip): a read and a write in all.
 */
export async function writeMerged<M, R extends SheetRead<M>>(
  host: SheetHost,
  kind: SheetKind<M, R>,
  options: MergeOptions<M, R>,
): Promise<Grids> {
  const { found, foreign, duplicates } = options.inspected ?? (await inspectSheets(host, kind));
  const lang = options.lang ?? found?.read.lang ?? options.fallback ?? DEFAULT_LANG;
  const target = kind.nameFor(lang);
  if (foreign.includes(target)) throw new ForeignSheetError(target, kind.what);
  if (found !== null && found.sheet !== target && duplicates.includes(target)) throw new DuplicateSheetError(target, found.sheet);
  if (found !== null && found.read.strays.length > 0) throw new StrayCellsError(found.sheet, found.read.strays);
  const spec = kind.render(options.merge(found?.read.model ?? null, lang), lang, {
    portable: options.portable ?? found?.portable ?? false,
  });
  const readBack = options.readBack ?? namesOf(kind);
  if (found === null) return host.writeSheet(spec, { readBack });
  const overrun = cellsOverrun(found.grid, found.read, spec);
  if (overrun.length > 0) throw new StrayCellsError(found.sheet, overrun);
  const { covered, own } = found.read;
  const clear = { row: 0, col: 0, ...found.read.extent };
  return host.writeSheet(spec, {
    replace: found.sheet,
    tables: found.tables,
    charts: found.charts,
    clear,
    ...(covered === undefined ? {} : { clearRules: covered }),
    ...(own === undefined ? {} : { clearOwn: own }),
    readBack,
  });
}

/**
 * Filled cells outside the block the read accounts for (its extent) that the new sheet would cover: a sheet
 * growing (another candidate, respondent or competence; an earlier layout upgraded) must not write over what a
 * user keeps beside or below it.
 */
function cellsOverrun(grid: SheetGrid, read: Pick<SheetRead<unknown>, "extent" | "own">, spec: SheetSpec): string[] {
  const { extent, own } = read;
  const isOwn = (r: number, c: number) =>
    own !== undefined && r >= own.row && r < own.row + own.rows && c >= own.col && c < own.col + own.cols;
  const cells: string[] = [];
  for (const b of cellBlocks(spec)) {
    const [rows, cols] = [b.cells.length, b.cells[0]?.length ?? 0];
    for (const r of filledRows(grid, b.row, b.row + rows - 1))
      for (const c of filledCols(grid, r, Math.max(b.col, r < extent.rows ? extent.cols : 0), b.col + cols - 1))
        if (!isOwn(r, c)) cells.push(cellAddress(r, c));
  }
  return cells;
}

/** A sheet's state as the pane shows it: not there, someone else's sheet by that name, or read and evaluated. */
export type KindState<R, X> =
  | { readonly status: "missing" }
  /** A sheet with the kind's name that is not ours: never overwritten. */
  | { readonly status: "foreign"; readonly sheet: string }
  | ({ readonly status: "ready"; readonly sheet: string; readonly duplicates: readonly string[] } & R & X);

/** The state of a kind's sheet among grids already read, with what `evaluate` computes from it. */
export function stateOf<M, R extends SheetRead<M>, X>(grids: Grids, kind: SheetKind<M, R>, evaluate: (read: R) => X): KindState<R, X> {
  const { found, foreign, duplicates } = inspect(grids, kind);
  if (found !== null) return { status: "ready", sheet: found.sheet, duplicates, ...found.read, ...evaluate(found.read) };
  return foreign[0] === undefined ? { status: "missing" } : { status: "foreign", sheet: foreign[0] };
}

/** Reads a kind of sheet (one host read) and adds what `evaluate` computes from it. */
export async function readKind<M, R extends SheetRead<M>, X>(
  host: SheetHost,
  kind: SheetKind<M, R>,
  evaluate: (read: R) => X,
): Promise<KindState<R, X>> {
  return stateOf(await readKinds(host, kind), kind, evaluate);
}
