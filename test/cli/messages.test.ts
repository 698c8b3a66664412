import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { LANGS } from "../../src/domain/lang";
import { CLI_TEXT } from "../../src/i18n/cliText";
import type { Catalog } from "../../src/i18n/format";
import { PANE_TEXT } from "../../src/i18n/paneText";
import { PROBLEM_TEXT } from "../../src/i18n/problemText";
import { kindCatalogs } from "../i18n/kindCatalogs";
import { io } from "./io";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the command line's messages", () => {
  it.each<[string, Catalog<string>]>([
    ["command line", CLI_TEXT],
    ["pane (and kam read's report)", PANE_TEXT],
    ["problems", PROBLEM_TEXT],
    ...Object.entries(kindCatalogs()),
  ])("every %s text names the same values in German, Dutch and English", (_, catalog) => {
    for (const key of Object.keys(catalog.en))
      for (const lang of LANGS) expect([lang, key, placeholders(catalog[lang][key]!)]).toEqual([lang, key, placeholders(catalog.en[key]!)]);
  });

  const dir = mkdtempSync(join(tmpdir(), "kam-messages-"));

  async function err(...args: string[]) {
    const out = io();
    const code = await main(args, out.io);
    return { code, err: out.err.join("\n") };
  }

  it("say why a file cannot be read in the language of --lang", async () => {
    const missing = join(dir, "fehlt.xlsx");
    expect(await err("read", missing, "--lang", "de")).toEqual({
      code: 1,
      err: `${missing} kann nicht gelesen werden: Die Datei existiert nicht.`,
    });
    const locked = join(dir, "locked.xlsx");
    const name = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);
    writeFileSync(locked, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(64).fill(0), ...name]));
    expect((await err("read", locked, "--lang", "nl")).err).toBe(
      `${locked} kan niet worden gelezen: de werkmap is met een wachtwoord beveiligd (versleuteld). Open hem in Excel, verwijder het wachtwoord (Bestand › Info › Werkmap beveiligen › Versleutelen met wachtwoord), sla hem op en lees hem opnieuw in.`,
    );
    const other = join(dir, "budget.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Budget").getCell("A1").value = 1;
    await wb.xlsx.writeFile(other);
    const none = await err("read", other, "--lang", "de");
    expect(none.code).toBe(1);
    expect(none.err.split("\n")).toEqual([
      `${other} kann nicht gelesen werden: Das ist eine Excel-Arbeitsmappe, aber sie enthält kein KAM-Blatt (vorhandene Blätter: „Budget“).`,
      "kam read liest eine KAM-Checkliste („Voraussetzungen“, „Voorwaarden“, „Readiness“), eine KAM-Kompetenzbewertung („Kompetenzen“, „Competenties“, „Competences“), eine KAM-Aufgabenübersicht („Aufgaben“, „Taken“, „Tasks“), eine Key-Account-Auswahl („Key-Account-Auswahl“, „Key-accountselectie“, „Key account selection“) oder Account-Pläne (Blätter „Plan …“), wie kam new und das Add-in sie anlegen.",
    ]);
  });

  it("name a usage error and the likely intent in the language of --lang", async () => {
    expect(await err("read", "x.xlsx", "--jsn", "--lang", "de")).toEqual({
      code: 2,
      err: "kam read: unbekannte Option --jsn. Meinten Sie --json? Siehe kam --help.",
    });
    expect(await err("new", "x.xlsx", "--lang", "nl", "--portabel")).toEqual({
      code: 2,
      err: "kam new: onbekende optie --portabel. Bedoelde u --portable? Zie kam --help.",
    });
  });
});
