/**
 * The task overview is the source of truth: whatever users do to it without the pane (see taskEdits.ts), every
 * computed cell, calculated by HyperFormula with KAM.TASKSTATE, shows what reading it and the domain report, and
 * every value typed over a computed cell is named. LibreOffice proves the portable overview the same way
 * (test/libreoffice/taskEdits.test.ts). Each case recalculates 2,000 covered rows, so the default run is short;
 * KAM_TASK_PROPERTY_RUNS=100 for a deeper search.
 */
import fc from "fast-check";
import { cellAddress, parseRangeAddress } from "../../src/sheets/address";
import { parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { editable } from "../formulas/engine";
import { same } from "./readinessSheet";
import { applyTaskEdits, taskCase } from "./taskEdits";
import { expectedTaskCells } from "./taskSheet";

jest.setTimeout(600_000);

it("a task overview edited as users do shows what reading it reports (with KAM.TASKSTATE)", () => {
  fc.assert(
    fc.property(taskCase, ({ model, edits }) => {
      const spec = renderTasks(model, "de");
      const sheet = editable(spec);
      let overwritten = new Set<string>();
      sheet.batch(() => void (overwritten = applyTaskEdits(sheet, model, edits).overwritten));
      const read = parseTasks(sheet.grid(spec.name));
      if (!read.ok) throw new Error("the edited overview no longer reads");
      const named = new Set(read.problems.filter((p) => p.code === "computedOverwritten").map((p) => p.cell));
      const taskRows = new Set(read.taskRows);
      for (const k of overwritten) {
        const [row, col] = k.split(",").map(Number) as [number, number];
        const cleared = sheet.value(row, col) === null || sheet.value(row, col) === "";
        if (cleared && row > 11 && !taskRows.has(row)) continue;
        if (!named.has(cellAddress(row, col))) throw new Error(`${cellAddress(row, col)} was typed over and is not named`);
      }
      // the summary counts the state column: it follows a state typed over (which is named)
      const statesOverwritten = [...named].some((c) => parseRangeAddress(c).row > 11);
      for (const e of expectedTaskCells(read, "de")) {
        const at = parseRangeAddress(e.cell);
        if (named.has(e.cell) || (statesOverwritten && at.row < 11)) continue;
        const actual = sheet.value(at.row, at.col);
        if (!same(actual, e.expected))
          throw new Error(
            `${e.cell} (${e.what}) shows ${JSON.stringify(actual)}, reading says ${JSON.stringify(e.expected)}; edits ${JSON.stringify(edits)}`,
          );
      }
    }),
    { numRuns: Number(process.env.KAM_TASK_PROPERTY_RUNS ?? 8) },
  );
});
