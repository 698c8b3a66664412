import { type ExcelRun, createExcelHost } from "../../src/hosts/excel/excelHost";
import { createReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { OfficeDouble, Workbook, officeGlobal } from "../office";

/** Lets the handlers run: events arrive asynchronously. */
const delivered = () => new Promise((r) => setTimeout(r, 0));

/** One workbook; the pane's host and another pane's (or add-in's), on the Excel of ExcelApi `version`. */
function setup(version: string) {
  const wb = new Workbook();
  wb.addSheet("Notes");
  const excel = new OfficeDouble(wb, version);
  const requirements = officeGlobal([`ExcelApi ${version}`]).context.requirements;
  return {
    wb,
    excel,
    host: createExcelHost(excel.run as ExcelRun, requirements),
    other: createExcelHost(excel.run as ExcelRun, requirements),
  };
}

function handlersLeft(wb: Workbook): number {
  return (
    Object.values(wb.collectionHandlers).reduce((n, set) => n + set.size, 0) + wb.sheets.reduce((n, s) => n + s.changeHandlers.size, 0)
  );
}

/** Calls back for every change the host can see; `told()` says how many since last asked. */
async function watching(host: ReturnType<typeof createExcelHost>) {
  let calls = 0;
  const stop = await host.watch(() => calls++);
  const told = async () => {
    await delivered();
    const n = calls;
    calls = 0;
    return n;
  };
  return { stop, told };
}

describe("the Excel host watching the workbook", () => {
  it.each(["1.17", "1.9", "1.8"])(
    "with ExcelApi %s: hears the user's edits on any sheet and another pane's sheet, added and written",
    async (version) => {
      const { wb, host, other } = setup(version);
      const { stop, told } = await watching(host);
      wb.sheet("Notes").userEdit("A1", "x");
      expect(await told()).toBe(1);
      await createReadiness(other, { lang: "en" });
      // the sheet added and (1.9 on) its cells written: with 1.8 the new sheet's own handler comes after its cells
      expect(await told()).toBeGreaterThanOrEqual(1);
      // a sheet that came after the watch began is heard too (with 1.8, through its own onChanged)
      wb.sheet("Readiness").userEdit("D10", 4);
      expect(await told()).toBe(1);
      wb.userDelete("Readiness");
      expect(await told()).toBe(1);
      await stop();
      expect(handlersLeft(wb)).toBe(0);
      wb.sheet("Notes").userEdit("A2", "y");
      wb.userAddSheet("Readiness");
      expect(await told()).toBe(0);
    },
  );

  it("with ExcelApi 1.17 hears a rename alone; below, the next change anywhere tells", async () => {
    const newer = setup("1.17");
    const { told } = await watching(newer.host);
    newer.wb.userRename("Notes", "Readiness");
    expect(await told()).toBe(1);

    const older = setup("1.9");
    const before = await watching(older.host);
    older.wb.userRename("Notes", "Readiness");
    expect(await before.told()).toBe(0);
    older.wb.userAddSheet("Sheet2").userEdit("A1", 1);
    expect(await before.told()).toBe(2);
  });

  it("asks Excel only for the events its version has (the double refuses the others)", async () => {
    for (const version of ["1.8", "1.9", "1.17"]) {
      const { wb, host } = setup(version);
      await expect(host.watch(() => undefined)).resolves.toBeInstanceOf(Function);
      const expected = { "1.8": [1, 1, 0, 0, 1], "1.9": [1, 1, 1, 0, 0], "1.17": [1, 1, 1, 1, 0] }[version];
      const h = wb.collectionHandlers;
      expect([h.onAdded.size, h.onDeleted.size, h.onChanged.size, h.onNameChanged.size, wb.sheet("Notes").changeHandlers.size]).toEqual(
        expected,
      );
    }
  });

  it("stops in one round trip per context, and a stop during registration leaves nothing behind", async () => {
    const { wb, excel, host } = setup("1.8");
    const { stop } = await watching(host);
    wb.userAddSheet("Second");
    await delivered();
    excel.resetCount();
    await stop();
    expect(excel.syncCount).toBe(2); // the first context's handlers, and the one that watched "Second"
    expect(handlersLeft(wb)).toBe(0);

    // a sheet added just before the stop: its handler is added only after it (Excel was slow to answer)
    let open = () => undefined as void;
    const gate = new Promise<void>((r) => (open = r));
    let held = false;
    const slow = ((...args: unknown[]) =>
      args.length === 1 && held
        ? gate.then(() => (excel.run as ExcelRun)(args[0] as never))
        : (excel.run as (...a: unknown[]) => unknown)(...args)) as ExcelRun;
    const late = await watching(createExcelHost(slow, officeGlobal(["ExcelApi 1.8"]).context.requirements));
    held = true;
    wb.userAddSheet("Third");
    await delivered();
    await late.stop();
    open();
    await delivered();
    expect(wb.sheet("Third").changeHandlers.size).toBe(0);
    expect(handlersLeft(wb)).toBe(0);
  });
});
