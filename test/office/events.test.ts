import { OfficeDouble, Workbook } from ".";

type Seen = Record<string, unknown>[];

/** Lets the handlers run: the double, like Excel, delivers events asynchronously. */
const delivered = () => new Promise((r) => setTimeout(r, 0));

/** The double's events, as Excel fires them: for every change, whichever context or user made it. */
describe("the Office.js double's events", () => {
  function setup(excelApi?: string) {
    const wb = new Workbook();
    wb.addSheet("S").setCell("A1", 1);
    return { wb, excel: new OfficeDouble(wb, excelApi) };
  }

  /** Adds handlers to the worksheet collection's events in one context, as an add-in would. */
  async function listen(excel: OfficeDouble) {
    const seen: Seen = [];
    const push = async (e: unknown) => void seen.push(e as Record<string, unknown>);
    await excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.onAdded.add(push);
      sheets.onDeleted.add(push);
      sheets.onChanged.add(push);
      sheets.onNameChanged.add(push);
      await ctx.sync();
    });
    return seen;
  }

  it("fires at sync, for another context's writes, one onChanged per operation and sheet", async () => {
    const { excel } = setup();
    const seen = await listen(excel);
    await excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      s.getRange("D4").formulas = [["=A1"]];
      await delivered();
      expect(seen).toEqual([]);
      await ctx.sync();
    });
    await delivered();
    expect(seen).toEqual([
      expect.objectContaining({ type: "WorksheetChanged", address: "A1:B2", source: "Local" }),
      expect.objectContaining({ type: "WorksheetChanged", address: "D4" }),
    ]);
  });

  it("fires nothing for a read", async () => {
    const { excel } = setup();
    const seen = await listen(excel);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1").load("values");
      await ctx.sync();
    });
    await delivered();
    expect(seen).toEqual([]);
  });

  it("tells of sheets added, renamed and deleted, by the add-in or the user, with the sheet's id", async () => {
    const { wb, excel } = setup();
    const seen = await listen(excel);
    const s = wb.sheet("S").id;
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("T");
      ctx.workbook.worksheets.getItem("S").name = "U";
      await ctx.sync();
    });
    wb.userRename("T", "V");
    wb.userAddSheet("W");
    wb.userDelete("U");
    await delivered();
    const id = (name: string) => wb.sheet(name).id;
    expect(seen.map((e) => [e.type, e.worksheetId])).toEqual([
      ["WorksheetAdded", id("V")],
      ["WorksheetNameChanged", s],
      ["WorksheetNameChanged", id("V")],
      ["WorksheetAdded", id("W")],
      ["WorksheetDeleted", s],
    ]);
    expect(seen[1]).toMatchObject({ nameBefore: "S", nameAfter: "U" });
    expect(seen[2]).toMatchObject({ nameBefore: "T", nameAfter: "V" });
  });

  it("fires a sheet's own onChanged for a user's edit and after a rename, no longer once it is deleted", async () => {
    const { wb, excel } = setup();
    const seen: Seen = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").onChanged.add(async (e) => void seen.push(e as unknown as Record<string, unknown>));
      await ctx.sync();
    });
    wb.addSheet("Other").setCell("A1", "seeded, not an edit");
    wb.sheet("Other").userEdit("B1", 1);
    wb.userRename("S", "R");
    wb.sheet("R").userEdit("C3", 7);
    const kept = wb.sheet("R");
    wb.userDelete("R");
    kept.userEdit("C4", 8);
    await delivered();
    expect(seen).toEqual([expect.objectContaining({ address: "C3", worksheetId: kept.id })]);
  });

  it("refuses at sync an event the Excel played lacks, and removes a handler in its own context", async () => {
    const { wb, excel } = setup("1.9");
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.onNameChanged.add(async () => undefined);
        await ctx.sync();
      }),
    ).rejects.toThrow(/ApiNotFound: WorksheetCollection.onNameChanged needs ExcelApi 1.17/);
    const seen: Seen = [];
    const registration = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.onChanged.add(async (e) => void seen.push(e as unknown as Record<string, unknown>));
      await ctx.sync();
      return r;
    });
    wb.sheet("S").userEdit("A2", 2);
    await excel.run(registration.context as Excel.RequestContext, async (ctx) => {
      registration.remove();
      await ctx.sync();
    });
    wb.sheet("S").userEdit("A3", 3);
    await delivered();
    expect(seen.map((e) => e.address)).toEqual(["A2"]);
    expect(wb.collectionHandlers.onChanged.size).toBe(0);
  });
});
