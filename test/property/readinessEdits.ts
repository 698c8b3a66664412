/**
 * What users do to a readiness checklist in a spreadsheet without the pane, as edits to apply to any engine's
 * sheet: conditions of their own typed into the rows below, respondents typed into the next free columns, values
 * pasted past validation, remarks below and beside the table, n/a marks, thresholds with decimals, cleared cells,
 * result cells overwritten by hand, and a condition typed below the rows the formulas reach. Shared by the
 * HyperFormula and LibreOffice proofs that the sheet shows what reading it reports.
 */
import fc from "fast-check";
import type { Lang } from "../../src/domain/lang";
import { defaultReadinessModel, withCondition, withRespondents } from "../../src/kinds/readiness/domain/checklist";
import type { ReadinessModel } from "../../src/kinds/readiness/domain/model";
import { FIRST_CONDITION_ROW, ROW, VALUE_COL, readinessLayout } from "../../src/kinds/readiness/sheets/layout";

export type Content = string | number | boolean | null;

export type ReadinessEdit =
  /** a score typed or pasted into any covered score cell (also spare rows and columns) */
  | { readonly kind: "score"; readonly row: number; readonly col: number; readonly value: Content }
  /** a condition of the user's own in the next empty row: its text and some scores */
  | { readonly kind: "ownRow"; readonly text: string; readonly scores: readonly Content[] }
  /** a respondent in the next empty column: a name (or none) and scores */
  | { readonly kind: "respondent"; readonly name: string; readonly scores: readonly Content[] }
  /** a remark below the last row in use, in the id, n/a or notes column */
  | { readonly kind: "remark"; readonly gap: number; readonly where: "id" | "na" | "notes"; readonly text: string }
  | { readonly kind: "na"; readonly row: number; readonly mark: Content }
  | { readonly kind: "threshold"; readonly value: Content }
  | { readonly kind: "clear"; readonly row: number; readonly col: number }
  /** a value typed over a computed cell: a result of the block or a row's status or mean */
  | {
      readonly kind: "overwrite";
      readonly target: "index" | "percent" | "weakCount" | "verdict" | "status" | "mean";
      readonly row: number;
      readonly value: Content;
    }
  /** a condition typed below the rows the formulas reach */
  | { readonly kind: "beyond"; readonly text: string; readonly scores: readonly Content[] };

/**
 * A score as typed or pasted: mostly valid, else what paste lets through. Booleans are left out: LibreOffice stores TRUE
 * as the number 1.
 */
export const scoreContent: fc.Arbitrary<Content> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(6, 0, -1, 2.5, 4.75, 10) },
  { weight: 1, arbitrary: fc.constantFrom("gut", "n/a", "drei", "'3") },
  // an error value, typed or computed: Excel hands no error to a custom function, so the sheets pass entries through
  // IFERROR (functionArgs.ts); without it the results would show the error where the pane counts nothing
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "=NA()", "=1/0") },
);

const text = fc.constantFrom("Own condition", "Pricing power", "Eigene Voraussetzung", "see appendix B", "Zie bijlage", "x");

export const readinessEdit = (respondents: number): fc.Arbitrary<ReadinessEdit> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ kind: fc.constant("score" as const), row: fc.nat(40), col: fc.nat(respondents + 3), value: scoreContent }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant("ownRow" as const), text, scores: fc.array(scoreContent, { maxLength: respondents }) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("respondent" as const),
        name: fc.constantFrom("", "Benelux", "Status", "Mittelwert"),
        scores: fc.array(scoreContent, { maxLength: 16 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("remark" as const),
        gap: fc.nat(4),
        where: fc.constantFrom("id" as const, "na" as const, "notes" as const),
        text,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("na" as const), row: fc.nat(20), mark: fc.constantFrom("x", null, "X", 0, "=NA()") }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("threshold" as const),
        value: fc.oneof(
          fc.integer({ min: 100, max: 500 }).map((h) => h / 100),
          fc.constantFrom(2.2, 3, null, "gut", 0, 6),
        ),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("clear" as const), row: fc.nat(30), col: fc.nat(respondents + 8) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("overwrite" as const),
        target: fc.constantFrom(
          "index" as const,
          "percent" as const,
          "weakCount" as const,
          "verdict" as const,
          "status" as const,
          "mean" as const,
        ),
        row: fc.nat(16),
        value: fc.constantFrom(5, "Ready", "Bereit", 1, null, "ok"),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("beyond" as const),
        text,
        scores: fc.array(scoreContent, { minLength: 1, maxLength: respondents }),
      }),
    },
  );

/** A checklist as the add-in creates it, with scores, n/a marks and a threshold: 1–30 respondents. */
export const readinessStart: fc.Arbitrary<{ model: ReadinessModel; lang: Lang }> = fc
  .record({
    respondents: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }) },
      { weight: 1, arbitrary: fc.integer({ min: 5, max: 30 }) },
    ),
    own: fc.nat(2),
    lang: fc.constantFrom("de" as const, "nl" as const, "en" as const),
    threshold: fc.oneof(
      fc.constant(3),
      fc.integer({ min: 100, max: 500 }).map((h) => h / 100),
    ),
    seed: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.boolean()), { minLength: 400, maxLength: 400 }),
  })
  .map(({ respondents, own, lang, threshold, seed }) => {
    let m = withRespondents(
      defaultReadinessModel(),
      respondents === 1 ? [] : Array.from({ length: respondents }, (_, i) => `Unit ${i + 1}`),
    );
    for (let k = own; k > 0; k--) m = withCondition(m, `Own condition ${k}`);
    let i = 0;
    const next = () => seed[i++ % seed.length]!;
    m = {
      ...m,
      threshold,
      conditions: m.conditions.map((c) => ({
        ...c,
        notApplicable: next()[0] === 0 && next()[1],
        scores: c.scores.map(() => next()[0] || null),
      })),
    };
    return { model: m, lang };
  });

/** A sheet in some engine that edits can be applied to (0-based rows and columns). */
export interface Editable {
  set(row: number, col: number, content: Content): void;
  /** The cell's current value, "" when empty. */
  value(row: number, col: number): unknown;
}

/**
 * Applies the edits to a freshly rendered checklist of `model`; returns the cells typed over a computed cell (to be
 * named by reading the sheet).
 */
export function applyEdits(sheet: Editable, model: ReadinessModel, edits: readonly ReadinessEdit[]): { overwritten: Set<string> } {
  const l = readinessLayout(model.respondents.length, model.conditions.length);
  const overwritten = new Set<string>();
  let nextRow = FIRST_CONDITION_ROW + model.conditions.length;
  let nextCol = l.firstScoreCol + model.respondents.length;
  const lastCoveredCol = l.lastScoreCol;
  const key = (row: number, col: number) => `${row},${col}`;
  for (const e of edits) {
    switch (e.kind) {
      case "score":
        sheet.set(FIRST_CONDITION_ROW + e.row, l.firstScoreCol + e.col, e.value);
        break;
      case "ownRow":
        if (nextRow > l.lastRow) break;
        sheet.set(nextRow, 1, e.text);
        e.scores.forEach((s, j) => sheet.set(nextRow, l.firstScoreCol + j, s));
        nextRow++;
        break;
      case "respondent":
        if (nextCol > lastCoveredCol) break;
        if (e.name !== "") sheet.set(ROW.header, nextCol, e.name);
        e.scores.forEach((s, j) => sheet.set(FIRST_CONDITION_ROW + j, nextCol, s));
        nextCol++;
        break;
      case "remark": {
        const row = nextRow + e.gap;
        sheet.set(row, e.where === "id" ? 0 : e.where === "na" ? 2 : l.notesCol, e.text);
        nextRow = row + 1;
        break;
      }
      case "na":
        sheet.set(FIRST_CONDITION_ROW + e.row, 2, e.mark);
        break;
      case "threshold":
        sheet.set(ROW.threshold, VALUE_COL, e.value);
        break;
      case "clear":
        // input cells only: id, text, n/a, notes, scores
        if ([3, 4].includes(e.col) || (l.minCol !== null && [l.minCol, l.maxCol].includes(e.col))) break;
        sheet.set(FIRST_CONDITION_ROW + e.row, e.col, null);
        break;
      case "overwrite": {
        const [row, col] =
          e.target === "status" || e.target === "mean"
            ? [FIRST_CONDITION_ROW + e.row, e.target === "status" ? l.statusCol : l.meanCol]
            : [ROW[e.target], VALUE_COL];
        sheet.set(row, col, e.value);
        overwritten.add(key(row, col));
        break;
      }
      case "beyond": {
        const row = Math.max(nextRow, l.lastRow + 3);
        sheet.set(row, 1, e.text);
        e.scores.forEach((s, j) => sheet.set(row, l.firstScoreCol + j, s));
        nextRow = row + 1;
        break;
      }
    }
  }
  return { overwritten };
}
