import { OfficeDouble, Workbook, officeGlobal } from ".";
import { shiftFormula } from "../formulas/engine";
import { parseArea } from "./model";

/** The double must fail where Excel fails; these tests hold it to that. */
describe("the Office.js double", () => {
  function setup() {
    const wb = new Workbook();
    wb.addSheet("S").setCell("A1", 1);
    return { wb, excel: new OfficeDouble(wb) };
  }

  it("throws when a property is read without load and sync", async () => {
    const { excel } = setup();
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
      expect(() => r.values).toThrow(/PropertyNotLoaded: The property 'values' is not available/);
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
      expect(() => r.address).toThrow(/'address'/);
    });
  });

  it("refuses load() without property names", async () => {
    const { excel } = setup();
    await excel.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem("S").getRange("A1").load()).toThrow(/name the properties/);
    });
  });

  it("applies writes only at sync, and counts round trips", async () => {
    const { wb, excel } = setup();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[5, "x"]];
      expect(wb.sheet("S").getValue("A1")).toBe(1);
      await ctx.sync();
      expect(wb.sheet("S").getValue("B1")).toBe("x");
    });
    expect(excel.syncCount).toBe(1);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("C1").values = [[1]];
    });
    expect(excel.syncCount).toBe(2);
    expect(wb.sheet("S").getValue("C1")).toBe(1);
  });

  it("refuses formula values read in the request that suspended calculation, and allows them in the next", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (ctx) => {
        ctx.application.suspendApiCalculationUntilNextSync();
        const s = ctx.workbook.worksheets.getItem("S");
        s.getRange("B1").formulas = [["=A1*2"]];
        s.getRange("A1:B1").load("values");
        await ctx.sync();
      }),
    ).rejects.toThrow(/uncalculated/);
    await excel.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("S");
      s.getRange("B1").formulas = [["=A1*2"]];
      const r = s.getRange("A1:B1");
      r.load("values");
      await ctx.sync();
      expect(r.values[0]![0]).toBe(1);
    });
  });

  it("gives each table's sheet with load('items/worksheet/name')", async () => {
    const { wb, excel } = setup();
    wb.addTable(wb.sheet("S"), { row: 0, col: 0, rows: 2, cols: 1 }, true);
    await excel.run(async (ctx) => {
      const tables = ctx.workbook.tables;
      tables.load("items/name,items/worksheet/name");
      await ctx.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([["Table1", "S"]]);
    });
  });

  it("rejects a 2-D array that does not match the range, and stops the batch there", async () => {
    const { wb, excel } = setup();
    await expect(
      excel.run(async (ctx) => {
        const s = ctx.workbook.worksheets.getItem("S");
        s.getRange("B2").values = [[2]];
        s.getRange("A1:B2").values = [[1, 2]];
        s.getRange("C3").values = [[3]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/InvalidArgument: The number of rows or columns/);
    expect(wb.sheet("S").getValue("B2")).toBe(2);
    expect(wb.sheet("S").getValue("C3")).toBe("");
  });

  it("fails a missing sheet at sync, and gives a null object where asked for one", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/ItemNotFound/);
    await excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const used = ws.getUsedRangeOrNullObject(true);
      ws.load("isNullObject");
      used.load(["isNullObject", "values"]);
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      expect(() => used.values).toThrow(/null object/);
    });
  });

  it("treats text with a leading apostrophe as text and '=' as a formula", async () => {
    const { wb, excel } = setup();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A2:B2").formulas = [["'=not a formula", "=A1+1"]];
      await ctx.sync();
    });
    expect(wb.sheet("S").getValue("A2")).toBe("=not a formula");
    expect(wb.sheet("S").getFormula("A2")).toBeUndefined();
    expect(wb.sheet("S").getFormula("B2")).toBe("=A1+1");
  });

  it("turns written text into a number, date, boolean or error value where Excel would, unless it has an apostrophe", async () => {
    const { wb, excel } = setup();
    const typed = ["007", "1e3", "50%", "1,250", "$5", "TRUE", "#n/a", "2026-03-31", "3/31/2026", "31.03.2026", "R01", "'007"];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A3:L3").values = [typed];
      await ctx.sync();
    });
    const s = wb.sheet("S");
    expect(["A3", "B3", "C3", "D3", "E3", "F3", "G3", "H3", "I3", "J3", "K3", "L3"].map((a) => s.getValue(a))).toEqual([
      7,
      1000,
      0.5,
      1250,
      5,
      true,
      "#N/A",
      46112,
      46112,
      "31.03.2026",
      "R01",
      "007",
    ]);
    expect(s.getNumberFormat("H3")).toBe("m/d/yyyy");
  });

  it("refuses a duplicate sheet name, case-insensitively", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.add("s");
        await ctx.sync();
      }),
    ).rejects.toThrow(/ItemAlreadyExists/);
  });

  it("clears a whole sheet (17 billion cells) by touching only the cells in use", async () => {
    const { wb, excel } = setup();
    const s = wb.sheet("S");
    for (let i = 1; i <= 1000; i++) s.setCell(`A${i}`, i);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange().clear("All");
      await ctx.sync();
    });
    expect(s.usedArea(true)).toBeNull();
  });

  it("lets data validation reject what a user types", async () => {
    const { wb, excel } = setup();
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("B1:B3");
      r.dataValidation.rule = { wholeNumber: { formula1: 1, formula2: 5, operator: "Between" } };
      await ctx.sync();
    });
    const s = wb.sheet("S");
    expect(s.userEdit("B2", 7)).toEqual({ accepted: false });
    expect(s.userEdit("B2", 2.5)).toEqual({ accepted: false });
    expect(s.userEdit("B2", 4)).toEqual({ accepted: true });
    expect(s.getValue("B2")).toBe(4);
  });

  it("fires onChanged for a user's edit once the handler is registered", async () => {
    const { wb, excel } = setup();
    const seen: unknown[] = [];
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").onChanged.add(async (e) => void seen.push(e));
      await ctx.sync();
    });
    wb.sheet("S").userEdit("D4", "hi");
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([expect.objectContaining({ address: "D4", changeType: "RangeEdited" })]);
  });

  it("refuses to read more than 5,000,000 cells at once, and gives no values of whole columns (null, as Excel)", async () => {
    const { excel } = setup();
    await expect(
      excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("S").getRange("A1:F1000000");
        r.load("values");
        await ctx.sync();
      }),
    ).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
    const whole = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange("A:F");
      r.load(["values", "address"]);
      await ctx.sync();
      return [r.values, r.address];
    });
    expect(whole).toEqual([null, "S!A:F"]);
  });

  it("refuses a context used after its run ended", async () => {
    const { excel } = setup();
    let leaked: Excel.RequestContext | undefined;
    await excel.run(async (ctx) => {
      leaked = ctx;
    });
    expect(() => leaked!.workbook.worksheets.getItem("S").getRange("A1").load("values")).toThrow(/InvalidObjectPath/);
  });

  it("compares requirement-set versions part by part", () => {
    const req = officeGlobal(["ExcelApi 1.10"]).context.requirements;
    expect(req.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.11")).toBe(false);
    expect(officeGlobal(["ExcelApi 1.8"]).context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });

  it("adds a table over a sheet-less address on the active sheet, whichever sheet's collection is used", async () => {
    const { wb, excel } = setup();
    wb.addSheet("T");
    wb.active = wb.sheet("S");
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("T").tables.add("A1:B3", true).name = "OnActive";
      ctx.workbook.worksheets.getItem("S").tables.add(ctx.workbook.worksheets.getItem("T").getRange("D1:E3"), true).name = "OnRange";
      await ctx.sync();
    });
    expect(wb.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["OnActive", "S"],
      ["OnRange", "T"],
    ]);
  });

  it("refuses to freeze the panes of a sheet that is not active (Excel fails or freezes the active one)", async () => {
    const { wb, excel } = setup();
    wb.addSheet("T");
    wb.active = wb.sheet("S");
    const freeze = (activate: boolean) =>
      excel.run(async (ctx) => {
        const t = ctx.workbook.worksheets.getItem("T");
        if (activate) t.activate();
        t.freezePanes.freezeRows(2);
        await ctx.sync();
      });
    await expect(freeze(false)).rejects.toThrow(/not the active sheet/);
    await freeze(true);
    expect(wb.sheet("T").frozen).toEqual({ rows: 2, cols: 0 });
  });

  it("refuses a formula Excel cannot parse, written as a value, a formula or a highlighting rule", async () => {
    const { excel } = setup();
    for (const write of [
      (r: Excel.Range) => (r.formulas = [["=SUM(A1"]]),
      (r: Excel.Range) => (r.values = [['=IF(A1="";1;2)']]),
      (r: Excel.Range) => (r.conditionalFormats.add("Custom" as Excel.ConditionalFormatType.custom).custom.rule.formula = "=A1>"),
    ]) {
      await expect(
        excel.run(async (ctx) => {
          write(ctx.workbook.worksheets.getItem("S").getRange("B1") as unknown as Excel.Range);
          await ctx.sync();
        }),
      ).rejects.toThrow(/cannot parse the formula/);
    }
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("B1").formulas = [['=IF(A1="","",KAM.TASKSTATE(A1,"Open",TODAY()))']];
      await ctx.sync();
    });
  });

  it("counts what responses carry and refuses one over Excel on the web's 5 MB", async () => {
    const { wb, excel } = setup();
    excel.resetCount();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B2").load("values");
      await ctx.sync();
    });
    expect(excel.bytesReceived).toBe(
      JSON.stringify([
        [1, ""],
        ["", ""],
      ]).length,
    );
    wb.sheet("S").setCell("A1", "x".repeat(1000));
    await expect(
      excel.run(async (ctx) => {
        // 6,000 loads of a 1 KB cell in one request: 6 MB
        for (let i = 0; i < 6000; i++) ctx.workbook.worksheets.getItem("S").getRange("A1").load("values");
        await ctx.sync();
      }),
    ).rejects.toThrow(/ResponsePayloadSizeLimitExceeded/);
    // a refused answer reaches the add-in as an error, not as data
    expect(excel.largestResponse).toBeLessThanOrEqual(JSON.stringify([["x".repeat(1000)]]).length);
  });

  it("takes a cleared range out of a highlighting rule that reaches beyond it, as Excel does: the rest keeps its format", async () => {
    const { wb, excel } = setup();
    await excel.run(async (ctx) => {
      const rule = ctx.workbook.worksheets
        .getItem("S")
        .getRange("A1:D10")
        .conditionalFormats.add("Custom" as Excel.ConditionalFormatType.custom);
      rule.custom.rule.formula = "=A1>5";
      rule.custom.format.fill.color = "#FFC7CE";
      await ctx.sync();
      ctx.workbook.worksheets.getItem("S").getRange("B3:C4").conditionalFormats.clearAll();
      await ctx.sync();
    });
    const s = wb.sheet("S");
    expect(["B3", "C4"].map((a) => s.conditionalFormatsAt(a).length)).toEqual([0, 0]);
    // every other cell of A1:D10 keeps the rule, each testing its own cell
    for (const [address, own] of [
      ["A1", "A1"],
      ["D4", "D4"],
      ["B5", "B5"],
      ["A3", "A3"],
      ["D10", "D10"],
    ]) {
      const [rule] = s.conditionalFormatsAt(address!);
      const at = parseArea(address!);
      const part = rule!.area;
      expect([address, shiftFormula(rule!.formula!, at.row - part.row, at.col - part.col)]).toEqual([address, `=${own}>5`]);
    }
    // a rule inside the cleared range goes whole
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:D10").conditionalFormats.clearAll();
      await ctx.sync();
    });
    expect(s.conditionalFormats).toEqual([]);
  });
});
