/**
 * The key-account selection in Excel (the Office.js double): round trips that do not grow with the customers, the
 * sheet's validation refusing what it should, and re-creating in another language keeping every entry.
 */
import { createSelection, readSelection } from "../../src/kinds/selection/workflows/selection";
import { excelOnDouble } from "./setup";

const customers = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Kunde ${i + 1}`, revenue: 10 * (i + 1) }));

describe("the key-account selection in Excel", () => {
  it("takes as many round trips for 2,000 customers as for 20", async () => {
    const counts = [];
    for (const n of [20, 2000]) {
      const { excel, host } = excelOnDouble();
      excel.resetCount();
      const state = await createSelection(host, { lang: "de", customers: customers(n) });
      const create = excel.syncCount;
      expect(state.status === "ready" && state.model.customers.length).toBe(n);
      excel.resetCount();
      await readSelection(host);
      const read = excel.syncCount;
      excel.resetCount();
      await createSelection(host, { lang: "de" });
      counts.push({ create, read, recreate: excel.syncCount });
    }
    expect(counts[0]).toEqual({ create: 3, read: 2, recreate: 4 });
    expect(counts[1]).toEqual(counts[0]);
  });

  it("refuses what its validation refuses, and keeps scores, an own criterion and the settings in another language", async () => {
    const { excel, host } = excelOnDouble();
    await createSelection(host, { lang: "de", customers: [{ name: "Müller GmbH", revenue: 1200 }, { name: "Jansen BV" }] });
    const sheet = excel.workbook.sheet("Key-Account-Auswahl");
    // row 18 is the first customer, E–N the criteria; C4 the cut-off, C5 the capacity, row 13 the groups, 14 the weights
    for (const [cell, value] of [
      ["E18", 11],
      ["E18", 2.5],
      ["N14", 150],
      ["C4", 12],
      ["C5", 2.5],
      ["E13", "Lieferant"],
    ] as const)
      expect([cell, value, sheet.userEdit(cell, value).accepted]).toEqual([cell, value, false]);
    for (const [cell, value] of [
      ["E18", 0],
      ["F18", 10],
      ["J19", 7],
      ["C4", 6.5],
      ["C5", 2],
    ] as const)
      expect([cell, value, sheet.userEdit(cell, value).accepted]).toEqual([cell, value, true]);

    await createSelection(host, { lang: "de", criteria: [{ text: "Zahlungsmoral", group: "strength" }] });
    const en = await createSelection(host, { lang: "en" });
    if (en.status !== "ready") throw new Error(en.status);
    expect(en.sheet).toBe("Key account selection");
    expect(en.model.customers.map((c) => [c.name, c.revenue, c.scores.slice(0, 2)])).toEqual([
      ["Müller GmbH", 1200, [0, 10]],
      ["Jansen BV", null, [null, null]],
    ]);
    expect(en.model.customers[1]!.scores[5]).toBe(7);
    expect(en.model.criteria.at(-1)).toMatchObject({ id: "K11", group: "strength", text: "Zahlungsmoral", weight: 0 });
    expect([en.model.cutOff, en.model.capacity]).toEqual([6.5, 2]);
    expect(en.problems).toEqual([]);
  });
});
