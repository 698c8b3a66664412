import { DEFAULT_LANG, LANGS, type Lang } from "../domain/lang";
import type { Grids, SheetHost, SheetMatcher } from "../hosts/host";
import { cellAddress } from "../sheets/address";
import { type ParseResult, type SheetGrid, type SheetRead, cellAt, filledCols, filledRows } from "../sheets/read";
import { type RenderOptions, type SheetSpec, cellBlocks } from "../sheets/spec";

export type { Grids } from "../hosts/host";

/** What a workflow needs to know of one kind of sheet (readiness, competences, …). */
export interface SheetKind<M, R extends SheetRead<M>> extends SheetNames {
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

/** How a kind's sheets are called: one name per language, and for a kind with a sheet per subject, a pattern. */
export interface SheetNames {
  /** The sheet's name in a language. */
  nameFor(lang: Lang): string;
  /**
   * A kind with a sheet per subject (an account plan per key account): whether a sheet's name may be one of its
   * sheets. They are read and parsed besides those `nameFor` names; a sheet that does not parse is the user's.
   */
  readonly matches?: SheetMatcher;
}

/** Every language's sheet name of the given kinds, each once (a name may be the same in two languages). */
export function namesOf(...kinds: readonly SheetNames[]): string[] {
  return [...new Set(kinds.flatMap((k) => LANGS.map((l) => k.nameFor(l))))];
}

/** The sheets the given kinds know by a pattern: undefined when none does (the host then lists no sheets). */
export function matcherOf(...kinds: readonly SheetNames[]): SheetMatcher | undefined {
  const matchers = kinds.flatMap((k) => (k.matches === undefined ? [] : [k.matches]));
  return matchers.length === 0 ? undefined : (name) => matchers.some((m) => m(name));
}

/** Reads the given kinds' sheets (every language's name, and those known by a pattern) in one host call. */
export function readKinds(host: SheetHost, ...kinds: readonly SheetNames[]): Promise<Grids> {
  return host.readSheets(namesOf(...kinds), matcherOf(...kinds));
}

/** Every sheet of a kind among grids already read: those that parse as its, in order, and those that do not. */
export interface Survey<R> {
  readonly found: readonly Found<R>[];
  readonly foreign: readonly string[];
}

/** Finds every sheet of a kind among grids already read: its names in each language first, then those it matches. */
export function inspectAll<M, R extends SheetRead<M>>(grids: Grids, kind: SheetKind<M, R>): Survey<R> {
  const names = LANGS.map((l) => kind.nameFor(l));
  const { matches } = kind;
  if (matches !== undefined) names.push(...[...grids.keys()].filter((n) => matches(n)));
  const seen = new Set<string>();
  const found: Found<R>[] = [];
  const foreign: string[] = [];
  for (const name of names) {
    const grid = grids.get(name);
    if (grid === null || grid === undefined || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const parsed = kind.parse(grid);
    if (!parsed.ok) foreign.push(name);
    else
      found.push({
        sheet: name,
        tables: grid.tables ?? [],
        charts: grid.charts ?? [],
        read: parsed,
        grid,
        portable: !usesKamFunctions(grid),
      });
  }
  return { found, foreign };
}

/** Finds a kind's sheet among grids already read: the first found; further ones are duplicates. */
export function inspect<M, R extends SheetRead<M>>(grids: Grids, kind: SheetKind<M, R>): Inspection<R> {
  const { found, foreign } = inspectAll(grids, kind);
  return { found: found[0] ?? null, foreign, duplicates: found.slice(1).map((f) => f.sheet) };
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
  /** The kinds whose sheets are read back after the write, in the same host call (default: this kind's). */
  readonly readBack?: readonly SheetNames[];
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
  const readKinds = options.readBack ?? [kind];
  const readMatching = matcherOf(...readKinds);
  const readBack = { readBack: namesOf(...readKinds), ...(readMatching === undefined ? {} : { readBackMatching: readMatching }) };
  if (found === null) return host.writeSheet(spec, readBack);
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
    ...readBack,
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
