/**
 * Account plans in Excel (the Office.js double) and as .xlsx: a plan per account on its own sheet, round trips
 * constant per plan and one read for all of them, the sheet's validation refusing what it should, re-creating
 * keeping every entry and leaving a same-named sheet of the user's alone.
 */
import ExcelJS from "exceljs";
import { createXlsxFileHost, openXlsx } from "../../src/hosts/xlsx/file";
import { createXlsxHost, saveWorkbook } from "../../src/hosts/xlsx/xlsxHost";
import { planLayout } from "../../src/kinds/plans/sheets/layout";
import { createPlans, readPlans } from "../../src/kinds/plans/workflows/plans";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { KINDS, loadKinds } from "../../src/kinds/registry";
import { createTasks, planFrom, readTasks } from "../../src/kinds/tasks/workflows/tasks";
import { cellAddress } from "../../src/sheets/address";
import { excelOnDouble, ready } from "./setup";

const TODAY = "2026-12-04";
const accounts = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `A${String(i + 1).padStart(2, "0")}`, name: `Kunde ${i + 1} GmbH` }));

describe("account plans in Excel", () => {
  it("creates a plan per account in one read and one write each; reads all plans in one read however many", async () => {
    const counts = [];
    for (const n of [1, 50]) {
      const { excel, host } = excelOnDouble();
      excel.resetCount();
      const state = ready(await createPlans(host, { lang: "de", accounts: accounts(n), today: TODAY }));
      const create = excel.syncCount;
      expect(state.plans.map((p) => p.sheet)).toEqual(accounts(n).map((a) => `Plan ${a.name}`));
      excel.resetCount();
      const read = await readPlans(host, TODAY);
      expect(read.plans).toHaveLength(n);
      counts.push({ n, create, read: excel.syncCount });
    }
    // a read by pattern: one round trip more than by names (the sheets' list), however many plans; a write of a
    // plan (that reads it back) costs as much for the fiftieth as for the first
    expect(counts[0]).toEqual({ n: 1, create: 4, read: 3 });
    expect(counts[1]).toEqual({ n: 50, create: 2 + 2 * 50, read: 3 });
  });

  it("refuses what its validation refuses, and re-creating keeps every entry", async () => {
    const { excel, host } = excelOnDouble();
    await createPlans(host, { lang: "de", accounts: [{ id: "A03", name: "Müller AG" }], today: TODAY });
    const sheet = excel.workbook.sheet("Plan Müller AG");
    const plan = (await readPlans(host, TODAY)).plans[0]!.read.model;
    const L = planLayout(plan);
    const cc = L.contactCols;
    const at = (r: number, c: number) => cellAddress(r, c);
    for (const [cell, value] of [
      [at(L.contacts.first, cc.firstMember), 4],
      [at(L.contacts.first, cc.firstMember), 1.5],
      [at(L.contacts.first, cc.role), "Chef"],
      [at(L.stage.first, 2), "Vielleicht"],
      [at(L.spend.first, 0), 1850],
      [at(L.spend.first, 1), -1],
      [at(L.competitors.first, 3), 1.2],
    ] as const)
      expect([cell, value, sheet.userEdit(cell, value).accepted]).toEqual([cell, value, false]);
    for (const [cell, value] of [
      [at(L.contacts.first, 0), "Anna Berg"],
      [at(L.contacts.first, cc.role), "Entscheider"],
      [at(L.contacts.first, cc.firstMember), 3],
      [at(L.stage.first + 4, 2), "Ja"],
      [at(L.spend.first, 1), 2000],
      [at(L.spend.first, 2), 500],
      [at(L.textRows.planVision, 1), "Bevorzugter Partner für alle Standorte"],
    ] as const)
      expect([cell, value, sheet.userEdit(cell, value).accepted]).toEqual([cell, value, true]);

    const again = ready(await createPlans(host, { lang: "en", accounts: [{ id: "A03", name: "Müller AG" }], today: TODAY }));
    expect(again.plans).toHaveLength(1);
    const p = again.plans[0]!;
    // re-creating in another language keeps the sheet's name and every entry, its words in that language
    expect([p.sheet, p.read.lang]).toEqual(["Plan Müller AG", "en"]);
    expect(sheet.getValue(cellAddress(L.contacts.first, cc.role))).toBe("Decider");
    expect(p.read.model.contacts[0]).toMatchObject({ name: "Anna Berg", role: "DECIDER", strengths: [3, null, null] });
    expect(p.read.model.texts.planVision).toBe("Bevorzugter Partner für alle Standorte");
    expect(p.result.share.latest).toEqual({ year: 2024, share: 0.25 });
    expect(p.read.model.indicators).toEqual({ I05: "YES" });
    expect(p.read.problems).toEqual([]);
  });

  it("creates every plan again in its own language, a copy of a plan of the same account on its own sheet", async () => {
    const { excel, host } = excelOnDouble();
    await createPlans(host, { lang: "de", accounts: [{ id: "A03", name: "Müller AG" }], today: TODAY });
    excel.workbook
      .sheet("Plan Müller AG")
      .userEdit(cellAddress(planLayout((await readPlans(host, TODAY)).plans[0]!.read.model).textRows.planVision, 1), "Partner");
    // a copy of the plan (as Excel names a copied sheet), in Dutch, with a vision of its own
    const original = (await readPlans(host, TODAY)).plans[0]!.read.model;
    await host.writeSheet(renderPlan({ ...original, texts: { planVision: "Kopie" } }, "nl", "Plan Müller AG (2)"));
    const state = ready(await createPlans(host, { lang: "en", accounts: [], recreateAll: true, today: TODAY }));
    expect(state.plans.map((p) => [p.sheet, p.read.lang, p.read.model.texts.planVision])).toEqual([
      ["Plan Müller AG", "de", "Partner"],
      ["Plan Müller AG (2)", "nl", "Kopie"],
    ]);
  });

  it("keeps the tasks planned from a plan by the account's name when the account gets its number", async () => {
    const { excel, host } = excelOnDouble();
    await createTasks(host, { lang: "en" });
    await createPlans(host, { lang: "en", accounts: [{ id: "", name: "Acme" }], today: TODAY });
    const L = planLayout((await readPlans(host, TODAY)).plans[0]!.read.model);
    excel.workbook.sheet("Plan Acme").userEdit(cellAddress(L.actions.first, 0), "M01");
    excel.workbook.sheet("Plan Acme").userEdit(cellAddress(L.actions.first, 1), "Workshop");
    const kinds = await loadKinds();
    const plans = kinds[KINDS.findIndex((k) => k.id === "plans")]!;
    expect((await planFrom(host, plans, kinds)).added).toBe(1);
    // the account is chosen in the selection and gets its number: its plan is created again with it
    await createPlans(host, { lang: "en", accounts: [{ id: "A07", name: "Acme" }], today: TODAY });
    expect((await readPlans(host, TODAY)).plans[0]!.read.model.accountId).toBe("A07");
    expect((await planFrom(host, plans, kinds)).added).toBe(0);
    const tasks = ready(await readTasks(host, kinds)).model.tasks.filter((t) => t.link !== "");
    expect(tasks.map((t) => t.link)).toEqual(["Acme/M01"]);
  });

  it("leaves a sheet of the user's with a plan's name alone and gives the plan another name", async () => {
    const { excel, host } = excelOnDouble();
    await host.writeSheet({
      name: "Plan Müller AG",
      cells: [["Urlaubsplan", "August"]],
      numberFormats: [["General", "General"]],
      styles: [],
      merges: [],
      columnWidths: [],
      rowHeights: [],
      validations: [],
      conditionalFormats: [],
      freezeRows: 0,
      print: { landscape: false, area: { row: 0, col: 0, rows: 1, cols: 2 }, header: {}, footer: {} },
    });
    const state = ready(await createPlans(host, { lang: "de", accounts: [{ id: "A03", name: "Müller AG" }], today: TODAY }));
    expect(state.foreign).toEqual(["Plan Müller AG"]);
    expect(state.plans.map((p) => p.sheet)).toEqual(["Plan Müller AG (2)"]);
    expect(excel.workbook.sheet("Plan Müller AG").getValue("A1")).toBe("Urlaubsplan");
  });
});

describe("account plans as .xlsx", () => {
  it("are written, saved, opened and read back by kam read's host as they were", async () => {
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    await createPlans(host, { lang: "nl", accounts: accounts(3), today: TODAY });
    const file = createXlsxFileHost(await openXlsx(await saveWorkbook(wb)));
    const read = await readPlans(file, TODAY);
    expect(read.plans.map((p) => [p.sheet, p.read.lang, p.read.model.accountId, p.read.problems.length])).toEqual([
      ["Plan Kunde 1 GmbH", "nl", "A01", 0],
      ["Plan Kunde 2 GmbH", "nl", "A02", 0],
      ["Plan Kunde 3 GmbH", "nl", "A03", 0],
    ]);
    expect(read.plans[0]!.result.missing).toHaveLength(7);
  });
});
