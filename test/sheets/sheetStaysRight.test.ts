/**
 * The readiness checklist stays right while people edit it without the pane, and says what the pane says: each
 * case that was seen, calculated by a formula engine (HyperFormula with the KAM.* functions, and portable) and
 * read back as the pane and `kam read` read it.
 */
import { defaultReadinessModel, evaluateChecklist, withRespondents } from "../../src/kinds/readiness/domain/checklist";
import type { ReadinessModel } from "../../src/kinds/readiness/domain/model";
import { meanBelow } from "../../src/kinds/readiness/domain/scale";
import { VERDICT_TEXT } from "../../src/kinds/readiness/i18n/verdictText";
import { PALETTE } from "../../src/sheets/palette";
import { parseReadiness } from "../../src/kinds/readiness/sheets/parse";
import { FIRST_CONDITION_ROW, ROW, VALUE_COL, readinessLayout } from "../../src/kinds/readiness/sheets/layout";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { isFormulaCell } from "../../src/sheets/spec";
import { editable, shiftFormula } from "../formulas/engine";

const scored = (model: ReadinessModel, scores: (i: number) => (number | null)[]): ReadinessModel => ({
  ...model,
  conditions: model.conditions.map((c, i) => ({ ...c, scores: scores(i) })),
});

/** The sheet as an engine shows it and the read of it, after `edit`. */
function sheetAndRead(
  model: ReadinessModel,
  portable: boolean,
  edit: (set: (row: number, col: number, v: string | number | null) => void, l: ReturnType<typeof readinessLayout>) => void,
) {
  const spec = renderReadiness(model, "en", { portable });
  const sheet = editable(spec);
  const l = readinessLayout(model.respondents.length, model.conditions.length);
  edit((r, c, v) => sheet.set(r, c, v), l);
  const read = parseReadiness(sheet.grid(spec.name));
  if (!read.ok) throw new Error("not read");
  const result = evaluateChecklist(read.model);
  const shown = {
    index: sheet.value(ROW.index, VALUE_COL),
    weak: sheet.value(ROW.weakCount, VALUE_COL),
    verdict: sheet.value(ROW.verdict, VALUE_COL),
  };
  return { spec, sheet, l, read, result, shown };
}

const both = [
  ["with the KAM functions", false],
  ["portable", true],
] as const;

describe.each(both)("the readiness checklist %s", (_, portable) => {
  it("counts a condition typed into the first empty row below the 14, with validation, status and colour", () => {
    const model = scored(withRespondents(defaultReadinessModel(), ["HQ", "Benelux"]), (i) => [(i % 4) + 2, (i % 3) + 2]);
    const row = FIRST_CONDITION_ROW + 14;
    const { spec, sheet, l, read, result, shown } = sheetAndRead(model, portable, (set, l) => {
      set(row, 1, "Budget for KAM training");
      set(row, l.firstScoreCol, 2);
      set(row, l.firstScoreCol + 1, 1);
    });
    expect(read.model.conditions[14]).toMatchObject({ id: "R15", text: "Budget for KAM training", scores: [2, 1] });
    expect(result.weakIds).toContain("R15");
    expect(shown).toEqual({
      index: expect.closeTo(result.index!, 9),
      weak: result.weakIds.length,
      verdict: VERDICT_TEXT.en[result.verdict],
    });
    expect(sheet.value(row, l.statusCol)).toBe("weak");
    expect(sheet.value(row, l.meanCol)).toBe(1.5);
    expect(spec.validations.find((v) => v.rule.kind === "wholeNumber")!.area).toMatchObject({ row: FIRST_CONDITION_ROW, rows: 34 });
    const red = spec.conditionalFormats.find((f) => f.fill === PALETTE.badFill && f.area.col === 0)!;
    expect(sheet.evaluate(shiftFormula(red.formula, row - red.area.row, 0))).toBe(true);
  });

  it("counts a respondent typed into the next free column", () => {
    const model = scored(defaultReadinessModel(), () => [4]);
    const { read, result, shown } = sheetAndRead(model, portable, (set, l) => {
      set(ROW.header, l.firstScoreCol + 1, "Benelux");
      [1, 1, 1].forEach((s, i) => set(FIRST_CONDITION_ROW + i, l.firstScoreCol + 1, s));
    });
    // the first column keeps its title "Score" as its name once there are two
    expect(read.model.respondents).toEqual(["Score", "Benelux"]);
    expect(result.weakIds).toEqual(["R01", "R02", "R03"]);
    expect(shown).toEqual({ index: expect.closeTo(result.index!, 9), weak: 3, verdict: VERDICT_TEXT.en.NOT_READY });
  });

  it('does not count values pasted past validation (6, 2.5, "gut"), highlights them, and the results equal the pane\'s', () => {
    const model = scored(defaultReadinessModel(), () => [4]);
    const { spec, sheet, l, read, result, shown } = sheetAndRead(model, portable, (set, l) => {
      set(FIRST_CONDITION_ROW, l.firstScoreCol, 6);
      set(FIRST_CONDITION_ROW + 1, l.firstScoreCol, 2.5);
      set(FIRST_CONDITION_ROW + 2, l.firstScoreCol, "gut");
    });
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual([
      ["I10", "outOfRange"],
      ["I11", "notWhole"],
      ["I12", "notNumber"],
    ]);
    expect(result.unratedIds).toEqual(["R01", "R02", "R03"]);
    expect(shown).toEqual({ index: 4, weak: 0, verdict: VERDICT_TEXT.en.INCOMPLETE });
    expect([0, 1, 2].map((i) => sheet.value(FIRST_CONDITION_ROW + i, l.meanCol))).toEqual(["", "", ""]);
    expect([0, 1, 2].map((i) => sheet.value(FIRST_CONDITION_ROW + i, l.statusCol))).toEqual(["not rated", "not rated", "not rated"]);
    const invalid = spec.conditionalFormats.find((f) => f.fill === PALETTE.invalidFill)!;
    expect([0, 1, 2, 3].map((i) => sheet.evaluate(shiftFormula(invalid.formula, i, 0)))).toEqual([true, true, true, false]);
    const green = spec.conditionalFormats.find((f) => f.fill === PALETTE.goodFill && f.area.col === 0)!;
    expect(sheet.evaluate(shiftFormula(green.formula, 0, 0))).toBe(false);
  });

  it("names result cells overwritten by hand, and creating the sheet again restores them", () => {
    const model = scored(defaultReadinessModel(), (i) => [i < 2 ? 1 : 4]);
    const { read, result } = sheetAndRead(model, portable, (set, l) => {
      set(ROW.index, VALUE_COL, 5);
      set(ROW.verdict, VALUE_COL, "Ready");
      set(FIRST_CONDITION_ROW + 3, l.meanCol, 5);
    });
    expect(result.verdict).toBe("NOT_READY");
    expect(read.problems.filter((p) => p.code === "computedOverwritten").map((p) => [p.cell, p.value, p.expected])).toEqual([
      ["D5", "5", "Readiness index (1–5)"],
      ["D8", "Ready", "Verdict"],
      ["E13", "5", "Mean"],
    ]);
    const again = renderReadiness(read.model, "en", { portable });
    expect(
      [again.cells[ROW.index]![VALUE_COL], again.cells[ROW.verdict]![VALUE_COL], again.cells[FIRST_CONDITION_ROW + 3]![4]].every(
        isFormulaCell,
      ),
    ).toBe(true);
  });

  it("takes a remark below a finished checklist for a remark, not an unrated condition R15", () => {
    const model = scored(defaultReadinessModel(), () => [4]);
    for (const col of [0, 2, 7]) {
      const { read, result, shown } = sheetAndRead(model, portable, (set) => set(FIRST_CONDITION_ROW + 17, col, "see appendix B"));
      expect(result.verdict).toBe("READY");
      expect(shown.verdict).toBe(VERDICT_TEXT.en.READY);
      expect(read.problems).toEqual([]);
      expect(read.model.conditions[14]).toMatchObject({ ignored: "remark" });
      // and it is written back where it belongs when the sheet is created again
      expect(renderReadiness(read.model, "en").cells[FIRST_CONDITION_ROW + 14]![col]).toBe("see appendix B");
    }
  });

  it("counts a condition typed where the user cleared the spare rows' status and mean, and names the cleared cells", () => {
    const model = scored(defaultReadinessModel(), () => [4]);
    const row = FIRST_CONDITION_ROW + 16;
    const { read, result, shown } = sheetAndRead(model, portable, (set, l) => {
      for (let r = FIRST_CONDITION_ROW + 14; r <= l.lastRow; r++)
        for (const c of [l.statusCol, l.meanCol, l.minCol, l.maxCol]) set(r, c, null);
      set(row, 1, "Training budget");
      set(row, l.firstScoreCol, 1);
    });
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual(["D", "E", "F", "G"].map((c) => [`${c}${row + 1}`, "computedOverwritten"]));
    expect(result.weakIds).toEqual(["R15"]);
    // with the KAM functions the results take the row in; portable ones count the status column, which was cleared
    if (!portable) expect(shown.verdict).toBe(VERDICT_TEXT.en[result.verdict]);
  });

  it("names what re-creating would write over: a note above the table, an entry below the formulas in a computed column", () => {
    const model = scored(defaultReadinessModel(), () => [4]);
    const { read } = sheetAndRead(model, portable, (set, l) => {
      set(1, 7, "ask HR");
      set(ROW.index, 5, "see below");
      set(l.lastRow + 2, l.statusCol, "see memo");
      set(l.lastRow + 3, 1, "Far below");
    });
    expect(read.strays).toEqual(["H2", "F5", "D45"]);
  });

  it("names a condition typed below the rows the formulas reach, and counts it on neither side until re-created", () => {
    const model = scored(defaultReadinessModel(), () => [4]);
    const { read, result, shown } = sheetAndRead(model, portable, (set, l) => {
      set(l.lastRow + 3, 1, "Far below");
      set(l.lastRow + 3, l.firstScoreCol, 1);
    });
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual([["B46", "outsideRow"]]);
    expect(result.verdict).toBe("READY");
    expect(shown.verdict).toBe(VERDICT_TEXT.en.READY);
    const again = parseReadiness(editable(renderReadiness(read.model, "en", { portable })).grid("Readiness"));
    expect(again.ok && evaluateChecklist(again.model).weakIds).toEqual(["R15"]);
  });

  it("applies the rules to one respondent and a condition marked n/a: READY", () => {
    const model = scored(defaultReadinessModel(), () => [4]);
    const { result, shown } = sheetAndRead(model, portable, (set) => set(FIRST_CONDITION_ROW + 5, 2, "x"));
    expect(result.verdict).toBe("READY");
    expect(shown).toEqual({ index: 4, weak: 0, verdict: VERDICT_TEXT.en.READY });
  });

  it("treats a mean exactly at the threshold as not weak: 2.2, twenty 2s and five 3s", () => {
    const names = Array.from({ length: 25 }, (_, i) => `Unit ${i + 1}`);
    const model = {
      ...scored(withRespondents(defaultReadinessModel(), names), (i) => names.map((_, j) => (i === 0 ? (j < 20 ? 2 : 3) : 4))),
      threshold: 2.2,
    };
    const { result, shown, sheet, l } = sheetAndRead(model, portable, () => undefined);
    expect(result.weakIds).toEqual([]);
    expect(shown.weak).toBe(0);
    expect(sheet.value(FIRST_CONDITION_ROW, l.statusCol)).toBe("");
  });
});

describe("the weak rule compares exactly", () => {
  it("for every threshold with up to two decimals, 1 to 30 respondents and every sum of their scores", () => {
    let checked = 0;
    for (let hundredths = 100; hundredths <= 500; hundredths++) {
      const threshold = hundredths / 100;
      for (let n = 1; n <= 30; n++) {
        for (let sum = n; sum <= 5 * n; sum++) {
          // the mean is below the threshold exactly when 100 × sum < hundredths × n, in whole numbers
          if (meanBelow(sum, n, threshold) !== 100 * sum < hundredths * n) throw new Error(`${sum}/${n} against ${threshold}`);
          checked++;
        }
      }
    }
    expect(checked).toBe(401 * (4 * 465 + 30));
  });
});
