/**
 * The native formula parts the portable sheets count valid entries with, calculated by a real engine over columns
 * of what users type (whole numbers on and off the scale, decimals, text, a text "3", TRUE, an error, blanks): each
 * gives what the add-in's own rule gives, so that a portable sheet counts as the pane does.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import {
  isInvalidEntry,
  isWholeIn,
  markArray,
  markFormula,
  wholeCount,
  wholeExtreme,
  wholeMaskArray,
  wholeOr,
  wholeOrArray,
  wholeSum,
  wholeValueArray,
} from "../../src/sheets/wholeNumbers";
import { ENGINE_CONFIG } from "./engine";

/** What a user may type into a scale's cell: raw as the engine takes it (a formula for a text "3" and an error). */
type Entry = number | string | boolean | null;
const ENTRIES: readonly Entry[] = [
  null,
  0,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  10,
  11,
  -1,
  2.5,
  1e-9,
  "gut",
  " ",
  '="3"',
  '="0"',
  '=""',
  true,
  false,
  "=1/0",
];

/** The add-in's rule for a scale lo…hi: a plain whole number in range counts; anything else does not. */
const valid = (e: Entry, lo: number, hi: number): e is number => typeof e === "number" && Number.isInteger(e) && e >= lo && e <= hi;
/** A mark (isMarked, and an error marks): anything but blank, 0, FALSE or an empty text (a formula's ""). */
const marks = (e: Entry) => e !== null && e !== 0 && e !== false && e !== '=""';

// the checklist's and the assessment's scales, a 0–10 score (the key-account selection's), and one below zero
const SCALES: readonly [number, number][] = [
  [1, 5],
  [1, 3],
  [0, 10],
  [-2, 2],
];

/** Calculates `formulas` (one per row of column C) over `column` in A1:A<n>. */
function calculate(column: readonly Entry[], formulas: readonly string[]): unknown[] {
  const rows = Math.max(column.length, formulas.length);
  const sheet = Array.from({ length: rows }, (_, r) => [column[r] ?? null, null, formulas[r] ?? null]);
  const hf = HyperFormula.buildFromArray(sheet as (string | number | boolean | null)[][], ENGINE_CONFIG);
  const out = formulas.map((_, r) => {
    const v = hf.getCellValue({ sheet: 0, row: r, col: 2 });
    return typeof v === "object" && v !== null ? "error" : v;
  });
  hf.destroy();
  return out;
}

const columnArb = fc.array(fc.constantFrom(...ENTRIES), { minLength: 1, maxLength: 12 });
// HyperFormula, unlike Excel and LibreOffice, lets an error value in SUMIF's range through to the result: the
// SUMIF parts are calculated here without error entries; LibreOffice calculates them with =1/0 and =NA() pasted
// as scores (test/libreoffice/edits.test.ts)
const noErrorArb = fc.array(fc.constantFrom(...ENTRIES.filter((e) => e !== "=1/0")), { minLength: 1, maxLength: 12 });

describe("the scale's native formula parts, calculated", () => {
  it.each(SCALES)("count, sum and find the extremes of the whole numbers %i to %i only", (lo, hi) => {
    fc.assert(
      fc.property(noErrorArb, (column) => {
        const r = `$A$1:$A$${column.length}`;
        const ok = column.filter((e): e is number => valid(e, lo, hi));
        const got = calculate(column, [
          `=${wholeCount(r, lo, hi)}`,
          `=${wholeSum(r, lo, hi)}`,
          `=${wholeExtreme(r, lo, hi, "min")}`,
          `=${wholeExtreme(r, lo, hi, "max")}`,
        ]);
        expect(got).toEqual([
          ok.length,
          ok.reduce((a, b) => a + b, 0),
          ok.length === 0 ? "" : Math.min(...ok),
          ok.length === 0 ? "" : Math.max(...ok),
        ]);
      }),
      { numRuns: 40 },
    );
  });

  it.each(SCALES)("count, sum and mark the entries %i to %i as SUMPRODUCT's arrays, error values among them", (lo, hi) => {
    fc.assert(
      fc.property(columnArb, (column) => {
        const r = `$A$1:$A$${column.length}`;
        const ok = column.filter((e): e is number => valid(e, lo, hi));
        const got = calculate(column, [
          `=SUMPRODUCT(${wholeMaskArray(r, lo, hi)}*1)`,
          `=SUMPRODUCT(${wholeValueArray(r, lo, hi)})`,
          `=SUMPRODUCT(${wholeOrArray(r, lo, hi, 2)})`,
          `=SUMPRODUCT(${markArray(r)})`,
        ]);
        expect(got).toEqual([
          ok.length,
          ok.reduce((a, b) => a + b, 0),
          column.reduce<number>((a, e) => a + (valid(e, lo, hi) ? e : 2), 0),
          column.filter(marks).length,
        ]);
      }),
      { numRuns: 40 },
    );
  });

  it.each(SCALES)("tell each cell's entry on the scale %i to %i: valid, invalid, its value in force, a mark", (lo, hi) => {
    const column = [...ENTRIES];
    const formulas = column.flatMap((_, i) => {
      const cell = `$A$${i + 1}`;
      return [`=${isWholeIn(cell, lo, hi)}`, `=${isInvalidEntry(cell, lo, hi)}`, `=${wholeOr(cell, lo, hi, 9)}`, `=${markFormula(cell)}`];
    });
    const got = calculate(column, formulas);
    const want = column.flatMap((e) => [valid(e, lo, hi), e !== null && !valid(e, lo, hi), valid(e, lo, hi) ? e : 9, marks(e)]);
    expect(got).toEqual(want);
  });
});
