import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { evaluateChecklist } from "../../src/domain/readiness/checklist";
import { readiness, verdict, weakcount } from "../../src/functions/readiness";
import { createXlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { READINESS_SHEET_TEXT } from "../../src/i18n/readinessSheetText";
import { VERDICT_TEXT } from "../../src/i18n/verdictText";
import { isKeptEntry } from "../../src/domain/entry";
import { FIRST_CONDITION_ROW, ROW, readinessLayout } from "../../src/sheets/readiness/layout";
import { renderReadiness } from "../../src/sheets/readiness/render";
import { randomReadiness } from "../formulas/random";
import { cellAddress } from "../../src/sheets/address";
import { calculatedValues } from "./cells";
import { recalculate } from "./recalc";

jest.setTimeout(240_000);

type Values = Map<string, string | number | boolean>;

function result(ws: Values, row: number, col: number): unknown {
  return ws.get(cellAddress(row, col)) ?? "";
}

describe("portable readiness formulas, recalculated by LibreOffice, agree with the domain and with the KAM functions", () => {
  const cases = Array.from({ length: 30 }, (_, i) => randomReadiness(i + 101));
  const dir = mkdtempSync(join(tmpdir(), "kam-ready-"));
  let books: Map<string, Values>[] = [];

  beforeAll(async () => {
    const files: string[] = [];
    for (const [i, c] of cases.entries()) {
      const wb = new ExcelJS.Workbook();
      await createXlsxHost(wb).writeSheet(renderReadiness(c.model, c.lang, { portable: true }));
      const file = join(dir, `readiness-${i}.xlsx`);
      await wb.xlsx.writeFile(file);
      files.push(file);
    }
    books = await Promise.all(recalculate(files).map(calculatedValues));
  });

  it.each(cases.map((c, i) => [i, c] as const))("workbook %i", (i, { model, lang }) => {
    const ws = books[i]!.get(READINESS_SHEET_TEXT[lang].sheetName)!;
    const r = evaluateChecklist(model);
    const l = readinessLayout(model.respondents.length, model.conditions.length);
    const index = result(ws, ROW.index, 3);
    if (r.index === null) expect(index).toBe("");
    else expect(index).toBeCloseTo(r.index, 9);
    expect(result(ws, ROW.weakCount, 3)).toBe(r.weakIds.length);
    expect(result(ws, ROW.verdict, 3)).toBe(VERDICT_TEXT[lang][r.verdict]);
    const t = READINESS_SHEET_TEXT[lang];
    r.conditions.forEach((c, k) => {
      const status = c.notApplicable ? t.stNotApplicable : c.mean === null ? t.stUnrated : c.weak ? (c.disputed ? t.stWeakDisputed : t.stWeak) : c.disputed ? t.stDisputed : "";
      expect(result(ws, FIRST_CONDITION_ROW + k, l.statusCol)).toBe(status);
    });

    // the add-in's functions, given the same cells, say the same
    const scores = model.conditions.map((c) => c.scores.map((s) => (isKeptEntry(s) ? s.value : (s ?? null))));
    const na = model.conditions.map((c) => [c.notApplicable ? "x" : ""]);
    const thr = typeof model.threshold === "number" ? model.threshold : 3;
    expect(readiness(scores, na)).toBe(r.index === null ? "" : readiness(scores, na));
    if (r.index !== null) expect(readiness(scores, na) as number).toBeCloseTo(index as number, 9);
    expect(weakcount(scores, thr, na)).toBe(result(ws, ROW.weakCount, 3));
    expect(verdict(scores, thr, lang, na)).toBe(result(ws, ROW.verdict, 3));
  });
});
