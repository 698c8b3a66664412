/**
 * The sheet is the source of truth: whatever a user does to a readiness checklist in a spreadsheet (their own rows
 * and respondents, values pasted past validation, remarks, n/a marks, thresholds with decimals, cleared cells,
 * results overwritten by hand), every computed cell, calculated by a real engine (HyperFormula, with the KAM.*
 * functions or portable), shows what reading the sheet and the domain report; every invalid entry is highlighted
 * and named; every result typed over is named. LibreOffice proves the portable sheets the same way
 * (test/libreoffice/edits.test.ts).
 */
import fc from "fast-check";
import { parseReadiness } from "../../src/kinds/readiness/sheets/parse";
import { readinessLayout } from "../../src/kinds/readiness/sheets/layout";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { cellAddress, parseRangeAddress } from "../../src/sheets/address";
import { editable } from "../formulas/engine";
import { expectInvalidHighlighted, expectedCells, same } from "./readinessSheet";
import { applyEdits, readinessEdit, readinessStart } from "./readinessEdits";

const RUNS = { numRuns: Number(process.env.KAM_PROPERTY_RUNS ?? 60) };
jest.setTimeout(300_000);

describe("a readiness checklist edited as users do shows what reading it reports", () => {
  it.each([
    ["with the KAM functions", false],
    ["portable", true],
  ] as const)("%s", (_, portable) => {
    fc.assert(
      fc.property(
        readinessStart.chain((start) =>
          fc.tuple(fc.constant(start), fc.array(readinessEdit(start.model.respondents.length), { maxLength: 14 })),
        ),
        ([{ model, lang }, edits]) => {
          const spec = renderReadiness(model, lang, { portable });
          const sheet = editable(spec);
          const { overwritten } = applyEdits(sheet, model, edits);
          const read = parseReadiness(sheet.grid(spec.name));
          if (!read.ok) throw new Error("the edited checklist no longer reads");
          const named = new Set(read.problems.filter((p) => p.code === "computedOverwritten").map((p) => p.cell));
          // every value typed over a computed cell is named, and nothing else is
          // (a computed cell cleared in a row that is no condition is what an inserted row looks like: not named)
          const conditionRowsRead = new Set(read.conditionRows.filter((_, i) => read.model.conditions[i]!.ignored === undefined));
          for (const k of overwritten) {
            const [row, col] = k.split(",").map(Number) as [number, number];
            const cleared = sheet.value(row, col) === null || sheet.value(row, col) === "";
            if (cleared && row > 7 && !conditionRowsRead.has(row)) continue;
            if (!named.has(cellAddress(row, col))) throw new Error(`${cellAddress(row, col)} was typed over and is not named`);
          }
          const l = readinessLayout(model.respondents.length, model.conditions.length);
          const { cells } = expectedCells(read, l, lang);
          // cells computed from a named cell follow it: a row's status, min and max follow its mean; portable
          // results follow the status and mean columns
          const namedRows = new Set(
            [...named]
              .map((c) => parseRangeAddress(c))
              .filter((a) => a.row > 7 && a.col === l.meanCol)
              .map((a) => a.row),
          );
          const rowsOverwritten = [...named].some((c) => parseRangeAddress(c).row > 7);
          for (const e of cells) {
            if (named.has(e.cell) || namedRows.has(parseRangeAddress(e.cell).row)) continue;
            if (portable && rowsOverwritten && parseRangeAddress(e.cell).row <= 7) continue;
            const at = parseRangeAddress(e.cell);
            const actual = sheet.value(at.row, at.col);
            if (!same(actual, e.expected))
              throw new Error(
                `${e.cell} (${e.what}) shows ${JSON.stringify(actual)}, reading says ${JSON.stringify(e.expected)}; edits ${JSON.stringify(edits)}`,
              );
          }
          // an invalid entry is highlighted exactly where reading names it
          expectInvalidHighlighted(sheet, spec, read.problems);
        },
      ),
      RUNS,
    );
  });
});
