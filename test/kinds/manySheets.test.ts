/**
 * A kind with a sheet per subject (test-only memos, as account plans will be): every host reads the sheets a
 * kind knows by a pattern in one call, the Excel host in one round trip more than by names, however many there
 * are; the workflow finds each of them, and tells the user's same-patterned sheets apart.
 */
import ExcelJS from "exceljs";
import { type ExcelRun, createExcelHost } from "../../src/hosts/excel/excelHost";
import type { SheetHost } from "../../src/hosts/host";
import { createXlsxFileHost, openXlsx } from "../../src/hosts/xlsx/file";
import { createXlsxHost, saveWorkbook } from "../../src/hosts/xlsx/xlsxHost";
import { inspect, inspectAll, readKinds, writeMerged } from "../../src/workflows/sheetWorkflow";
import { OfficeDouble, officeGlobal } from "../office";
import { FakeHost } from "../taskpane/fakeHost";
import { specToGrid } from "../../src/sheets/specToGrid";
import { MEMO_SHEET, type Memo, renderMemo } from "./memoKind";

const memo = (subject: string, ...lines: string[]): Memo => ({ subject, lines });
const MEMOS = [memo("Acme", "call Anna"), memo("Borg", "visit Benelux", "send offer"), memo("Cara")];

/** A workbook with the memos, a sheet of the user's whose name fits the pattern, and one that does not. */
async function writeAll(host: SheetHost): Promise<void> {
  for (const m of MEMOS) await host.writeSheet(renderMemo(m));
  await host.writeSheet({ ...renderMemo(memo("x")), name: "Memo – my own", cells: [["Shopping", "list"]] });
  await host.writeSheet({ ...renderMemo(memo("x")), name: "Other", cells: [["Memo", "not by name"]] });
}

const hosts: [string, () => Promise<{ host: SheetHost }>][] = [
  [
    "Excel",
    async () => {
      const excel = new OfficeDouble();
      const host = createExcelHost(excel.run as ExcelRun, officeGlobal(["ExcelApi 1.9"]).context.requirements);
      await writeAll(host);
      return { host };
    },
  ],
  [
    "xlsx",
    async () => {
      const host = createXlsxHost(new ExcelJS.Workbook());
      await writeAll(host);
      return { host };
    },
  ],
  [
    "xlsx file (kam read)",
    async () => {
      const wb = new ExcelJS.Workbook();
      await writeAll(createXlsxHost(wb));
      return { host: createXlsxFileHost(await openXlsx(await saveWorkbook(wb))) };
    },
  ],
  [
    "pane tests'",
    async () => {
      const fake = new FakeHost();
      for (const m of MEMOS) fake.sheets.set(`Memo – ${m.subject}`, specToGrid(renderMemo(m)));
      fake.sheets.set("Memo – my own", specToGrid({ ...renderMemo(memo("x")), name: "Memo – my own", cells: [["Shopping", "list"]] }));
      return { host: fake };
    },
  ],
];

describe.each(hosts)("a kind with a sheet per subject, on the %s host", (_, make) => {
  it("reads every sheet its pattern accepts, and finds the memos among them", async () => {
    const { host } = await make();
    const grids = await readKinds(host, MEMO_SHEET);
    expect([...grids.keys()].sort()).toEqual(["Memo", "Memo – Acme", "Memo – Borg", "Memo – Cara", "Memo – my own"]);
    expect(grids.get("Memo")).toBeNull();
    const { found, foreign } = inspectAll(grids, MEMO_SHEET);
    expect(found.map((f) => [f.sheet, f.read.model])).toEqual(MEMOS.map((m) => [`Memo – ${m.subject}`, m]));
    expect(foreign).toEqual(["Memo – my own"]);
  });
});

describe("sheets found by a pattern on the Excel host", () => {
  it("cost one round trip more than by name, for 3 memos as for 30", async () => {
    const roundTrips = async (count: number) => {
      const excel = new OfficeDouble();
      const host = createExcelHost(excel.run as ExcelRun, officeGlobal(["ExcelApi 1.9"]).context.requirements);
      for (let i = 0; i < count; i++) await host.writeSheet(renderMemo(memo(`S${i}`, "line")));
      excel.resetCount();
      await host.readSheets(["Memo – S0"]);
      const byName = excel.syncCount;
      excel.resetCount();
      const grids = await readKinds(host, MEMO_SHEET);
      expect(inspectAll(grids, MEMO_SHEET).found).toHaveLength(count);
      return { byName, byPattern: excel.syncCount };
    };
    const few = await roundTrips(3);
    expect(few.byPattern).toBe(few.byName + 1);
    expect(await roundTrips(30)).toEqual(few);
  });

  it("re-writing one memo reads back all of them in the write's call", async () => {
    const excel = new OfficeDouble();
    const host = createExcelHost(excel.run as ExcelRun, officeGlobal(["ExcelApi 1.9"]).context.requirements);
    for (const m of MEMOS) await host.writeSheet(renderMemo(m));
    const grids = await readKinds(host, MEMO_SHEET);
    // a kind that knows no single sheet: inspect gives the first, and names the rest as further sheets of the kind
    expect(inspect(grids, MEMO_SHEET).duplicates).toEqual(["Memo – Borg", "Memo – Cara"]);
    const back = await writeMerged(
      host,
      { ...MEMO_SHEET, nameFor: () => "Memo – Acme" },
      { lang: "en", merge: (m) => ({ ...m!, lines: ["call Anna", "and Bert"] }) },
    );
    const after = inspectAll(back, MEMO_SHEET).found.map((f) => f.read.model);
    expect(after).toEqual([memo("Acme", "call Anna", "and Bert"), MEMOS[1], MEMOS[2]]);
    expect(excel.workbook.sheet("Memo – Acme").getValue("A3")).toBe("and Bert");
  });
});
