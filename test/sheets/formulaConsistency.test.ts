/**
 * Excel marks a formula with a green triangle ("inconsistent with the formulas near it") where the formulas above
 * and below it, or left and right of it, are one formula moved and it is not. A user then sees a warning on a cell
 * we wrote, and a row they copy or fill takes formulas that differ from the rows beside it. No sheet of ours may
 * give Excel cause, in any language.
 */
import { LANGS, type Lang } from "../../src/domain/lang";
import { defaultCompetenceModel, withCandidates } from "../../src/kinds/competences/domain/assessment";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { defaultReadinessModel } from "../../src/kinds/readiness/domain/checklist";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { defaultSelectionModel } from "../../src/kinds/selection/domain/selection";
import { renderSelection } from "../../src/kinds/selection/sheets/render";
import { defaultTaskModel } from "../../src/kinds/tasks/domain/tasklist";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import type { SheetSpec } from "../../src/sheets/spec";
import { mullerPlan } from "./planFixtures";
import { FIRST_CUSTOMER_ROW, SPARE_CUSTOMERS } from "../../src/kinds/selection/sheets/layout";
import { shiftFormula } from "../formulas/engine";

/** A formula as Excel compares it: its relative references as offsets from the cell (R1C1), text in quotes kept. */
function relativeForm(formula: string, row: number, col: number): string {
  return formula.replace(
    /("[^"]*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
    (whole, str: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      if (str !== undefined) return whole;
      let c = 0;
      for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
      const r = Number(digits);
      return `R${rowAbs ? r : `[${r - 1 - row}]`}C${colAbs ? c : `[${c - 1 - col}]`}`;
    },
  );
}

/** The cells Excel would mark: a formula between two that are one formula moved, and not that formula itself. */
function inconsistentFormulas(spec: SheetSpec): string[] {
  const form = (r: number, c: number) => {
    const cell = spec.cells[r]?.[c];
    return typeof cell === "object" && cell !== null ? relativeForm(cell.formula, r, c) : undefined;
  };
  const marked: string[] = [];
  spec.cells.forEach((cells, r) =>
    cells.forEach((_, c) => {
      const own = form(r, c);
      if (own === undefined) return;
      for (const [a, b] of [
        [form(r - 1, c), form(r + 1, c)],
        [form(r, c - 1), form(r, c + 1)],
      ])
        if (a !== undefined && a === b && a !== own) marked.push(`row ${r + 1}, column ${c + 1}: ${own} between ${a}`);
    }),
  );
  return marked;
}

const SHEETS: Record<string, (lang: Lang) => SheetSpec> = {
  readiness: (lang) => renderReadiness(defaultReadinessModel(), lang),
  competences: (lang) => renderCompetences(withCandidates(defaultCompetenceModel("extended"), ["A", "B", "C"]), lang),
  tasks: (lang) => renderTasks(defaultTaskModel(), lang),
  selection: (lang) => renderSelection(defaultSelectionModel([{ name: "Müller GmbH" }, { name: "Berger AG" }]), lang),
  plan: (lang) => renderPlan(mullerPlan(), lang, "Plan Müller AG"),
};

describe("no formula we write stands out from the formulas around it, as Excel checks them", () => {
  it.each(Object.keys(SHEETS).flatMap((kind) => LANGS.map((lang) => [kind, lang] as const)))("%s, %s", (kind, lang) => {
    const spec = SHEETS[kind]!(lang);
    expect(spec.cells.flat().some((c) => typeof c === "object" && c !== null)).toBe(true);
    expect(inconsistentFormulas(spec)).toEqual([]);
  });

  it("finds the formula Excel would mark", () => {
    const f = (formula: string) => ({ formula });
    const spec = (middle: string) => ({ cells: [[f("=A2*2")], [f(middle)], [f("=A4*2")]] }) as unknown as SheetSpec;
    expect(inconsistentFormulas(spec("=A3*2"))).toEqual([]);
    expect(inconsistentFormulas(spec("=A3*3"))).toEqual(["row 2, column 1: =R[1]C[0]*3 between =R[1]C[0]*2"]);
    // an absolute reference is the same cell from every row: made relative in the middle row alone, it stands out
    const absolute = { cells: [[f("=$B$9")], [f("=B10")], [f("=$B$9")]] } as unknown as SheetSpec;
    expect(inconsistentFormulas(absolute)).toEqual(["row 2, column 1: =R[8]C[1] between =R9C2"]);
  });
});

// The customers are an Excel table: a row added to it takes each computed column's formula moved, as every row of
// that column has it. The first row's rank has no rows above it to count (its only difference).
describe("every customer row of the selection carries its column's formula, moved to it", () => {
  it.each(LANGS)("%s", (lang) => {
    const spec = SHEETS.selection!(lang);
    const last = FIRST_CUSTOMER_ROW + 2 + SPARE_CUSTOMERS - 1;
    const computed = spec.cells[last]!.flatMap((cell, col) =>
      typeof cell === "object" && cell !== null ? [{ col, formula: cell.formula }] : [],
    );
    expect(computed.length).toBeGreaterThanOrEqual(7);
    for (const { col, formula } of computed)
      for (const row of [FIRST_CUSTOMER_ROW + 1, FIRST_CUSTOMER_ROW + 2, last - 1])
        expect([row, col, spec.cells[row]![col]]).toEqual([row, col, { formula: shiftFormula(formula, row - last, 0) }]);
  });
});
