import { defaultCompetenceModel } from "../../src/kinds/competences/domain/assessment";
import { defaultReadinessModel, withCondition, withRespondents } from "../../src/kinds/readiness/domain/checklist";
import { defaultTaskModel, withTasks } from "../../src/kinds/tasks/domain/tasklist";
import { parseCompetences } from "../../src/kinds/competences/sheets/parse";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { parseReadiness } from "../../src/kinds/readiness/sheets/parse";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { names } from "./roundTrips";

export interface ParseRow {
  what: string;
  size: string;
  cells: number;
  ms: number;
}

function time(f: () => unknown): number {
  const runs = 5;
  const t = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) f();
  return Number(process.hrtime.bigint() - t) / 1e6 / runs;
}

/** Parsing the grids Excel returns for the sheets, small and large. */
export function parseTimes(): ParseRow[] {
  const rows: ParseRow[] = [];
  const add = (what: string, size: string, grid: ReturnType<typeof specToGrid>, parse: (g: typeof grid) => unknown) =>
    rows.push({ what, size, cells: grid.values.reduce((a, r) => a + r.length, 0), ms: time(() => parse(grid)) });
  let big = withRespondents(defaultReadinessModel(), names(20, "Unit"));
  for (let i = 14; i < 500; i++) big = withCondition(big, `Condition ${i}`);
  add("readiness", "14 × 1", specToGrid(renderReadiness(defaultReadinessModel(), "de")), parseReadiness);
  add("readiness", "500 × 20", specToGrid(renderReadiness(big, "de")), parseReadiness);
  add("competences", "8 × 3", specToGrid(renderCompetences(defaultCompetenceModel("default", names(3, "C")), "de")), parseCompetences);
  add(
    "competences",
    "30 × 200",
    specToGrid(renderCompetences({ ...defaultCompetenceModel("extended", names(200, "C")) }, "de")),
    parseCompetences,
  );
  add("tasks", "20", specToGrid(renderTasks(defaultTaskModel(), "de")), parseTasks);
  add(
    "tasks",
    "5,000",
    specToGrid(
      renderTasks(
        withTasks(
          defaultTaskModel(),
          names(4978, "Task").map((text) => ({ phase: 5, text })),
        ),
        "de",
      ),
    ),
    parseTasks,
  );
  return rows;
}
