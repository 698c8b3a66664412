import { wholeIssue } from "../domain/entry";
import type { Lang } from "../domain/lang";
import { translator } from "../i18n/format";
import { argumentName } from "../i18n/argumentNames";
import { FUNCTION_TEXT } from "../i18n/functionText";
import { type Matrix, isBlank, isMark, valueError } from "./args";

/** One argument range flattened in reading order, with what is needed to name a cell of it in a message. */
export interface Vector {
  readonly cells: readonly unknown[];
  /** True when the range is one row (cells run across columns). */
  readonly across: boolean;
}

export function vector(range: Matrix, name: string, lang: Lang): Vector {
  const rows = range.length;
  const cols = range[0]!.length;
  if (rows > 1 && cols > 1) throw valueError(translator(FUNCTION_TEXT, lang)("notVector", { name: argumentName(name, lang), rows, cols }));
  // not two-dimensional, so more than one column is one row; a single cell runs down
  return { cells: range.flat(), across: cols > 1 };
}

/** `name` must have as many cells as `reference` (the argument that sets the length), `want`. */
export function sameLength(v: Vector, want: number, name: string, reference: string, lang: Lang): void {
  if (v.cells.length !== want)
    throw valueError(
      translator(FUNCTION_TEXT, lang)("shape", {
        name: argumentName(name, lang),
        reference: argumentName(reference, lang),
        got: v.cells.length,
        want,
      }),
    );
}

/**
 * The valid whole numbers from `min` to `max`; `fallback` where a cell is blank (0, null or "") or holds anything
 * else (6, 2.5, text): the sheets' one rule, an invalid entry does not count (the pane names its cell).
 */
export function validOr<B>(cells: readonly unknown[], min: number, max: number, fallback: B): (number | B)[] {
  return cells.map((x) => (!isBlank(x) && wholeIssue(x, min, max) === undefined ? (x as number) : fallback));
}

/** A flag cell: anything but blank, 0 or FALSE is set (e.g. "x" or TRUE). */
export function flags(v: Vector): boolean[] {
  return v.cells.map(isMark);
}
