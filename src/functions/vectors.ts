import { wholeIssue } from "../domain/entry";
import type { Lang } from "../domain/lang";
import { quoted, translator } from "../i18n/format";
import { FUNCTION_TEXT, type FunctionMessageKey } from "../i18n/functionText";
import { type Matrix, isBlank, positionOf, valueError } from "./args";

/** One argument range flattened in reading order, with what is needed to name a cell of it in a message. */
export interface Vector {
  readonly cells: readonly unknown[];
  /** True when the range is one row (cells run across columns). */
  readonly across: boolean;
  readonly address: string | undefined;
}

export function vector(range: Matrix, name: string, address: string | undefined, lang: Lang): Vector {
  const rows = range.length;
  const cols = range[0]?.length ?? 0;
  if (rows > 1 && cols > 1) throw valueError(translator(FUNCTION_TEXT, lang)("notVector", { name, rows, cols }));
  return { cells: range.flat(), across: rows === 1 && cols > 1, address };
}

export function sameLength(v: Vector, want: number, name: string, lang: Lang): void {
  if (v.cells.length !== want) throw valueError(translator(FUNCTION_TEXT, lang)("shape", { name, got: v.cells.length, want }));
}

/** The position of cell `i` of a vector: its sheet address when known. */
export function cellOf(v: Vector, i: number, lang: Lang): string {
  return positionOf(v.address, v.across ? 0 : i, v.across ? i : 0, lang);
}

/**
 * Whole numbers from `min` to `max`; `blank` where a cell is blank (0, null or ""); any other value throws
 * #VALUE! with `message`, naming the cell.
 */
export function wholeNumbers<B>(v: Vector, min: number, max: number, blank: B, message: FunctionMessageKey, lang: Lang): (number | B)[] {
  return wholeNumbersAt(v.cells, (i) => cellOf(v, i, lang), min, max, blank, message, lang);
}

/** The same for cells whose position a message names through `at`. */
export function wholeNumbersAt<B>(cells: readonly unknown[], at: (i: number) => string, min: number, max: number, blank: B, message: FunctionMessageKey, lang: Lang): (number | B)[] {
  return cells.map((x, i) => {
    if (isBlank(x)) return blank;
    if (wholeIssue(x, min, max) !== undefined) throw valueError(translator(FUNCTION_TEXT, lang)(message, { value: quoted(x), position: at(i) }));
    return x as number;
  });
}

/** A flag cell: anything but blank, 0 or FALSE is set (e.g. "x" or TRUE). */
export function flags(v: Vector): boolean[] {
  return v.cells.map((x) => !isBlank(x) && x !== false);
}
