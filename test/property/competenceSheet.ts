/**
 * What every computed cell of a competence assessment must show, given what reading the sheet reports: the check
 * behind "the sheet shows what the pane and `kam read` say", whichever engine calculated the sheet.
 */
import { evaluateAssessment } from "../../src/kinds/competences/domain/evaluate";
import { COMPETENCE_SHEET_TEXT } from "../../src/kinds/competences/i18n/competenceSheetText";
import { cellAddress, parseRangeAddress } from "../../src/sheets/address";
import { COL, FIRST_COMPETENCE_ROW, ROW, type CompetenceLayout } from "../../src/kinds/competences/sheets/layout";
import type { CompetenceRead } from "../../src/kinds/competences/sheets/parse";
import type { Expectation } from "./readinessSheet";

/**
 * Each covered column's fit, weighted score, knock-out, competences assessed and rank (blank in a column no candidate uses) and each
 * covered row's "Met by" (blank in a row that is no competence).
 */
export function expectedCompetenceCells(read: CompetenceRead, l: CompetenceLayout): Expectation[] {
  const result = evaluateAssessment(read.model);
  const text = COMPETENCE_SHEET_TEXT[read.lang];
  const cells: Expectation[] = [];
  const candidateAt = new Map(read.candidateCols.map((col, k) => [col, k]));
  for (let col = COL.firstCandidate; col <= l.lastCandidateCol; col++) {
    const k = candidateAt.get(col);
    const c = k === undefined ? undefined : result.candidates[k]!;
    const name = k === undefined ? "(unused)" : read.model.candidates[k];
    // nobody assessed says so; a must-have not assessed is no pass; an unranked candidate is "incomplete"
    cells.push({
      cell: cellAddress(ROW.fit, col),
      what: `fit of ${name}`,
      expected: c === undefined ? "" : c.assessed === 0 ? text.notAssessed : c.fit!,
    });
    cells.push({ cell: cellAddress(ROW.weightedScore, col), what: `weighted score of ${name}`, expected: c?.weightedScore ?? "" });
    cells.push({
      cell: cellAddress(ROW.knockedOut, col),
      what: `knock-out of ${name}`,
      expected: c === undefined ? "" : c.knockedOut ? 1 : c.mustHaveOpen ? text.notAssessed : 0,
    });
    cells.push({ cell: cellAddress(ROW.assessed, col), what: `competences assessed of ${name}`, expected: c?.assessed ?? "" });
    cells.push({ cell: cellAddress(ROW.rank, col), what: `rank of ${name}`, expected: c === undefined ? "" : (c.rank ?? text.incomplete) });
  }
  const team = new Map(result.team.map((t) => [t.id, t.meeting]));
  const itemAt = new Map(read.competenceRows.map((row, i) => [row, read.model.requirements[i]!]));
  for (let row = FIRST_COMPETENCE_ROW; row <= l.lastRow; row++) {
    const item = itemAt.get(row);
    const counted = item !== undefined && item.ignored === undefined;
    cells.push({ cell: cellAddress(row, COL.team), what: `"Met by" of row ${row + 1}`, expected: counted ? team.get(item.id)! : "" });
  }
  return cells;
}

/** A knock-out shows TRUE or FALSE; engines may give it as a boolean or as 1 and 0. */
export function asNumber(value: unknown): unknown {
  return typeof value === "boolean" ? (value ? 1 : 0) : value;
}

/**
 * The rank compares the result rows and counts "Met by", with native functions (render.ts, rankFormula): a value
 * typed over one of them moves the ranks, as any spreadsheet rank follows the values it ranks. The knock-out's
 * "not assessed" tells a competence's row by its "Met by" number: a number typed there makes a remark row (a
 * must-have mark alone) a must-have competence without a rating, as the README says results follow a value typed
 * over. Reading names the typed-over cell; until its formula is restored, those results are not checked.
 */
export function rankChecked(row: number, named: ReadonlySet<string>): boolean {
  if (row === ROW.rank) return named.size === 0;
  if (row === ROW.knockedOut) return ![...named].some((c) => parseRangeAddress(c).col === COL.team);
  return true;
}
