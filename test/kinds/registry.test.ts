/**
 * A kind of sheet is its folder and one entry in the registry: given a list of kinds with one more, `kam new` writes
 * its sheet (with its own option), `kam read` reports it and puts it in the JSON, and the portable workflow copies
 * it. Nothing else is told of the new kind. (The pane's part: pane.test.tsx.)
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { createXlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { KINDS, loadKinds } from "../../src/kinds/registry";
import { makePortable, portableCopy } from "../../src/workflows/portable";
import { io } from "../cli/io";
import { NOTES } from "./notesKind";

const WITH_NOTES = [...KINDS, NOTES];

describe("a kind added to the registry", () => {
  it("is written by kam new with its own option, and read by kam read, as text and as JSON", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "kam-kinds-")), "notes.xlsx");
    expect(await main(["new", file, "--lang", "en", "--notes", "call Anna,visit Benelux"], io().io, WITH_NOTES)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // a kind with a sheet per subject (an account plan per key account) writes none without its subjects
    const known = (await loadKinds()).filter((m) => m.sheet.matches === undefined).map((m) => m.sheet.nameFor("en"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([...known, "Notes"]);

    const text = io();
    expect(await main(["read", file], text.io, WITH_NOTES)).toBe(0);
    expect(text.out.join("\n")).toContain("Notes (Notes)\n  2 notes: call Anna, visit Benelux");
    const json = io();
    expect(await main(["read", file, "--json"], json.io, WITH_NOTES)).toBe(0);
    const read = JSON.parse(json.out.join("\n")) as Record<string, unknown>;
    expect(Object.keys(read)).toEqual([...KINDS.map((k) => k.id), "notes", "problems"]);
    expect(read.notes).toEqual({ sheet: "Notes", count: 2 });
  });

  it("is named among what kam read looks for, and its option is one kam new knows", async () => {
    const empty = join(mkdtempSync(join(tmpdir(), "kam-kinds-")), "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan");
    await wb.xlsx.writeFile(empty);
    const said = io();
    expect(await main(["read", empty], said.io, WITH_NOTES)).toBe(1);
    expect(said.err.join("\n")).toMatch(/\), a key account selection \([^)]*\), account plans \([^)]*\) or a notes list \("Notes"\)/);
    // without the kind, its option is unknown
    const without = io();
    expect(await main(["new", empty.replace("empty", "other"), "--notes", "x"], without.io)).toBe(2);
  });

  it("is copied and rewritten by the portable workflow", async () => {
    const host = createXlsxHost(new ExcelJS.Workbook());
    const modules = await loadKinds(WITH_NOTES);
    await modules.at(-1)!.createNew(host, { lang: "en", portable: false, values: new Map([["--notes", "one,two"]]) });
    expect(await makePortable(host, modules)).toEqual(["Notes"]);
    expect((await portableCopy(host, modules)).sheets).toEqual(["Notes"]);
  });
});
