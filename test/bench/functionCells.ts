/**
 * What one full recalculation of a sheet hands to our custom functions. Excel marshals every argument of a custom
 * function into the JavaScript runtime, so a range argument costs its cells on every call. Counted from the
 * formulas a sheet holds: each KAM.* call's range references (inside an argument expression too), against the
 * input cells, the distinct cells those calls read.
 */
import { defaultCompetenceModel, withCompetence } from "../../src/kinds/competences/domain/assessment";
import { defaultReadinessModel, withCondition } from "../../src/kinds/readiness/domain/checklist";
import { defaultTaskModel, withTasks } from "../../src/kinds/tasks/domain/tasklist";
import { parseRangeAddress } from "../../src/sheets/address";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { type SheetSpec, isFormulaCell } from "../../src/sheets/spec";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { names } from "./roundTrips";
import { defaultSelectionModel } from "../../src/kinds/selection/domain/selection";
import { SPARE_CUSTOMERS } from "../../src/kinds/selection/sheets/layout";
import { renderSelection } from "../../src/kinds/selection/sheets/render";

export interface FunctionLoad {
  /** KAM.* calls in the sheet's formulas. */
  readonly calls: number;
  /** Cells passed to them in one full recalculation. */
  readonly cellsPassed: number;
  /** Distinct cells they read. */
  readonly inputCells: number;
  /** cellsPassed ÷ inputCells: how often each input cell crosses into JavaScript per recalculation. */
  readonly perInputCell: number;
}

const CALL = /KAM\.[A-Z.]+\(/g;
const REFERENCE = /(?<![A-Za-z0-9_.$])\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![A-Za-z0-9_(])/g;

/** The text inside the parentheses that open at `open`, strings skipped. */
function argumentsAt(formula: string, open: number): string {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === "(") depth++;
    if (ch === ")" && --depth === 0) return formula.slice(open + 1, i);
  }
  throw new Error(`Unbalanced parentheses in ${formula}`);
}

/** The ranges a formula's KAM.* calls read, one entry per reference per call. */
export function kamReferences(formula: string): { rows: number; cols: number; row: number; col: number }[] {
  const out: { rows: number; cols: number; row: number; col: number }[] = [];
  for (const m of formula.matchAll(CALL)) {
    const args = argumentsAt(formula, m.index + m[0].length - 1).replace(/"[^"]*"/g, '""');
    // a KAM call nested in another's argument is counted by its own match, not twice
    const own = args.replace(/KAM\.[A-Z.]+\([^()]*\)/g, "");
    for (const ref of own.matchAll(REFERENCE)) out.push(parseRangeAddress(ref[0]));
  }
  return out;
}

export function functionLoad(formulas: Iterable<string>): FunctionLoad {
  let calls = 0;
  let cellsPassed = 0;
  const inputs = new Set<number>();
  for (const f of formulas) {
    calls += f.match(CALL)?.length ?? 0;
    for (const r of kamReferences(f)) {
      cellsPassed += r.rows * r.cols;
      for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) inputs.add((r.row + i) * 16_384 + r.col + j);
    }
  }
  return { calls, cellsPassed, inputCells: inputs.size, perInputCell: inputs.size === 0 ? 0 : cellsPassed / inputs.size };
}

export interface LoadRow extends FunctionLoad {
  readonly sheet: string;
  readonly size: string;
}

function formulasOf(spec: SheetSpec): string[] {
  return spec.cells.flatMap((row) => row.flatMap((c) => (isFormulaCell(c) ? [c.formula] : [])));
}

/** Every sheet with the KAM.* functions at the bench's small and large sizes (as in roundTrips.ts). */
export function functionLoads(): LoadRow[] {
  const readiness = (conditions: number, respondents: number) => {
    let m = defaultReadinessModel(respondents === 1 ? [""] : names(respondents, "Unit"));
    for (const text of names(conditions - 14, "Condition")) m = withCondition(m, text);
    return renderReadiness(m, "de");
  };
  const competences = (n: number, candidates: number) => {
    let m = defaultCompetenceModel("default", names(candidates, "Candidate"));
    for (const text of names(n - 8, "Competence")) m = withCompetence(m, text);
    return renderCompetences(m, "de");
  };
  const tasks = (n: number) =>
    renderTasks(
      withTasks(
        defaultTaskModel(),
        names(n - 20, "Task").map((text) => ({ phase: 5, text })),
      ),
      "de",
    );
  const rows: [string, string, SheetSpec][] = [
    ["readiness", "14 × 1", readiness(14, 1)],
    ["readiness", "500 × 20", readiness(500, 20)],
    ["competences", "8 × 3", competences(8, 3)],
    ["competences", "30 × 200", competences(30, 200)],
    ["tasks", "20", tasks(20)],
    ["tasks", "5,000", tasks(5000)],
  ];
  return rows.map(([sheet, size, spec]) => ({ sheet, size, ...functionLoad(formulasOf(spec)) }));
}

export interface NativeLoadRow {
  readonly sheet: string;
  readonly size: string;
  /** Formulas on the sheet. */
  readonly formulas: number;
  /** Cells their references take in, summed over every formula: what one full recalculation reads. */
  readonly cellsRead: number;
  /** cellsRead per customer row the sheet covers (customers and spare rows). */
  readonly perRow: number;
}

/**
 * The key-account selection computes with native formulas only (no KAM.* call to marshal): what one full
 * recalculation reads is the cells each formula's references take in. Each row's scores read its own row; each
 * rank counts whole columns (COUNTIFS), so the ranks together read rows × rows cells.
 */
export function selectionLoads(): NativeLoadRow[] {
  return (
    [
      ["20", 20],
      ["2,000", 2000],
    ] as const
  ).map(([size, n]) => {
    const spec = renderSelection(defaultSelectionModel(names(n, "Customer").map((name, i) => ({ name, revenue: 100 * (i + 1) }))), "de");
    const formulas = formulasOf(spec);
    let cellsRead = 0;
    for (const f of formulas)
      for (const ref of f.replace(/"[^"]*"/g, '""').matchAll(REFERENCE)) {
        const r = parseRangeAddress(ref[0]);
        cellsRead += r.rows * r.cols;
      }
    return { sheet: "selection", size, formulas: formulas.length, cellsRead, perRow: Math.round(cellsRead / (n + SPARE_CUSTOMERS)) };
  });
}
