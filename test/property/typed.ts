/**
 * What a user types into a sheet on the Office.js double, and how a user checks it is still there: entries of every
 * kind (valid, text, out-of-range and decimal numbers, booleans, error values, formulas), put into a cell as Excel
 * would hold them, and compared with what the cell holds later.
 */
import fc from "fast-check";
import { LANGS } from "../../src/domain/lang";
import { STATUS_TEXT, statusFromText } from "../../src/domain/status";
import { cellAddress } from "../../src/sheets/address";
import type { Sheet } from "../office";
import { errorValueArb } from "./arbitraries";
import { nameText, userText } from "./models";

export type Scalar = string | number | boolean;

/** An entry as typed: a value, an error value, or a formula with the result Excel calculated (or an error). */
export type Typed =
  | { readonly kind: "value"; readonly value: Scalar }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "formula"; readonly formula: string; readonly result: Scalar }
  | { readonly kind: "formulaError"; readonly formula: string; readonly error: string };

/** How a user compares a cell with what they typed there. */
export type Check =
  /** the same value or formula */
  | "exact"
  /** a mark column (n/a, must-have): marked or not, and a formula kept as a formula */
  | "mark"
  /** a status: the same status, in whatever language the sheet is now, or the same other entry */
  | "status";

const FORMULAS = ["=1+2", "=A1", "=ROUND(2.4,0)", '="x"&""', "=SUM(D10:D11)"];
const formulaArb = fc.constantFrom(...FORMULAS);

const value = (v: Scalar): Typed => ({ kind: "value", value: v });
const formulaWith = (result: fc.Arbitrary<Scalar>): fc.Arbitrary<Typed> =>
  fc.tuple(formulaArb, result).map(([formula, r]): Typed => ({ kind: "formula", formula, result: r }));
const errorEntry: fc.Arbitrary<Typed> = errorValueArb.map((error): Typed => ({ kind: "error", error }));
const formulaError: fc.Arbitrary<Typed> = fc
  .tuple(formulaArb, errorValueArb)
  .map(([formula, error]): Typed => ({ kind: "formulaError", formula, error }));

/** Text a user types into a cell (as '=… too): not blank. */
export const typedText: fc.Arbitrary<string> = userText.filter((s) => s.trim() !== "");

/** A number cell (scores, ratings, required level, weight): valid or not, as typed or pasted. */
export function numberCell(min: number, max: number): fc.Arbitrary<Typed> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min, max }).map(value) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(fc.integer({ min: -3, max: 9 }), fc.double({ min: -10, max: 10, noNaN: true }), fc.constantFrom(2.5, -0, 1e9))
        .filter((n) => !(Number.isInteger(n) && n >= min && n <= max))
        .map(value),
    },
    { weight: 1, arbitrary: typedText.map(value) },
    { weight: 1, arbitrary: fc.boolean().map(value) },
    { weight: 1, arbitrary: errorEntry },
    { weight: 1, arbitrary: formulaWith(fc.oneof(fc.integer({ min, max }), fc.constant(""), fc.constant("n/a"))) },
    { weight: 1, arbitrary: formulaError },
  );
}

/** A free-text cell (notes): any text, a number or TRUE/FALSE as typed, or a formula. */
export const noteCell: fc.Arbitrary<Typed> = fc.oneof(
  { weight: 4, arbitrary: typedText.map(value) },
  {
    weight: 1,
    arbitrary: fc.oneof(fc.integer({ min: -5, max: 99_999 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.boolean()).map(value),
  },
  { weight: 1, arbitrary: formulaWith(typedText) },
);

/** A text cell whose blanks around it are dropped (condition, competence and task texts, responsible, link): trimmed text, or a formula. */
export const textCell = (text: fc.Arbitrary<string> = nameText): fc.Arbitrary<Typed> =>
  fc.oneof({ weight: 4, arbitrary: text.map(value) }, { weight: 1, arbitrary: formulaWith(text) });

const marks = fc.constantFrom("x", "X", "yes", "ja", "✓").map(value);
/** A mark column (n/a, must-have): any text marks it; a formula may compute the mark. */
export const markCell: fc.Arbitrary<Typed> = fc.oneof(
  { weight: 4, arbitrary: marks },
  { weight: 1, arbitrary: formulaWith(fc.constantFrom("x", "")) },
);

/**
 * A date cell: a date (Excel serial day), a date with a time of day, or text, a date typed as text, a number no
 * date, an error, a formula.
 */
export const dateCell: fc.Arbitrary<Typed> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 18_264, max: 91_310 }).map(value) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 18_264, max: 91_310 }), fc.integer({ min: 1, max: 1439 }))
      .map(([day, minute]) => value(day + minute / 1440)),
  },
  { weight: 1, arbitrary: fc.constantFrom("31.03.2026", "3/31/2026", "next week", "Q3").map(value) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 60, 3e6, true).map(value) },
  { weight: 1, arbitrary: errorEntry },
  { weight: 1, arbitrary: formulaWith(fc.integer({ min: 18_264, max: 91_310 })) },
);

/** A status cell: a status word in any language and case, or anything else. */
export const statusCell: fc.Arbitrary<Typed> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(...Object.values(STATUS_TEXT).flatMap((t) => LANGS.flatMap((l) => [t[l], t[l].toUpperCase()]))).map(value),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        typedText.filter((s) => statusFromText(s) === undefined),
        fc.integer({ min: 0, max: 9 }),
      )
      .map(value),
  },
  { weight: 1, arbitrary: errorEntry },
  { weight: 1, arbitrary: formulaWith(fc.constantFrom("Done", "Offen", "")) },
);

/** A progress cell: 0–100 % or not. */
export const progressCell: fc.Arbitrary<Typed> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.5, 1)).map(value) },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom(-0.1, 1.5, 50, 100), typedText, fc.boolean()).map(value) },
  { weight: 1, arbitrary: errorEntry },
  { weight: 1, arbitrary: formulaWith(fc.constantFrom(0.3, 1, "")) },
);

/** Types an entry into a cell, bypassing validation (as pasting does); a formula gets the result Excel would calculate. */
export function typeInto(sheet: Sheet, address: string, t: Typed): void {
  sheet.setCell(address, "");
  if (t.kind === "value") sheet.setCell(address, typeof t.value === "string" ? `'${t.value}` : t.value);
  else if (t.kind === "error") sheet.setError(address, t.error);
  else {
    sheet.setCell(address, t.formula);
    if (t.kind === "formula") sheet.setComputed(address, t.result);
    else sheet.setError(address, t.error);
  }
}

/** What the cell shows and holds, as a user would look at it. */
function held(sheet: Sheet, address: string): { value: Scalar; formula?: string } {
  const formula = sheet.getFormula(address);
  return formula === undefined ? { value: sheet.getValue(address) } : { value: sheet.getValue(address), formula };
}

/** The entry as the user expects to find it in its cell. */
function expected(t: Typed, check: Check): { value: Scalar; formula?: string } | "marked" | { status: string } {
  if (t.kind === "formula" || t.kind === "formulaError") return { value: "", formula: t.formula };
  const v = t.kind === "error" ? t.error : t.value;
  if (check === "mark") return "marked";
  const status = check === "status" ? statusFromText(v) : undefined;
  return status === undefined ? { value: v } : { status: status.status };
}

/** The cell as `expected` describes it. */
function seen(
  cell: { value: Scalar; formula?: string },
  want: ReturnType<typeof expected>,
): ReturnType<typeof expected> | { value: Scalar; formula?: string } {
  if (want === "marked") return cell.formula === undefined && cell.value !== "" ? "marked" : cell;
  if ("status" in want) return { status: statusFromText(cell.value)?.status ?? "" };
  // a formula's value is left to Excel's calculation
  return cell.formula === undefined ? cell : { value: "", formula: cell.formula };
}

/** Asserts the cell holds what was typed. */
export function expectKept(sheet: Sheet, address: string, t: Typed, check: Check, what: string): void {
  const want = expected(t, check);
  const cell = held(sheet, address);
  if (JSON.stringify(seen(cell, want)) !== JSON.stringify(want))
    throw new Error(`${what} at ${sheet.name}!${address}: typed ${JSON.stringify(t)}, the cell holds ${JSON.stringify(cell)}`);
}

/**
 * What Excel does after a write that the double does not: it calculates the formulas written back, and turns an error
 * value's text written into a cell into that error value.
 */
export function recalculate(sheet: Sheet, address: string, t: Typed): void {
  if (t.kind === "formula") sheet.setComputed(address, t.result);
  else if (t.kind === "formulaError" || t.kind === "error") sheet.setError(address, t.error);
}

/** The first column in `row` whose cell shows `text`; -1 if none. */
export function columnOf(sheet: Sheet, row: number, text: string, from = 0): number {
  for (let c = from; c < from + 300; c++) if (String(sheet.getValue(cellAddress(row, c))).trim() === text) return c;
  return -1;
}

/** The last column in `row` whose cell shows `text` (the notes or "met by" column, right of any name like it); -1 if none. */
export function lastColumnOf(sheet: Sheet, row: number, text: string): number {
  let found = -1;
  for (let c = 0; c < 300; c++) if (String(sheet.getValue(cellAddress(row, c))).trim() === text) found = c;
  return found;
}

/** The first row from `from` whose cell in `col` shows `text`; -1 if none. */
export function rowOf(sheet: Sheet, col: number, text: string, from: number): number {
  for (let r = from; r < from + 500; r++) if (String(sheet.getValue(cellAddress(r, col))).trim() === text) return r;
  return -1;
}

/** A user selects cells and presses Delete. */
export function clearCells(sheet: Sheet, rows: readonly number[], cols: readonly number[]): void {
  for (const r of rows) for (const c of cols) sheet.setCell(cellAddress(r, c), "");
}
