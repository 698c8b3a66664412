/**
 * What users do to a task overview without the pane, as edits for any engine's sheet: tasks typed below the table
 * (valid or not: unknown statuses, dates as text or with a time of day, progress off 0–100 %), statuses and dates
 * pasted over, the today cell set to a date or to text, states and summary cells typed over, cells cleared, and a
 * task typed below the rows the sheet computes. Shared by the HyperFormula and LibreOffice proofs.
 */
import fc from "fast-check";
import { isoToSerial } from "../../src/domain/dates";
import { COL, FIRST_TASK_ROW, ROW, SPARE_TASKS, TODAY_CELL } from "../../src/kinds/tasks/sheets/layout";
import type { TaskModel } from "../../src/kinds/tasks/domain/model";
import type { Content, Editable } from "./readinessEdits";
import { TODAY, randomPlan } from "../formulas/random";

const day = (offset: number) => isoToSerial(TODAY) + offset;
const status: fc.Arbitrary<Content> = fc.constantFrom(
  "Offen",
  "In Arbeit",
  "Erledigt",
  "Blockiert",
  "Open",
  "Done",
  "Gereed",
  "Bezig",
  "fertig?",
  // spaces around and inside as TRIM takes them; a non-breaking space or a tab it keeps
  " Erledigt ",
  "In  Arbeit",
  "\u00a0Done",
  "Offen\t",
  null,
  "=NA()",
);
const due: fc.Arbitrary<Content> = fc.oneof(
  fc.integer({ min: -20, max: 20 }).map(day),
  fc.constant(day(-3) + 0.75),
  fc.constantFrom("31.03.2026", null, 0.5, "=NA()"),
);
const progress: fc.Arbitrary<Content> = fc.constantFrom(0, 0.25, 0.5, 1, 1.5, -0.1, "halb", null);
const phase = fc.constantFrom("1 Ziele und Rahmenbedingungen", "3 Personal", "5 Betrieb", "6 Eigenes", "");

export type TaskEdit =
  | { readonly kind: "task"; readonly phase: string; readonly status: Content; readonly due: Content; readonly progress: Content }
  | { readonly kind: "cell"; readonly row: number; readonly col: "status" | "due" | "progress"; readonly value: Content }
  | { readonly kind: "today"; readonly value: Content }
  | { readonly kind: "overwrite"; readonly target: "state" | "summary"; readonly row: number; readonly value: Content }
  | { readonly kind: "clear"; readonly row: number; readonly col: number }
  | { readonly kind: "beyond"; readonly status: Content };

export const taskEdit: fc.Arbitrary<TaskEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("task" as const), phase, status, due, progress }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("cell" as const),
      row: fc.nat(25),
      col: fc.constantFrom("status" as const, "due" as const, "progress" as const),
      value: fc.oneof(status, due, progress),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("today" as const),
      value: fc.oneof(fc.integer({ min: -30, max: 30 }).map(day), fc.constantFrom("xyz", null, "=TODAY()")),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("overwrite" as const),
      target: fc.constantFrom("state" as const, "summary" as const),
      row: fc.nat(5),
      value: fc.constantFrom("erledigt", 3, null),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("clear" as const),
      row: fc.nat(25),
      col: fc.constantFrom(COL.phase, COL.task, COL.status, COL.due, COL.progress),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("beyond" as const), status }) },
);

/** A plan as the add-in writes it (with a fixed planning day) and the edits to make. */
export const taskCase = fc
  .tuple(fc.integer({ min: 1, max: 10_000 }), fc.array(taskEdit, { minLength: 1, maxLength: 12 }))
  .map(([seed, edits]) => ({ model: randomPlan(seed), edits }));

const COLS = { status: COL.status, due: COL.due, progress: COL.progress } as const;

/** Applies the edits to a freshly rendered overview of `model`; returns the cells typed over a computed cell. */
export function applyTaskEdits(sheet: Editable, model: TaskModel, edits: readonly TaskEdit[]): { overwritten: Set<string> } {
  const overwritten = new Set<string>();
  let next = FIRST_TASK_ROW + model.tasks.length;
  for (const e of edits) {
    switch (e.kind) {
      case "task":
        [
          [COL.phase, e.phase],
          [COL.task, `Eigene Aufgabe ${next}`],
          [COL.status, e.status],
          [COL.due, e.due],
          [COL.progress, e.progress],
        ].forEach(([c, v]) => sheet.set(next, c as number, v as Content));
        next++;
        break;
      case "cell":
        sheet.set(FIRST_TASK_ROW + e.row, COLS[e.col], e.value);
        break;
      case "today":
        sheet.set(TODAY_CELL.row, TODAY_CELL.col, e.value);
        break;
      case "overwrite": {
        const [row, col] = e.target === "state" ? [FIRST_TASK_ROW + e.row, COL.state] : [ROW.firstPhase + e.row, 1 + (e.row % 5)];
        sheet.set(row, col, e.value);
        overwritten.add(`${row},${col}`);
        break;
      }
      case "clear":
        sheet.set(FIRST_TASK_ROW + e.row, e.col, null);
        break;
      case "beyond": {
        const row = FIRST_TASK_ROW + Math.max(1, model.tasks.length) + SPARE_TASKS + 2;
        [
          [COL.phase, "5 Betrieb"],
          [COL.task, "Weit unten"],
          [COL.status, e.status],
        ].forEach(([c, v]) => sheet.set(row, c as number, v as Content));
        break;
      }
    }
  }
  return { overwritten };
}
