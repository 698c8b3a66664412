import { DEFAULT_LANG, LANGS, type Lang } from "../domain/lang";
import type { SheetHost } from "../hosts/host";
import type { ParseResult, SheetGrid, SheetRead } from "../sheets/read";
import type { RenderOptions, SheetSpec } from "../sheets/spec";

/** What a workflow needs to know of one kind of sheet (readiness, competences, …). */
export interface SheetKind<M, R extends SheetRead<M>> {
  /** The sheet's name in a language. */
  nameFor(lang: Lang): string;
  parse(grid: SheetGrid): ParseResult<R>;
  render(model: M, lang: Lang, options?: RenderOptions): SheetSpec;
}

export interface Found<R> {
  /** The sheet the read came from. */
  readonly sheet: string;
  readonly read: R;
  /** Its computed cells use native functions only (no KAM.*): it was made portable. */
  readonly portable: boolean;
}

/** A sheet whose formulas call none of the add-in's functions works without it. */
function usesKamFunctions(grid: SheetGrid): boolean {
  return grid.formulas.some((row) => row.some((f) => typeof f === "string" && f.startsWith("=") && /\bKAM\./i.test(f)));
}

/** Reads every language's sheet name in one host call: the first that parses, and those that exist but do not. */
export async function inspectSheets<M, R extends SheetRead<M>>(
  host: SheetHost,
  kind: SheetKind<M, R>,
): Promise<{ found: Found<R> | null; foreign: readonly string[] }> {
  const names = LANGS.map((l) => kind.nameFor(l));
  const grids = await host.readSheets(names);
  const foreign: string[] = [];
  let found: Found<R> | null = null;
  for (const name of names) {
    const grid = grids.get(name);
    if (grid === null || grid === undefined) continue;
    const parsed = kind.parse(grid);
    if (!parsed.ok) foreign.push(name);
    else found ??= { sheet: name, read: parsed, portable: !usesKamFunctions(grid) };
  }
  return { found, foreign };
}

/** Why a create did not write. */
export class ForeignSheetError extends Error {
  constructor(
    readonly sheet: string,
    what: string,
  ) {
    super(`The sheet "${sheet}" exists but is not a KAM ${what}; it was left untouched.`);
  }
}

/**
 * Creates a sheet in `lang`, or re-generates the one that exists (in any language) from its model merged with
 * the request, so that nothing the user entered is lost. Never writes over a same-named sheet of the user's.
 */
export async function writeMerged<M, R extends SheetRead<M>>(
  host: SheetHost,
  kind: SheetKind<M, R>,
  what: string,
  /** null: keep the language of the sheet that exists (`fallback` for a new one). */
  requested: Lang | null,
  merge: (existing: M | null, lang: Lang) => M,
  /** The language of a new sheet when `requested` is null. */
  fallback: Lang = DEFAULT_LANG,
  /** Native formulas only; undefined keeps what the sheet has (KAM.* for a new one). */
  portable?: boolean,
): Promise<void> {
  const { found, foreign } = await inspectSheets(host, kind);
  const lang = requested ?? found?.read.lang ?? fallback;
  const target = kind.nameFor(lang);
  if (foreign.includes(target)) throw new ForeignSheetError(target, what);
  const spec = kind.render(merge(found?.read.model ?? null, lang), lang, { portable: portable ?? found?.portable ?? false });
  if (found === null) await host.writeSheet(spec);
  else await host.writeSheet(spec, { replace: found.sheet, clear: { row: 0, col: 0, ...found.read.extent } });
}

/** A sheet's state as the pane shows it: not there, someone else's sheet by that name, or read and evaluated. */
export type KindState<R, X> =
  | { readonly kind: "missing" }
  /** A sheet with the kind's name that is not ours: never overwritten. */
  | { readonly kind: "foreign"; readonly sheet: string }
  | ({ readonly kind: "ready"; readonly sheet: string } & R & X);

/** Reads a kind of sheet (one host read) and adds what `evaluate` computes from it. */
export async function readKind<M, R extends SheetRead<M>, X>(
  host: SheetHost,
  kind: SheetKind<M, R>,
  evaluate: (read: R) => X,
): Promise<KindState<R, X>> {
  const { found, foreign } = await inspectSheets(host, kind);
  if (found !== null) return { kind: "ready", sheet: found.sheet, ...found.read, ...evaluate(found.read) };
  return foreign[0] === undefined ? { kind: "missing" } : { kind: "foreign", sheet: foreign[0] };
}
