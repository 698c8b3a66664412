/**
 * `kam new --customers` writes the key-account selection with the customers (and their revenue) given; `kam read`
 * reports what users scored there, as text and as JSON, with every problem at its cell.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { io, newWorkbook } from "./io";

describe("the key-account selection on the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "kam-selection-"));

  it("writes the customers given, and reads back the classes, levers, capacity and problems", async () => {
    const file = join(dir, "selection.xlsx");
    const wb = await newWorkbook(file, "--lang", "en", "--customers", "Müller GmbH;1200, Jansen BV;800, Acme Ltd, Nordwind AG");
    const s = wb.getWorksheet("Key account selection")!;
    // row 18 on: A id, B name, C revenue; scores in E–I (attractiveness) and J–N (strength)
    expect([1, 2, 3].map((c) => s.getRow(18).getCell(c).value)).toEqual(["A01", "Müller GmbH", 1200]);
    expect(s.getCell("B21").value).toBe("Nordwind AG");
    expect(s.getCell("C20").value).toBeNull();
    const scores: Record<number, (number | string)[]> = {
      18: [9, 8, 8, 8, 7, 9, 8, 8, 8, 4],
      19: [8, 8, 7, 7, 8, 3, 4, 2, 5, 4],
      20: [2, 2, 3, 2, 1, 8, 8, 8, 7, 9],
    };
    for (const [row, list] of Object.entries(scores)) list.forEach((v, i) => (s.getRow(Number(row)).getCell(5 + i).value = v));
    s.getCell("E21").value = 12;
    await wb.xlsx.writeFile(file);

    const json = io();
    expect(await main(["read", file, "--json"], json.io)).toBe(0);
    const read = JSON.parse(json.out.join("\n"));
    expect(read.selection).toMatchObject({ sheet: "Key account selection", cutOff: 5, capacity: 4, overCapacity: false });
    expect(read.selection.customers.map((c: { name: string; class: string | null }) => [c.name, c.class])).toEqual([
      ["Müller GmbH", "KEY"],
      ["Jansen BV", "DEVELOPMENT"],
      ["Acme Ltd", "MAINTENANCE"],
      ["Nordwind AG", null],
    ]);
    // Müller GmbH: 30×9 + 20×8 + 20×8 + 20×8 + 10×7 = 820 → 8.2; Jansen BV's strength: 20×3 + 20×4 + 25×2 + 20×5 +
    // 15×4 = 350 → 3.5; its levers are the largest weighted gaps
    expect(read.selection.customers[1]).toMatchObject({ attractiveness: 7.6, strength: 3.5, lifts: ["K08", "K06", "K07"] });
    // Müller GmbH: gaps 15×6 (K10), 25×2 (K08), 20×2 (K07 and K09: the first of the two)
    expect(read.selection.customers[0].lifts).toEqual(["K10", "K08", "K07"]);
    expect(read.problems).toEqual([
      {
        sheet: "Key account selection",
        cell: "E21",
        reason: "outOfRange",
        message: "'Key account selection'!E21: 12 is outside the scale 0 to 10.",
      },
    ]);

    const text = io();
    expect(await main(["read", file, "--lang", "de"], text.io)).toBe(0);
    const report = text.out.join("\n");
    expect(report).toContain("Grenzwert 5 · 1 von 4 Key Accounts (Kapazität)");
    expect(report).toContain("Key Accounts (1)\n    1. Müller GmbH: Kundenattraktivität 8,20 · relative Wettbewerbsstärke 7,60");
    expect(report).toContain("Entwicklungsaccounts (1)\n    1. Jansen BV:");
    expect(report).toContain("Größte Hebel: K08 Zugang zu Entscheidern und Beziehungsstufe");
    expect(report).toContain("Pflegeaccounts: 1 · Mitnahmeaccounts: 0");
    expect(report).toContain("Nicht bewertet (1): Nordwind AG");
  });
});
