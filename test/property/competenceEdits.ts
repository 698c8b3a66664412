/**
 * What users do to a competence assessment in a spreadsheet without the pane, as edits to apply to any engine's
 * sheet: competences of their own typed into the rows below, candidates typed into the next free columns, ratings
 * and requirements pasted past validation, cleared cells, remarks below the table, results overwritten by hand, and
 * a competence typed below the rows the formulas reach. Shared by the HyperFormula and LibreOffice proofs that the
 * sheet shows what reading it reports.
 */
import fc from "fast-check";
import { defaultCompetenceModel, withCompetence, withProfile } from "../../src/kinds/competences/domain/assessment";
import type { CompetenceModel } from "../../src/kinds/competences/domain/model";
import type { Lang } from "../../src/domain/lang";
import { COL, FIRST_COMPETENCE_ROW, ROW, competenceLayout } from "../../src/kinds/competences/sheets/layout";
import { type Content, type Editable, scoreContent } from "./readinessEdits";

export type CompetenceEdit =
  /** a rating typed or pasted into any covered rating cell (also spare rows and columns) */
  | { readonly kind: "rating"; readonly row: number; readonly col: number; readonly value: Content }
  /** a competence of the user's own in the next empty row: its text and some ratings */
  | { readonly kind: "ownRow"; readonly text: string; readonly ratings: readonly Content[] }
  /** a candidate in the next free column: a name (or none) and ratings */
  | { readonly kind: "candidate"; readonly name: string; readonly ratings: readonly Content[] }
  /** a required level, weight or must-have mark typed, pasted or cleared */
  | { readonly kind: "requirement"; readonly row: number; readonly field: "required" | "weight" | "mustHave"; readonly value: Content }
  /** a remark below the last row in use, in the id, must-have or required column */
  | { readonly kind: "remark"; readonly gap: number; readonly where: "id" | "mustHave" | "required"; readonly text: Content }
  /** an input cell cleared: id, competence, requirement or a rating */
  | { readonly kind: "clear"; readonly row: number; readonly col: number }
  /** a value typed over a computed cell: a candidate's result or a row's "Met by" */
  | {
      readonly kind: "overwrite";
      readonly target: "fit" | "weightedScore" | "knockedOut" | "assessed" | "rank" | "team";
      readonly at: number;
      readonly value: Content;
    }
  /** a competence typed below the rows the formulas reach */
  | { readonly kind: "beyond"; readonly text: string; readonly ratings: readonly Content[] };

const text = fc.constantFrom("Own competence", "Negotiation", "Verhandlungsgeschick", "see appendix B", "Zie bijlage", "x");
const requirementValue = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(0, 9, 2.5, "hoch", "x") },
);

export const competenceEdit = (candidates: number): fc.Arbitrary<CompetenceEdit> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({ kind: fc.constant("rating" as const), row: fc.nat(30), col: fc.nat(candidates + 2), value: scoreContent }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant("ownRow" as const), text, ratings: fc.array(scoreContent, { maxLength: candidates + 1 }) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("candidate" as const),
        name: fc.constantFrom("", "Dana", "Met by", "Erfüllt von"),
        ratings: fc.array(scoreContent, { maxLength: 16 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("requirement" as const),
        row: fc.nat(18),
        field: fc.constantFrom("required" as const, "weight" as const, "mustHave" as const),
        value: requirementValue,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("remark" as const),
        gap: fc.nat(3),
        where: fc.constantFrom("id" as const, "mustHave" as const, "required" as const),
        text: fc.constantFrom("see appendix B", "x", 3, "Zie bijlage"),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("clear" as const), row: fc.nat(18), col: fc.nat(COL.firstCandidate + candidates) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("overwrite" as const),
        target: fc.constantFrom(
          "fit" as const,
          "weightedScore" as const,
          "knockedOut" as const,
          "assessed" as const,
          "rank" as const,
          "team" as const,
        ),
        at: fc.nat(27),
        value: fc.constantFrom(1, 0.5, "ok", null, null, 3),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("beyond" as const),
        text,
        ratings: fc.array(scoreContent, { minLength: 1, maxLength: candidates + 1 }),
      }),
    },
  );

/** An assessment as the add-in creates it, rated here and there: 0–6 candidates, the default or extended profile. */
export const competenceStart: fc.Arbitrary<{ model: CompetenceModel; lang: Lang }> = fc
  .record({
    candidates: fc.integer({ min: 0, max: 6 }),
    extended: fc.boolean(),
    own: fc.nat(2),
    lang: fc.constantFrom("de" as const, "nl" as const, "en" as const),
    seed: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 300, maxLength: 300 }),
  })
  .map(({ candidates, extended, own, lang, seed }) => {
    let m = defaultCompetenceModel(
      "default",
      Array.from({ length: candidates }, (_, i) => `Cand ${i + 1}`),
    );
    if (extended) m = withProfile(m, "extended");
    for (let k = own; k > 0; k--) m = withCompetence(m, `Own competence ${k}`);
    let i = 0;
    const next = () => seed[i++ % seed.length]!;
    m = {
      ...m,
      requirements: m.requirements.map((r) => ({
        ...r,
        required: 1 + (next() % 5),
        weight: 1 + (next() % 3),
        mustHave: next() === 0,
        ratings: r.ratings.map(() => (next() < 6 ? 1 + (next() % 5) : null)),
      })),
    };
    return { model: m, lang };
  });

/**
 * Applies the edits to a freshly rendered assessment of `model`; returns the cells typed over a computed cell (to
 * be named by reading the sheet).
 */
export function applyCompetenceEdits(
  sheet: Editable,
  model: CompetenceModel,
  edits: readonly CompetenceEdit[],
): { overwritten: Set<string> } {
  const l = competenceLayout(model.candidates.length, model.requirements.length);
  const overwritten = new Set<string>();
  let nextRow = FIRST_COMPETENCE_ROW + model.requirements.length;
  let nextCol = COL.firstCandidate + model.candidates.length;
  const field = { required: COL.required, weight: COL.weight, mustHave: COL.mustHave } as const;
  for (const e of edits) {
    switch (e.kind) {
      case "rating":
        sheet.set(FIRST_COMPETENCE_ROW + e.row, COL.firstCandidate + e.col, e.value);
        break;
      case "ownRow":
        if (nextRow > l.lastRow) break;
        sheet.set(nextRow, COL.text, e.text);
        e.ratings.forEach((s, j) => sheet.set(nextRow, COL.firstCandidate + j, s));
        nextRow++;
        break;
      case "candidate":
        if (nextCol > l.lastCandidateCol) break;
        if (e.name !== "") sheet.set(ROW.header, nextCol, e.name);
        e.ratings.forEach((s, j) => sheet.set(FIRST_COMPETENCE_ROW + j, nextCol, s));
        nextCol++;
        break;
      case "requirement":
        sheet.set(FIRST_COMPETENCE_ROW + e.row, field[e.field], e.value);
        break;
      case "remark": {
        const row = nextRow + e.gap;
        sheet.set(row, e.where === "id" ? COL.id : field[e.where], e.text);
        nextRow = row + 1;
        break;
      }
      case "clear":
        // input cells only
        if (e.col === COL.team) break;
        sheet.set(FIRST_COMPETENCE_ROW + e.row, e.col, null);
        break;
      case "overwrite": {
        const [row, col] =
          e.target === "team"
            ? [FIRST_COMPETENCE_ROW + e.at, COL.team]
            : [ROW[e.target], COL.firstCandidate + (e.at % Math.max(1, model.candidates.length + 2))];
        sheet.set(row, col, e.value);
        overwritten.add(`${row},${col}`);
        break;
      }
      case "beyond": {
        const row = Math.max(nextRow, l.lastRow + 3);
        sheet.set(row, COL.text, e.text);
        e.ratings.forEach((s, j) => sheet.set(row, COL.firstCandidate + j, s));
        nextRow = row + 1;
        break;
      }
    }
  }
  return { overwritten };
}
