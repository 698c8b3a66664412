/**
 * `kam new --accounts` writes an account plan per account; `kam read` reports every plan (its stage, share of
 * wallet, gaps, objectives, overdue actions, what it lacks), as text and as JSON, with every problem at its cell.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isoToSerial } from "../../src/domain/dates";
import { main } from "../../src/cli/main";
import { newPlan } from "../../src/kinds/plans/domain/plan";
import { planLayout } from "../../src/kinds/plans/sheets/layout";
import { cellAddress } from "../../src/sheets/address";
import { io, newWorkbook } from "./io";

describe("account plans on the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "kam-plans-"));

  it("writes a plan per account given, and reads back every plan's state and problems", async () => {
    const file = join(dir, "plans.xlsx");
    const wb = await newWorkbook(file, "--lang", "en", "--accounts", "Müller AG, Jansen BV");
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Readiness",
      "Competences",
      "Tasks",
      "Key account selection",
      "Plan Müller AG",
      "Plan Jansen BV",
    ]);
    const s = wb.getWorksheet("Plan Müller AG")!;
    // the layout of a new plan: three team columns, the spend table's years, spare rows
    const L = planLayout(newPlan({ id: "", name: "Müller AG" }, "2026-12-04"));
    const cc = L.contactCols;
    const set = (r: number, c: number, v: string | number) => (s.getCell(cellAddress(r, c)).value = v);
    set(8, 1, isoToSerial("2026-12-04"));
    set(L.spend.first + 1, 1, 2000);
    set(L.spend.first + 1, 2, 400);
    set(L.spend.first + 2, 1, 2000);
    set(L.spend.first + 2, 2, 500);
    set(L.contacts.first, 0, "Anna Berg");
    set(L.contacts.first, cc.role, "Decider");
    set(L.contacts.first, cc.lastContact, isoToSerial("2026-11-20"));
    set(L.contacts.first, cc.firstMember, 5);
    set(L.stage.first + 4, 2, "Yes");
    set(L.stage.first + 5, 2, "Yes");
    set(L.actions.first, 0, "M01");
    set(L.actions.first, 1, "Workshop with purchasing");
    set(L.actions.first, 4, isoToSerial("2026-11-30"));
    await wb.xlsx.writeFile(file);

    const json = io();
    expect(await main(["read", file, "--json"], json.io)).toBe(0);
    const read = JSON.parse(json.out.join("\n"));
    expect(read.plans.plans.map((p: { sheet: string; account: string }) => [p.sheet, p.account])).toEqual([
      ["Plan Müller AG", "Müller AG"],
      ["Plan Jansen BV", "Jansen BV"],
    ]);
    expect(read.plans.plans[0]).toMatchObject({
      judgedOn: "2026-12-04",
      stage: "COOPERATIVE",
      // kam new plans the last three years up to this one: the two typed into are last year and this year
      shareOfWallet: { year: new Date().getFullYear(), share: 0.25 },
      shareTrend: "UP",
      gaps: ["Anna Berg"],
      lateActions: ["M01"],
      complete: false,
    });
    expect(read.problems).toEqual([
      { sheet: "Plan Müller AG", cell: cellAddress(L.contacts.first, cc.firstMember), reason: "outOfRange", message: expect.any(String) },
    ]);

    const text = io();
    expect(await main(["read", file, "--lang", "en"], text.io)).toBe(0);
    const out = text.out.join("\n");
    expect(out).toContain("Plan Müller AG: Müller AG");
    expect(out).toContain("Relationship stage: Cooperative");
    expect(out).toContain("Without a good relationship: Anna Berg");
    expect(out).toContain("Overdue actions: 1");
  });
});
