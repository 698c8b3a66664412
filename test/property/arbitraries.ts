/**
 * fast-check generators for what a host can hand the parsers: cell values of every kind (text in any script, very
 * long text, numbers at the edges, booleans, error values, formulas), the sheets' own labels in every language,
 * and grids built from them as Office.js returns them (values, formulas, value types).
 */
import fc from "fast-check";
import { STANDARD_COMPETENCES } from "../../src/kinds/competences/domain/profile";
import { LANGS, type Lang } from "../../src/domain/lang";
import { STANDARD_CONDITIONS } from "../../src/kinds/readiness/domain/conditions";
import { DEFAULT_TASKS, PHASES } from "../../src/kinds/tasks/domain/plan";
import { STATUS_TEXT } from "../../src/domain/status";
import { COMPETENCE_SHEET_TEXT } from "../../src/kinds/competences/i18n/competenceSheetText";
import { READINESS_SHEET_TEXT } from "../../src/kinds/readiness/i18n/readinessSheetText";
import { TASK_SHEET_TEXT } from "../../src/kinds/tasks/i18n/taskSheetText";
import type { ReadValue, SheetGrid, ValueType } from "../../src/sheets/read";
import { typeOfValue } from "../../src/sheets/read";

export const langArb: fc.Arbitrary<Lang> = fc.constantFrom(...LANGS);

export const ERROR_VALUES = ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"] as const;
export const errorValueArb = fc.constantFrom(...ERROR_VALUES);

const EMOJI = ["😀", "👍🏽", "👨‍👩‍👧‍👦", "🇳🇱", "❤️‍🔥", "🧑🏿‍💻"];
const RTL = ["مرحبا بالعالم", "שלום עולם", "\u200Fاختبار\u200F", "עברית 123 abc", "مدير الحسابات الرئيسية"];
const FORMULAS = ["=1+2", "=SUM(A1:A3)", "=1/0", '="x"', "=TODAY()", "=A1", "=KAM.READINESS(D10:D23)", '=IF(D10>3,"ok","")'];
const DATE_TEXTS = ["31.03.2026", "3/31/2026", "2026-03-31", "31-03-2026", "31 März 2026", "March 31, 2026"];
const AWKWARD = ["", " ", "\t", "\n", " x ", "'", "'5", "0", "-0", "1e3", "TRUE", "x", "X", "=", "+1", "-", "@", "\u00A0"];

/** Every text the sheets write or recognise, in every language: what makes a parser take a cell for a label. */
export const SHEET_WORDS: readonly string[] = [
  ...[READINESS_SHEET_TEXT, COMPETENCE_SHEET_TEXT, TASK_SHEET_TEXT].flatMap((catalog) =>
    LANGS.flatMap((l) => Object.values(catalog[l]) as string[]),
  ),
  ...Object.values(STATUS_TEXT).flatMap((t) => LANGS.map((l) => t[l])),
  ...PHASES.flatMap((p) => LANGS.map((l) => p[l])),
  ...[...STANDARD_CONDITIONS, ...STANDARD_COMPETENCES, ...DEFAULT_TASKS].flatMap((s) => [
    s.id,
    s.id.toLowerCase(),
    ...LANGS.map((l) => s.text[l]),
  ]),
];

/** Any text a user could type, paste or import. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 2, arbitrary: fc.constantFrom(...EMOJI, ...RTL, ...AWKWARD, ...DATE_TEXTS, ...FORMULAS) },
  { weight: 3, arbitrary: fc.constantFrom(...SHEET_WORDS) },
  { weight: 1, arbitrary: errorValueArb },
  // up to Excel's 32,767 characters a cell
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ unit: "grapheme", minLength: 1, maxLength: 4 }), fc.integer({ min: 100, max: 8200 }))
      .map(([s, n]) => s.repeat(n).slice(0, 32_767)),
  },
);

/** Any number, the edges included (a host never returns NaN or ±Infinity, but a parser must not trip over them). */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -10, max: 10 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    -0,
    0.5,
    2.5,
    4.999999,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER,
    5e-324,
    60,
    61,
    2_958_465,
    2_958_466,
    45_000.75,
    NaN,
    Infinity,
  ),
);

/** A cell as a host reads it: its value (a formula's result), the formula if there is one, and the value's type. */
export interface Cell {
  readonly value: ReadValue;
  readonly formula?: string;
  readonly type: ValueType;
}

export const anyValue: fc.Arbitrary<ReadValue> = fc.oneof(
  { weight: 5, arbitrary: anyText },
  { weight: 4, arbitrary: anyNumber },
  { weight: 1, arbitrary: fc.boolean() },
);

const plain = (value: ReadValue): Cell => ({ value, type: typeOfValue(value) });

/** Any cell: a plain value, a formula with any result (an error included), an error value, or an error's text stored as text. */
export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 8, arbitrary: anyValue.map(plain) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.oneof(
          fc.constantFrom(...FORMULAS),
          anyText.map((t) => `=${t}`),
        ),
        anyValue,
      )
      .map(([formula, value]) => ({ ...plain(value), formula })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(errorValueArb, fc.option(fc.constantFrom(...FORMULAS), { nil: undefined }))
      .map(([value, formula]): Cell => ({ value, type: "Error", ...(formula === undefined ? {} : { formula }) })),
  },
  { weight: 1, arbitrary: errorValueArb.map((value): Cell => ({ value, type: "String" })) },
);

export const EMPTY: Cell = { value: "", type: "Empty" };

/** The grid a host would return for these cells (rows may differ in length). */
export function gridOf(name: string, rows: readonly (readonly Cell[])[]): SheetGrid {
  return {
    name,
    values: rows.map((r) => r.map((c) => c.value)),
    formulas: rows.map((r) => r.map((c) => c.formula ?? c.value)),
    valueTypes: rows.map((r) => r.map((c) => c.type)),
  };
}

/** A grid's cells, to be changed and made into a grid again with `gridOf`. */
export function cellsOf(grid: SheetGrid): Cell[][] {
  return grid.values.map((row, r) =>
    row.map((value, c) => {
      const f = grid.formulas[r]?.[c];
      const type = grid.valueTypes[r]?.[c] ?? typeOfValue(value);
      return typeof f === "string" && f.startsWith("=") ? { value, formula: f, type } : { value, type };
    }),
  );
}

/** Sheet names, the sheets' own and any other (Excel allows up to 31 characters, quotes and spaces included). */
export const sheetNameArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    ...LANGS.flatMap((l) => [READINESS_SHEET_TEXT[l].sheetName, COMPETENCE_SHEET_TEXT[l].sheetName, TASK_SHEET_TEXT[l].sheetName]),
    "My sheet",
    "O'Brien's",
    "2026",
    "A1",
  ),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 31 }),
);

/** Arbitrary grids: 0–30 rows of 0–14 cells each. */
export const anyGrid: fc.Arbitrary<SheetGrid> = fc
  .tuple(sheetNameArb, fc.array(fc.array(anyCell, { maxLength: 14 }), { maxLength: 30 }))
  .map(([name, rows]) => gridOf(name, rows));
