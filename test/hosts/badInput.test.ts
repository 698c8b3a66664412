/**
 * What users do to whole sheets (insert columns and type there, merge, delete header rows, rename, delete, keep two
 * of a kind), on the Office.js double: the add-in reads what it can, says what is wrong, and never overwrites or
 * loses an entry.
 */
import { defaultReadinessModel, withRespondents } from "../../src/kinds/readiness/domain/checklist";
import { cellAddress, columnIndex, columnLetter } from "../../src/sheets/address";
import { type SheetGrid, gridFromValues } from "../../src/sheets/read";
import { STANDARD_CONDITIONS } from "../../src/kinds/readiness/domain/conditions";
import { earlierTop } from "../sheets/earlierLayout";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { createReadiness, readReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { DuplicateSheetError, ForeignSheetError, StrayCellsError } from "../../src/workflows/sheetWorkflow";
import { createTasks, readTasks } from "../../src/kinds/tasks/workflows/tasks";
import { createCompetences } from "../../src/kinds/competences/workflows/competences";
import type { SheetHost } from "../../src/hosts/host";
import type { OfficeDouble, Sheet } from "../office";
import type { Scalar } from "../office/model";
import { excelOnDouble, ready } from "./setup";

/** A user's sheet holding a grid's cells (formulas as formulas), e.g. a copy of one of ours. */
function sheetFrom(excel: OfficeDouble, name: string, grid: SheetGrid): Sheet {
  const sheet = excel.workbook.addSheet(name);
  grid.formulas.forEach((row, r) => row.forEach((v, c) => v !== "" && sheet.setCell(cellAddress(r, c), v)));
  return sheet;
}

/** Every cell's value and formula: to show that nothing changed. */
function snapshot(sheet: Sheet, rows = 30, cols = 14): string[] {
  const out: string[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) out.push(`${String(sheet.getValue(cellAddress(r, c)))}|${sheet.getFormula(cellAddress(r, c)) ?? ""}`);
  return out;
}

describe("a user's changes to a whole sheet", () => {
  it("entries in a column the user inserted into the table stop a re-create, which changes nothing", async () => {
    const { excel, host } = excelOnDouble();
    // a checklist whose user inserted a column "Owner" between the condition and n/a, and filled it
    const grid = specToGrid(renderReadiness(withRespondents(defaultReadinessModel(), ["HQ", "Benelux"]), "en"));
    const inserted: SheetGrid = {
      ...grid,
      formulas: grid.formulas.map((r) => [...r.slice(0, 2), "", ...r.slice(2)]),
      values: grid.values.map((r) => [...r.slice(0, 2), "", ...r.slice(2)]),
    };
    const sheet = sheetFrom(excel, "Readiness", inserted);
    sheet.setCell("C9", "Owner");
    sheet.setCell("C12", "Anna");
    sheet.setCell("J10", 4);
    const state = ready(await readReadiness(host));
    expect(state.model.conditions[0]!.scores).toEqual([4, null]);
    expect(state.strays).toEqual(["C9", "C12"]);
    expect(state.problems.map((p) => `${p.sheet}!${p.cell} ${p.code}`)).toEqual(["Readiness!C9 strayColumn"]);

    const before = snapshot(sheet);
    const refused = createReadiness(host, { lang: "en", respondents: ["Nordics"] });
    await expect(refused).rejects.toBeInstanceOf(StrayCellsError);
    await expect(refused).rejects.toMatchObject({ sheet: "Readiness", cells: ["C9", "C12"] });
    expect(snapshot(sheet)).toEqual(before);

    // once the user moves the column's entries out of the table, re-creating keeps every score
    sheet.setCell("C9", "");
    sheet.setCell("C12", "");
    sheet.setCell("Z12", "Anna");
    const after = ready(await createReadiness(host, { lang: "en", respondents: ["Nordics"] }));
    expect(after.model.respondents).toEqual(["HQ", "Benelux", "Nordics"]);
    expect(after.model.conditions[0]!.scores).toEqual([4, null, null]);
    expect(excel.workbook.sheet("Readiness").getValue("Z12")).toBe("Anna");
  });

  it("cells the user merged in the table are unmerged on re-create and their entries kept", async () => {
    const { excel, host } = excelOnDouble();
    await createReadiness(host, { lang: "en" });
    const sheet = excel.workbook.sheet("Readiness");
    sheet.setCell("H10", "see minutes");
    sheet.merges.push({ row: 9, col: 5, rows: 2, cols: 1 });
    const after = ready(await createReadiness(host, { lang: "de" }));
    expect(after.model.conditions[0]!.note).toBe("see minutes");
    expect(excel.workbook.sheet("Voraussetzungen").getValue("H10")).toBe("see minutes");
    expect(excel.workbook.sheet("Voraussetzungen").merges).not.toContainEqual({ row: 9, col: 5, rows: 2, cols: 1 });
  });

  it("a sheet whose header row was deleted is not ours any more: shown as such and never overwritten", async () => {
    const { excel, host } = excelOnDouble();
    const spec = renderReadiness(defaultReadinessModel(), "en");
    const grid = specToGrid(spec);
    const sheet = sheetFrom(excel, "Readiness", {
      ...grid,
      formulas: grid.formulas.filter((_, r) => r !== 8),
      values: grid.values.filter((_, r) => r !== 8),
    });
    expect(await readReadiness(host)).toEqual({ status: "foreign", sheet: "Readiness" });
    const before = snapshot(sheet);
    await expect(createReadiness(host, { lang: "en" })).rejects.toBeInstanceOf(ForeignSheetError);
    expect(snapshot(sheet)).toEqual(before);
  });

  it("a renamed or deleted sheet reads as missing; creating then leaves the renamed one alone", async () => {
    const { excel, host } = excelOnDouble();
    await createReadiness(host, { lang: "en" });
    const old = excel.workbook.sheet("Readiness");
    old.setCell("I10", 5);
    old.name = "Readiness 2025";
    expect((await readReadiness(host)).status).toBe("missing");
    await createReadiness(host, { lang: "en" });
    expect(old.getValue("I10")).toBe(5);
    expect(excel.workbook.sheet("Readiness").getValue("I10")).toBe("");

    excel.workbook.sheets.splice(excel.workbook.sheets.indexOf(excel.workbook.sheet("Readiness")), 1);
    expect((await readReadiness(host)).status).toBe("missing");
  });

  it("two checklists in different languages: the pane works on one and says so; it never renames one onto the other", async () => {
    const { excel, host } = excelOnDouble();
    await createReadiness(host, { lang: "de" });
    excel.workbook.sheet("Voraussetzungen").setCell("I10", 2);
    const english = sheetFrom(excel, "Readiness", specToGrid(renderReadiness(defaultReadinessModel(), "en")));
    english.setCell("I10", 5);

    const state = ready(await readReadiness(host));
    expect(state.sheet).toBe("Voraussetzungen");
    expect(state.duplicates).toEqual(["Readiness"]);
    const before = snapshot(english);
    const refused = createReadiness(host, { lang: "en" });
    await expect(refused).rejects.toBeInstanceOf(DuplicateSheetError);
    await expect(refused).rejects.toMatchObject({ sheet: "Readiness", other: "Voraussetzungen" });
    expect(snapshot(english)).toEqual(before);
    expect(excel.workbook.sheet("Voraussetzungen").getValue("I10")).toBe(2);
    // in its own language the checklist is re-created as usual
    expect(ready(await createReadiness(host, { lang: "de" })).model.conditions[0]!.scores).toEqual([2]);
  });

  it("formulas in text and mark columns count with their results and survive re-creating in another language", async () => {
    const { excel, host } = excelOnDouble();
    await createReadiness(host, { lang: "en" });
    const checklist = excel.workbook.sheet("Readiness");
    // the condition text taken from another cell, the n/a mark computed
    checklist.setCell("B10", "=Sheet2!A1");
    checklist.setComputed("B10", "Board sponsor");
    checklist.setCell("C11", '=IF(TRUE,"x","")');
    checklist.setComputed("C11", "x");
    const read = ready(await readReadiness(host));
    expect(read.model.conditions[0]!.text).toBe("Board sponsor");
    expect(read.model.conditions[1]!.notApplicable).toBe(true);
    await createReadiness(host, { lang: "nl" });
    const nl = excel.workbook.sheet("Voorwaarden");
    expect(nl.getFormula("B10")).toBe("=Sheet2!A1");
    expect(nl.getFormula("C11")).toBe('=IF(TRUE,"x","")');

    await createTasks(host, { lang: "en" });
    const tasks = excel.workbook.sheet("Tasks");
    tasks.setCell("D13", "=Team!B2");
    tasks.setComputed("D13", "Anna");
    expect(ready(await readTasks(host)).model.tasks[0]!.responsible).toBe("Anna");
    await createTasks(host, { lang: "de" });
    expect(excel.workbook.sheet("Aufgaben").getFormula("D13")).toBe("=Team!B2");
  });

  it("text Excel would read as a number, date, boolean or error stays text through re-creating", async () => {
    const { excel, host } = excelOnDouble();
    await createReadiness(host, { lang: "en" });
    const sheet = excel.workbook.sheet("Readiness");
    // typed with an apostrophe (or into a text-formatted cell): text, as the user meant it
    const typed: [string, string][] = [
      ["I10", "007"],
      ["H10", "TRUE"],
      ["B11", "2026"],
      ["H11", "#N/A"],
      ["H12", "3/31/2026"],
      ["H13", "50%"],
    ];
    for (const [address, text] of typed) sheet.setCell(address, `'${text}`);
    const before = ready(await readReadiness(host));
    expect(before.model.conditions[0]!.scores[0]).toEqual({ value: "007" });
    await createReadiness(host, { lang: "de" });
    const de = excel.workbook.sheet("Voraussetzungen");
    expect(typed.map(([address]) => de.getValue(address))).toEqual(typed.map(([, text]) => text));
    expect(ready(await readReadiness(host)).model).toEqual(before.model);
  });

  it("entries beside the task table (outside it) are neither a problem nor touched by re-creating", async () => {
    const { excel, host } = excelOnDouble();
    await createTasks(host, { lang: "en" });
    const sheet = excel.workbook.sheet("Tasks");
    // the table's columns run A to K; the user wrote into L beside it, outside: that is fine
    sheet.setCell("L13", "outside");
    expect(ready(await readTasks(host)).strays).toEqual([]);
    expect(ready(await createTasks(host, { lang: "de" })).sheet).toBe("Aufgaben");
    expect(excel.workbook.sheet("Aufgaben").getValue("L13")).toBe("outside");
  });
});

describe("a sheet whose user inserted an empty column", () => {
  /** Every cell's formula or value (number format included) in the first rows and columns. */
  const cells = (sheet: Sheet) => {
    const out: string[] = [];
    for (let r = 0; r < 2100; r++)
      for (let c = 0; c < 45; c++) {
        const cell = sheet.cell(r, c);
        if (cell !== undefined) out.push(`${cellAddress(r, c)} ${String(cell.formula ?? cell.value)} ${cell.numberFormat ?? ""}`);
      }
    return out;
  };
  /** A formula's references to columns from `at` on, one column further right (text in quotes left alone). */
  const shifted = (formula: string, at: number) =>
    formula.replace(
      /("[^"]*")|(\$?)([A-Z]{1,3})(\$?\d+)(?![\w(])/g,
      (all, quoted: string | undefined, abs: string, letters: string, row: string) =>
        quoted !== undefined ? all : `${abs}${columnIndex(letters) >= at ? columnLetter(columnIndex(letters) + 1) : letters}${row}`,
    );
  /**
   * The sheet's cells moved right from column `at` on, and the formulas' references with them, as Excel does when a
   * column is inserted there.
   */
  const insertColumn = (excel: OfficeDouble, name: string, at: number) => {
    const sheet = excel.workbook.sheet(name);
    const moved: { r: number; c: number; input: Scalar }[] = [];
    for (let r = 0; r < 2100; r++)
      for (let c = 0; c < 45; c++) {
        const cell = sheet.cell(r, c);
        if (cell !== undefined)
          moved.push({ r, c: c >= at ? c + 1 : c, input: cell.formula === undefined ? cell.value : shifted(cell.formula, at) });
      }
    sheet.cells.clear();
    for (const { r, c, input } of moved) sheet.setCell(cellAddress(r, c), input);
  };
  const kinds = [
    ["readiness checklist", "Readiness", (host: SheetHost) => createReadiness(host, { lang: "en" })],
    ["competence assessment", "Competences", (host: SheetHost) => createCompetences(host, { lang: "en", candidates: ["Anna"] })],
    ["task overview", "Tasks", (host: SheetHost) => createTasks(host, { lang: "en" })],
  ] as const;

  it.each(
    kinds.flatMap(([what, name, create]) => [
      [what, "left of column A", 0, name, create] as const,
      [what, "at C, in the table", 2, name, create] as const,
    ]),
  )("the %s, with it %s, is re-created as a fresh one would be: nothing of the old layout left over", async (_, __, at, name, create) => {
    const fresh = excelOnDouble();
    await create(fresh.host);
    const { excel, host } = excelOnDouble();
    await create(host);
    insertColumn(excel, name, at);
    const state = ready(await create(host));
    expect(state.strays).toEqual([]);
    expect(cells(excel.workbook.sheet(name))).toEqual(cells(fresh.excel.workbook.sheet(name)));
  });
});

describe("a checklist made by an earlier version", () => {
  /**
   * The layout before respondents came last: n/a, the score columns, mean/min/max, status, notes; formulas only on the
   * conditions' rows.
   */
  function earlierChecklist(): SheetGrid {
    const status = (r: number) =>
      `=IF($C${r}<>"","not applicable",IF(COUNT(D${r}:E${r})=0,"not rated",IF(AVERAGE(D${r}:E${r})<$D$4,"weak","")))`;
    return gridFromValues("Readiness", [
      ...earlierTop("D10:E23", "C10:C23", "$D$4", true),
      ["No.", "Condition", "n/a", "HQ", "Benelux", "Mean", "Min", "Max", "Status", "Notes"],
      ...STANDARD_CONDITIONS.map((c, i) => {
        const r = 10 + i;
        return [
          c.id,
          c.text.en,
          i === 5 ? "x" : "",
          i < 2 ? 1 : 4,
          i === 3 ? 2 : 4,
          `=AVERAGE(D${r}:E${r})`,
          `=MIN(D${r}:E${r})`,
          `=MAX(D${r}:E${r})`,
          status(r),
          i === 0 ? "board asked" : "",
        ];
      }),
    ]);
  }

  it("reads as before, names a condition typed below its formulas, and is re-created in this layout keeping every entry", async () => {
    const { excel, host } = excelOnDouble();
    const sheet = sheetFrom(excel, "Readiness", earlierChecklist());
    // a condition typed below the table, where the earlier formulas do not reach
    sheet.setCell("B24", "Training budget");
    sheet.setCell("D24", 1);
    const before = ready(await readReadiness(host));
    expect(before.model.respondents).toEqual(["HQ", "Benelux"]);
    expect(before.problems.map((p) => [p.cell, p.code])).toEqual([["B24", "outsideRow"]]);
    expect(before.result.weakIds).toEqual(["R01", "R02"]);

    const after = ready(await createReadiness(host, { lang: "en" }));
    expect(after.problems).toEqual([]);
    expect(after.result.weakIds).toEqual(["R01", "R02", "R15"]);
    const now = excel.workbook.sheet("Readiness");
    // status D, mean E, min F, max G, notes H, HQ I, Benelux J
    expect([now.getValue("H9"), now.getValue("I9"), now.getValue("J9")]).toEqual(["Notes", "HQ", "Benelux"]);
    expect([now.getValue("I10"), now.getValue("J13"), now.getValue("C15"), now.getValue("H10")]).toEqual([1, 2, "x", "board asked"]);
    expect([now.getValue("A24"), now.getValue("B24"), now.getValue("I24")]).toEqual(["R15", "Training budget", 1]);
  });
});
