import { defaultCompetenceModel } from "../../src/kinds/competences/domain/assessment";
import { type ExcelRun, createExcelHost } from "../../src/hosts/excel/excelHost";
import { createCompetences, readCompetences } from "../../src/kinds/competences/workflows/competences";
import { createReadiness, readReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { createTasks, readTasks } from "../../src/kinds/tasks/workflows/tasks";
import { createSelection, readSelection } from "../../src/kinds/selection/workflows/selection";
import { createPlans, readPlans } from "../../src/kinds/plans/workflows/plans";
import type { SheetSpec } from "../../src/sheets/spec";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { cellInput } from "../../src/sheets/cellInput";
import { isFormulaCell } from "../../src/sheets/spec";
import { KINDS, loadKinds } from "../../src/kinds/registry";
import { readKinds } from "../../src/workflows/sheetWorkflow";
import { OfficeDouble, officeGlobal } from "../office";

export interface TripRow {
  sheet: string;
  size: string;
  operation: string;
  syncs: number;
  bytes: number;
  largestRequest: number;
  /** Bytes the operation's responses carried (what its reads loaded), and the largest response. */
  received: number;
  largestResponse: number;
}

const requirements = officeGlobal(["ExcelApi 1.9"]).context.requirements;
/** "Task 1", "Task 2", …: the bench's generated names. */
export const names = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

async function measure(
  excel: OfficeDouble,
  sheet: string,
  size: string,
  operation: string,
  work: () => Promise<unknown>,
): Promise<TripRow> {
  excel.resetCount();
  await work();
  return {
    sheet,
    size,
    operation,
    syncs: excel.syncCount,
    bytes: excel.bytesSent,
    largestRequest: excel.largestRequest,
    received: excel.bytesReceived,
    largestResponse: excel.largestResponse,
  };
}

/** Round trips and bytes per operation, for every sheet at a small and a large size. */
export async function roundTrips(): Promise<TripRow[]> {
  const rows: TripRow[] = [];
  const sizes = {
    readiness: [
      ["14 × 1", 0, 1],
      ["500 × 20", 486, 20],
    ],
    competences: [
      ["8 × 3", 0, 3],
      ["30 × 200", 22, 200],
    ],
    tasks: [
      ["20", 0, 0],
      ["5,000", 4978, 0],
    ],
    selection: [
      ["20", 20, 0],
      ["2,000", 2000, 0],
    ],
    plans: [
      ["1 plan", 1],
      ["50 plans", 50],
    ],
  } as const;
  for (const [size, extra, respondents] of sizes.readiness) {
    const excel = new OfficeDouble();
    const host = createExcelHost(excel.run as ExcelRun, requirements);
    const who = respondents === 1 ? [] : names(respondents, "Unit");
    rows.push(await measure(excel, "readiness", size, "create", () => createReadiness(host, { lang: "de", respondents: who })));
    if (extra > 0) {
      // own conditions typed below the table, then taken in by re-creating
      const sheet = excel.workbook.sheet("Voraussetzungen");
      for (let i = 0; i < extra; i++) sheet.setCell(`B${24 + i}`, `Condition ${i}`);
      await createReadiness(host, { lang: "de" });
    }
    rows.push(await measure(excel, "readiness", size, "read", () => readReadiness(host)));
    rows.push(await measure(excel, "readiness", size, "re-create", () => createReadiness(host, { lang: "de" })));
    rows.push(await measure(excel, "readiness", size, "re-localize", () => createReadiness(host, { lang: "en" })));
  }
  for (const [size, extra, candidates] of sizes.competences) {
    const excel = new OfficeDouble();
    const host = createExcelHost(excel.run as ExcelRun, requirements);
    const own = names(extra, "Competence");
    rows.push(
      await measure(excel, "competences", size, "create", () =>
        createCompetences(host, { lang: "de", candidates: names(candidates, "Candidate"), competences: own }),
      ),
    );
    rows.push(await measure(excel, "competences", size, "read", () => readCompetences(host)));
    rows.push(await measure(excel, "competences", size, "re-create", () => createCompetences(host, { lang: "de" })));
    rows.push(await measure(excel, "competences", size, "re-localize", () => createCompetences(host, { lang: "nl" })));
  }
  for (const [size, extra] of sizes.tasks) {
    const excel = new OfficeDouble();
    const host = createExcelHost(excel.run as ExcelRun, requirements);
    const add = names(extra, "Task").map((text) => ({ phase: 5, text }));
    rows.push(await measure(excel, "tasks", size, "create", () => createTasks(host, { lang: "de", add })));
    rows.push(await measure(excel, "tasks", size, "read", () => readTasks(host)));
    rows.push(await measure(excel, "tasks", size, "re-create", () => createTasks(host, { lang: "de" })));
    rows.push(await measure(excel, "tasks", size, "re-localize", () => createTasks(host, { lang: "en" })));
  }
  for (const [size, customers] of sizes.selection) {
    const excel = new OfficeDouble();
    const host = createExcelHost(excel.run as ExcelRun, requirements);
    // customers with a revenue each, as pasted in the pane
    const list = names(customers, "Customer").map((name, i) => ({ name, revenue: 100 * (i + 1) }));
    rows.push(await measure(excel, "selection", size, "create", () => createSelection(host, { lang: "de", customers: list })));
    rows.push(await measure(excel, "selection", size, "read", () => readSelection(host)));
    rows.push(await measure(excel, "selection", size, "re-create", () => createSelection(host, { lang: "de" })));
    rows.push(await measure(excel, "selection", size, "re-localize", () => createSelection(host, { lang: "nl" })));
  }
  for (const [size, count] of sizes.plans) {
    const excel = new OfficeDouble();
    const host = createExcelHost(excel.run as ExcelRun, requirements);
    // a plan per key account, each on its own sheet: round trips grow by one write per plan, reading is one
    const accounts = names(count, "Account").map((name, i) => ({ id: `A${String(i + 1).padStart(2, "0")}`, name }));
    rows.push(await measure(excel, "plans", size, "create", () => createPlans(host, { lang: "de", accounts })));
    rows.push(await measure(excel, "plans", size, "read", () => readPlans(host)));
    rows.push(await measure(excel, "plans", size, "re-create", () => createPlans(host, { lang: "de", accounts: [], recreateAll: true })));
    rows.push(await measure(excel, "plans", size, "re-localize", () => createPlans(host, { lang: "nl", accounts })));
  }
  return rows;
}

/**
 * Every kind in the registry, as `kam new` makes it (its defaults) and the pane and `kam read` read it: create, read,
 * re-create, each kind in a workbook of its own; then one read of all of them together, as `kam read` does. A new
 * kind is measured here without a line of its own.
 */
export async function registryTrips(): Promise<TripRow[]> {
  const rows: TripRow[] = [];
  const modules = await loadKinds(KINDS);
  const request = { lang: "de" as const, portable: false, values: new Map<string, string>() };
  const all = new OfficeDouble();
  const allHost = createExcelHost(all.run as ExcelRun, requirements);
  for (const [i, module] of modules.entries()) {
    const excel = new OfficeDouble();
    const host = createExcelHost(excel.run as ExcelRun, requirements);
    const id = KINDS[i]!.id;
    rows.push(await measure(excel, id, "default", "create", () => module.createNew(host, request)));
    rows.push(await measure(excel, id, "default", "read", async () => module.stateIn(await readKinds(host, ...module.reads), modules)));
    rows.push(await measure(excel, id, "default", "re-create", () => module.createNew(host, request)));
    await module.createNew(allHost, request);
  }
  rows.push(
    await measure(all, "all kinds", "default", "read (kam read)", async () => {
      const grids = await readKinds(allHost, ...modules.flatMap((m) => m.reads));
      return modules.map((m) => m.stateIn(grids, modules));
    }),
  );
  return rows;
}

/**
 * The reference: the naive way, one request per cell (value, then number format), as add-ins written without
 * batching do. Implemented here only, to compare.
 */
export async function naiveWrite(spec: SheetSpec): Promise<{ syncs: number; bytes: number }> {
  const excel = new OfficeDouble();
  excel.workbook.addSheet(spec.name);
  await excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem(spec.name);
    for (const [r, row] of spec.cells.entries()) {
      for (const [c, v] of row.entries()) {
        if (v === null) continue;
        const cell = sheet.getRangeByIndexes(r, c, 1, 1);
        cell.formulas = [[cellInput(v)]];
        if (isFormulaCell(v) || spec.numberFormats[r]![c] !== "General") cell.numberFormat = [[spec.numberFormats[r]![c]!]];
        await ctx.sync();
      }
    }
  });
  return { syncs: excel.syncCount, bytes: excel.bytesSent };
}

export function largeCompetenceSpec(): SheetSpec {
  return renderCompetences(defaultCompetenceModel("extended", names(200, "Candidate")), "de");
}
