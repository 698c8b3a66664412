/**
 * The competence assessment is the source of truth: whatever users do to it without the pane (see
 * competenceEdits.ts), every computed cell, calculated by HyperFormula with the KAM.* functions, shows what reading
 * it and the domain report; every invalid rating is highlighted and named; every result typed over is named.
 * LibreOffice proves the portable sheets the same way (test/libreoffice/competenceEdits.test.ts): their SUMPRODUCT
 * over MATCH masks is array evaluation that HyperFormula does not do.
 */
import fc from "fast-check";
import { cellAddress, parseRangeAddress } from "../../src/sheets/address";
import { COL, FIRST_COMPETENCE_ROW, ROW, competenceLayout } from "../../src/kinds/competences/sheets/layout";
import { parseCompetences } from "../../src/kinds/competences/sheets/parse";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { PALETTE } from "../../src/sheets/palette";
import { editable } from "../formulas/engine";
import type { Lang } from "../../src/domain/lang";
import type { CompetenceModel } from "../../src/kinds/competences/domain/model";
import { type CompetenceEdit, applyCompetenceEdits, competenceEdit, competenceStart } from "./competenceEdits";
import { asNumber, expectedCompetenceCells, rankChecked } from "./competenceSheet";
import { expectInvalidHighlighted, same } from "./readinessSheet";

/** Cases a run found once, kept: a number typed over a remark row's "Met by" beside its must-have mark. */
const FOUND: [[{ model: CompetenceModel; lang: Lang }, CompetenceEdit[]]][] = [
  [
    [
      {
        model: {
          candidates: ["Cand 1", "Cand 2"],
          requirements: [
            { id: "C01", text: null, required: 3, weight: 3, mustHave: false, ratings: [1, 2] },
            { id: "C02", text: null, required: 4, weight: 2, mustHave: false, ratings: [null, null] },
            { id: "C03", text: null, required: 3, weight: 3, mustHave: false, ratings: [1, 5] },
          ],
        },
        lang: "nl",
      },
      [
        { kind: "overwrite", target: "team", at: 6, value: 1 },
        { kind: "remark", gap: 3, where: "mustHave", text: "see appendix B" },
      ],
    ],
  ],
];
const RUNS = { numRuns: Number(process.env.KAM_PROPERTY_RUNS ?? 40), examples: FOUND };
jest.setTimeout(600_000);

describe("a competence assessment edited as users do shows what reading it reports", () => {
  it("with the KAM functions", () => {
    fc.assert(
      fc.property(
        competenceStart.chain((start) =>
          fc.tuple(fc.constant(start), fc.array(competenceEdit(start.model.candidates.length), { maxLength: 14 })),
        ),
        ([{ model, lang }, edits]) => {
          const spec = renderCompetences(model, lang);
          const sheet = editable(spec);
          let overwritten = new Set<string>();
          sheet.batch(() => void (overwritten = applyCompetenceEdits(sheet, model, edits).overwritten));
          const read = parseCompetences(sheet.grid(spec.name));
          if (!read.ok) throw new Error("the edited assessment no longer reads");
          const named = new Set(read.problems.filter((p) => p.code === "computedOverwritten").map((p) => p.cell));
          // every value typed over a computed cell is named (a "Met by" cleared in a row that is no competence is
          // what an inserted row looks like, and a result cleared in a column no candidate uses is blank as it was)
          const rows = new Set(read.competenceRows.filter((_, i) => read.model.requirements[i]!.ignored === undefined));
          const cols = new Set(read.candidateCols);
          for (const k of overwritten) {
            const [row, col] = k.split(",").map(Number) as [number, number];
            const cleared = sheet.value(row, col) === null || sheet.value(row, col) === "";
            if (cleared && (row < ROW.header ? !cols.has(col) : !rows.has(row))) continue;
            if (!named.has(cellAddress(row, col)))
              throw new Error(`${cellAddress(row, col)} was typed over and is not named; edits ${JSON.stringify(edits)}`);
          }
          // each result computes from the entries alone: a named one leaves the others right (the ranks aside)
          const l = competenceLayout(model.candidates.length, model.requirements.length);
          for (const e of expectedCompetenceCells(read, l)) {
            const at = parseRangeAddress(e.cell);
            if (named.has(e.cell) || !rankChecked(at.row, named)) continue;
            const actual = asNumber(sheet.value(at.row, at.col));
            if (!same(actual, e.expected))
              throw new Error(
                `${e.cell} (${e.what}) shows ${JSON.stringify(actual)}, reading says ${JSON.stringify(e.expected)}; edits ${JSON.stringify(edits)}`,
              );
          }
          // an invalid rating is highlighted exactly where reading names it
          const rule = spec.conditionalFormats.find((f) => f.fill === PALETTE.invalidFill)!;
          expect([rule.area.row, rule.area.col]).toEqual([FIRST_COMPETENCE_ROW, COL.firstCandidate]);
          expectInvalidHighlighted(sheet, spec, read.problems);
        },
      ),
      RUNS,
    );
  });
});
