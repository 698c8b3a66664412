/**
 * The bad-input matrix: what users type, paste, move and delete in the three sheets. Each case must give a
 * message naming the sheet, the cell and the reason (in every language), read everything else, and keep the
 * entry as typed.
 */
import { defaultCompetenceModel, withCandidates } from "../../src/kinds/competences/domain/assessment";
import { isKeptEntry } from "../../src/domain/entry";
import { LANGS } from "../../src/domain/lang";
import { defaultReadinessModel, withRespondents } from "../../src/kinds/readiness/domain/checklist";
import { defaultTaskModel } from "../../src/kinds/tasks/domain/tasklist";
import { PROBLEM_TEXT, type ProblemCode } from "../../src/i18n/problemText";
import { problemMessage } from "../../src/sheets/problems";
import { columnIndex, columnLetter } from "../../src/sheets/address";
import { type CompetenceRead, parseCompetences } from "../../src/kinds/competences/sheets/parse";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import type { ParseResult, Problem, ReadValue, SheetGrid, SheetRead } from "../../src/sheets/read";
import { gridFromValues, typeOfValue } from "../../src/sheets/read";
import { STANDARD_CONDITIONS } from "../../src/kinds/readiness/domain/conditions";
import { earlierAssessment, earlierTop } from "./earlierLayout";
import { parseReadiness } from "../../src/kinds/readiness/sheets/parse";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";

type Cell = { value: ReadValue; formula?: string };

/** A grid a user can change as Excel would show it to the add-in: cells by address, rows and columns inserted or deleted. */
class Edited {
  private rows: Cell[][];
  constructor(private readonly grid: SheetGrid) {
    this.rows = grid.values.map((r, i) =>
      r.map((v, j) => {
        const f = grid.formulas[i]?.[j];
        return typeof f === "string" && f.startsWith("=") ? { value: v, formula: f } : { value: v };
      }),
    );
  }
  private at(address: string): { row: number; col: number } {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
  }
  set(address: string, value: ReadValue, formula?: string): this {
    const { row, col } = this.at(address);
    while (this.rows.length <= row) this.rows.push([]);
    const r = this.rows[row]!;
    while (r.length <= col) r.push({ value: "" });
    r[col] = formula === undefined ? { value } : { value, formula };
    return this;
  }
  get(address: string): ReadValue {
    const { row, col } = this.at(address);
    return this.rows[row]?.[col]?.value ?? "";
  }
  insertRows(before: number, count = 1): this {
    this.rows.splice(before - 1, 0, ...Array.from({ length: count }, () => []));
    return this;
  }
  deleteRow(row: number): this {
    this.rows.splice(row - 1, 1);
    return this;
  }
  insertColumn(before: string): this {
    const c = columnIndex(before);
    for (const r of this.rows) if (r.length > c) r.splice(c, 0, { value: "" });
    return this;
  }
  deleteColumn(letter: string): this {
    const c = columnIndex(letter);
    for (const r of this.rows) r.splice(c, 1);
    return this;
  }
  /** Merging keeps the top-left value; Office.js reads the other cells of the merge as empty. */
  merge(from: string, to: string): this {
    const a = this.at(from);
    const b = this.at(to);
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) this.set(`${String.fromCharCode(65 + c)}${r + 1}`, "");
    return this;
  }
  done(): SheetGrid {
    return {
      name: this.grid.name,
      values: this.rows.map((r) => r.map((c) => c.value)),
      formulas: this.rows.map((r) => r.map((c) => c.formula ?? c.value)),
      valueTypes: this.rows.map((r) => r.map((c) => typeOfValue(c.value))),
    };
  }
}

function read<R extends SheetRead<unknown>>(result: ParseResult<R>): R {
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.problems)}`);
  return result;
}

/** Every problem's message names its sheet and cell, in all three languages, with nothing left unfilled. */
function expectNamed(problems: readonly Problem[]) {
  for (const p of problems)
    for (const lang of LANGS) {
      const m = problemMessage(p, lang);
      expect(m.startsWith(`${/^\w+$/.test(p.sheet) ? p.sheet : `'${p.sheet}'`}!${p.cell}: `)).toBe(true);
      expect(m).not.toMatch(/\{\w+\}/);
    }
}

const codes = (problems: readonly Problem[]) => problems.map((p) => `${p.cell} ${p.code}`);
const problemsOf = (r: SheetRead<unknown>) => r.problems.map((p) => [p.cell, p.code, p.value, p.expected ?? null]);

const readinessGrid = () => new Edited(specToGrid(renderReadiness(defaultReadinessModel(), "en")));
const twoRespondents = () => new Edited(specToGrid(renderReadiness(withRespondents(defaultReadinessModel(), ["HQ", "Benelux"]), "en")));

describe("bad input in the readiness checklist", () => {
  it.each<[string, ReadValue, ProblemCode]>([
    ["text", "good", "notNumber"],
    ["a number above the scale", 7, "outOfRange"],
    ["zero", 0, "outOfRange"],
    ["a negative number", -2, "outOfRange"],
    ["a decimal", 2.5, "notWhole"],
    ["#N/A", "#N/A", "errorValue"],
    ["#REF!", "#REF!", "errorValue"],
    ["a boolean", true, "notNumber"],
    ["a date typed as text", "31.03.2026", "notNumber"],
  ])("%s as a score is named, kept as typed, and the other scores still count", (_, value, code) => {
    const r = read(parseReadiness(readinessGrid().set("I12", value).set("I10", 4).set("I11", 2).done()));
    expect(codes(r.problems)).toEqual([`I12 ${code}`]);
    expect(r.problems[0]!.sheet).toBe("Readiness");
    expectNamed(r.problems);
    expect(r.model.conditions[2]!.scores[0]).toEqual({ value, ...(code === "errorValue" ? { error: true } : {}) });
    expect(r.model.conditions.slice(0, 2).map((c) => c.scores[0])).toEqual([4, 2]);
  });

  it("a formula typed into a score cell counts with its result and is kept as a formula", () => {
    const r = read(parseReadiness(readinessGrid().set("I10", 4, "=2+2").set("I11", "#DIV/0!", "=1/0").done()));
    expect(r.model.conditions[0]!.scores[0]).toEqual({ value: 4, formula: "=2+2" });
    expect(codes(r.problems)).toEqual(["I11 errorValue"]);
  });

  it("a formula whose result is empty text is a blank score, kept; results 0 and FALSE are named as what they are", () => {
    const r = read(
      parseReadiness(
        readinessGrid().set("I10", "", '=IF(1,"",3)').set("I11", 0, "=1-1").set("I12", false, "=1>2").set("D4", "", '=IF(1,"",4)').done(),
      ),
    );
    expect(r.model.conditions[0]!.scores[0]).toEqual({ value: "", formula: '=IF(1,"",3)' });
    expect(r.problems.map((p) => [p.cell, p.code, p.value, p.kind])).toEqual([
      ["I11", "outOfRange", "0", "number"],
      ["I12", "notNumber", "false", "boolean"],
    ]);
  });

  it("text that starts with = (typed as '=…) stays text, in notes and in score cells", () => {
    const r = read(parseReadiness(readinessGrid().set("H10", "=> call Anna").set("I11", "=5").done()));
    expect(r.model.conditions[0]!.note).toBe("=> call Anna");
    expect(r.model.conditions[1]!.scores[0]).toEqual({ value: "=5" });
    expect(codes(r.problems)).toEqual(["I11 notNumber"]);
  });

  it("respondents named like the columns before them (Status, Max, Notes) stay respondents, with their scores", () => {
    const names = ["Status", "Max", "Notes"];
    const g = new Edited(specToGrid(renderReadiness(withRespondents(defaultReadinessModel(), names), "en")))
      .set("I10", 1)
      .set("J10", 2)
      .set("K10", 3);
    const r = read(parseReadiness(g.done()));
    expect(r.model.respondents).toEqual(names);
    expect(r.model.conditions[0]!.scores).toEqual([1, 2, 3]);
    expect(r.problems).toEqual([]);
    expect(r.strays).toEqual([]);
  });

  it("the threshold is read beside its label when the first respondent's column was emptied", () => {
    const g = twoRespondents().set("D4", 2.5).set("J10", 4);
    for (const row of [9, 10, 11]) g.set(`I${row}`, "");
    const r = read(parseReadiness(g.done()));
    expect(r.model.threshold).toBe(2.5);
    expect(r.model.respondents).toEqual(["Benelux"]);
    expect(r.model.conditions[0]!.scores).toEqual([4]);
  });

  it("a very long entry is quoted by its start in the message, and kept whole", () => {
    const long = "much ".repeat(8_000);
    const r = read(parseReadiness(readinessGrid().set("I12", long).done()));
    expect(r.model.conditions[2]!.scores[0]).toEqual({ value: long });
    for (const lang of LANGS) expect(problemMessage(r.problems[0]!, lang).length).toBeLessThan(200);
    expect(problemMessage(r.problems[0]!, "en")).toContain('"much much much much much much much much…"');
  });

  it("an invalid threshold falls back to 3 and is named", () => {
    const r = read(parseReadiness(readinessGrid().set("D4", "high").done()));
    expect(codes(r.problems)).toEqual(["D4 thresholdInvalid"]);
    expectNamed(r.problems);
  });

  it("very long text, emoji and right-to-left text are read exactly", () => {
    const long = "Budget ".repeat(4_000).trim();
    const r = read(
      parseReadiness(readinessGrid().set("B24", "صفقة 🤝 مع العميل").set("I24", 3).set("H10", long).set("H11", "🚀 שלום").done()),
    );
    expect(r.problems).toEqual([]);
    expect(r.model.conditions[14]).toMatchObject({ text: "صفقة 🤝 مع العميل", scores: [3] });
    expect(r.model.conditions[0]!.note).toBe(long);
    expect(r.model.conditions[1]!.note).toBe("🚀 שלום");
  });

  it("merged cells read as the top-left value, the rest as empty", () => {
    const r = read(parseReadiness(readinessGrid().set("I10", 4).merge("B10", "C10").merge("H11", "H12").set("H11", "both").done()));
    expect(r.model.conditions[0]).toMatchObject({ notApplicable: false, scores: [4] });
    expect(r.model.conditions.slice(1, 3).map((c) => c.note)).toEqual(["both", ""]);
  });

  it("inserted blank rows and columns do not change what is read", () => {
    const before = read(parseReadiness(twoRespondents().set("I10", 4).set("J10", 2).set("J11", 5).done()));
    const after = read(
      parseReadiness(
        twoRespondents()
          .set("I10", 4)
          .set("J10", 2)
          .set("J11", 5)
          .insertRows(1, 2)
          .insertRows(14)
          .insertColumn("C")
          .insertColumn("F")
          .done(),
      ),
    );
    expect(after.model).toEqual(before.model);
    expect(after.problems).toEqual([]);
    expect(after.strays).toEqual([]);
    // the rows moved: selecting a condition selects where it is now
    expect(after.conditionRows.slice(0, 5)).toEqual([11, 12, 14, 15, 16]);
  });

  it("entries in an inserted column are named and make re-creating refuse, not lose them", () => {
    const r = read(parseReadiness(readinessGrid().set("I10", 4).insertColumn("C").set("C9", "Owner").set("C12", "Anna").done()));
    expect(r.model.conditions[0]!.scores).toEqual([4]);
    expect(codes(r.problems)).toEqual(["C9 strayColumn"]);
    expectNamed(r.problems);
    expect(r.strays).toEqual(["C9", "C12"]);
  });

  it("a missing header row makes the sheet unreadable, named at A1", () => {
    const r = parseReadiness(readinessGrid().deleteRow(9).done());
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([{ sheet: "Readiness", cell: "A1", code: "headerMissing", value: "" }]);
    expectNamed(r.problems);
  });

  it("a sheet of an older layout (no legend, no n/a and no notes column) still reads", () => {
    // the layout of earlier versions: the score column before the status, here without n/a, notes and legend
    const status = (row: number) => `=IF(COUNT(C${row})=0,"not rated",IF(C${row}<$D$3,"weak",""))`;
    const old = gridFromValues("Readiness", [
      ...earlierTop("C9:C22", null, "$D$3", false),
      ["No.", "Condition", "Score", "Status"],
      ...STANDARD_CONDITIONS.map((c, i) => [c.id, c.text.en, i === 0 ? 4 : i === 1 ? 1 : null, status(9 + i)]),
    ]);
    const r = read(parseReadiness(old));
    expect(r.model.conditions.slice(0, 2).map((c) => c.scores)).toEqual([[4], [1]]);
    expect(r.model.conditions).toHaveLength(14);
    expect(r.problems).toEqual([]);
  });

  it("a sheet of the older layout with n/a, respondents, mean, min, max, status and notes reads, and names computed cells typed over", () => {
    // earlier versions put the respondents first and the mean, min and max (with two or more) before the status
    const computed = (row: number) => [
      `=AVERAGE(D${row}:E${row})`,
      `=MIN(D${row}:E${row})`,
      `=MAX(D${row}:E${row})`,
      `=IF(COUNT(D${row}:E${row})=0,"not rated","")`,
    ];
    const rows = STANDARD_CONDITIONS.map((c, i): ReadValue[] => [
      c.id,
      c.text.en,
      i === 1 ? "x" : "",
      i === 0 ? 4 : "",
      i === 0 ? 2 : "",
      ...computed(10 + i),
      i === 0 ? "check" : "",
    ]);
    const old = () =>
      new Edited(
        gridFromValues("Readiness", [
          ...earlierTop("D10:E23", "C10:C23", "$D$4", true),
          ["No.", "Condition", "n/a", "HQ", "Benelux", "Mean", "Min", "Max", "Status", "Notes"],
          ...rows,
        ]),
      );
    const r = read(parseReadiness(old().done()));
    expect(r.model.respondents).toEqual(["HQ", "Benelux"]);
    expect(r.model.conditions.slice(0, 2).map((c) => [c.scores, c.notApplicable, c.note])).toEqual([
      [[4, 2], false, "check"],
      [[null, null], true, ""],
    ]);
    expect(r.model.conditions).toHaveLength(14);
    expect(r.problems).toEqual([]);
    const typedOver = read(parseReadiness(old().set("F10", 3).set("G11", 1).set("H12", 5).set("I13", "weak").done()));
    expect(codes(typedOver.problems)).toEqual([
      "F10 computedOverwritten",
      "G11 computedOverwritten",
      "H12 computedOverwritten",
      "I13 computedOverwritten",
    ]);
    // with its status column deleted, the mean, min and max are still found and are no respondents
    const noStatus = read(parseReadiness(old().deleteColumn("I").done()));
    expect([noStatus.model.respondents, noStatus.model.conditions[0]!.scores, noStatus.model.conditions[0]!.note]).toEqual([
      ["HQ", "Benelux"],
      [4, 2],
      "check",
    ]);
    // a respondent named like a closing column stays a respondent (they are searched from the right)
    const namedStatus = read(parseReadiness(old().set("D9", "Status").done()));
    expect([namedStatus.model.respondents, namedStatus.model.conditions[0]!.scores, namedStatus.problems]).toEqual([
      ["Status", "Benelux"],
      [4, 2],
      [],
    ]);
    // a respondent's title typed over with a space: no respondent any more, so their scores are named, not lost
    const untitled = read(parseReadiness(old().set("D9", " ").done()));
    expect([untitled.model.respondents, untitled.model.conditions[0]!.scores, codes(untitled.problems)]).toEqual([
      ["Benelux"],
      [2],
      ["D9 strayColumn"],
    ]);
  });

  it("a hidden row is read like any other (Office.js returns hidden cells' values)", () => {
    // hiding changes nothing in what the add-in reads; a filtered-out condition still counts
    const r = read(parseReadiness(readinessGrid().set("I15", 1).done()));
    expect(r.model.conditions[5]!.scores).toEqual([1]);
  });
});

describe("the readiness checklist as users change it", () => {
  it("a cleared threshold is the default, 3, and no problem", () => {
    const r = read(parseReadiness(readinessGrid().set("D4", "").done()));
    expect([r.model.threshold, r.problems]).toEqual([3, []]);
  });

  it("a threshold from a formula is kept as the formula and counts with its result; an error result is named", () => {
    const r = read(parseReadiness(readinessGrid().set("D4", 2, "=1+1").done()));
    expect([r.model.threshold, r.problems]).toEqual([{ value: 2, formula: "=1+1" }, []]);
    const blank = read(parseReadiness(readinessGrid().set("D4", "", '=IF(TRUE(),"")').done()));
    expect([blank.model.threshold, blank.problems]).toEqual([{ value: "", formula: '=IF(TRUE(),"")' }, []]);
    const error = read(parseReadiness(readinessGrid().set("D4", "#REF!", "=#REF!").done()));
    expect(error.model.threshold).toEqual({ value: "#REF!", error: true, formula: "=#REF!" });
    expect(problemsOf(error)).toEqual([["D4", "thresholdInvalid", "#REF!", null]]);
  });

  it("a result typed over by hand is named with the label of what the sheet computes there", () => {
    const r = read(parseReadiness(readinessGrid().set("D5", 4.5).set("D8", "Ready").done()));
    expect(problemsOf(r)).toEqual([
      ["D5", "computedOverwritten", "4.5", "Readiness index (1–5)"],
      ["D8", "computedOverwritten", "Ready", "Verdict"],
    ]);
    expectNamed(r.problems);
  });

  it("a computed cell typed over in a condition row is named; in a spare row, only when something was typed", () => {
    const r = read(parseReadiness(readinessGrid().set("D10", "weak").set("E30", 4).set("D31", "").set("F31", "").done()));
    expect(problemsOf(r)).toEqual([
      ["D10", "computedOverwritten", "weak", "Finding"],
      ["E30", "computedOverwritten", "4", "Mean"],
    ]);
  });

  it("a condition typed below the rows the formulas cover is read, named and left out of the results", () => {
    const r = read(parseReadiness(readinessGrid().set("B44", "Late condition").set("I44", 2).done()));
    expect(problemsOf(r)).toEqual([["B44", "outsideRow", "Late condition", null]]);
    expect(r.model.conditions.slice(14)).toEqual([
      { id: "R15", text: "Late condition", notApplicable: false, scores: [2], note: "", ignored: "outside" },
    ]);
    expect(r.conditionRows.slice(14)).toEqual([43]);
  });

  it("a condition's text is read without the spaces around it; a row with a score and no text is a condition", () => {
    const r = read(parseReadiness(readinessGrid().set("B24", "  Training budget  ").set("I25", 3).set("B26", "   ").done()));
    expect(r.model.conditions.slice(14).map((c) => [c.id, c.text, c.scores])).toEqual([
      ["R15", "Training budget", [null]],
      ["R16", "", [3]],
      // spaces alone are kept as typed: the row stays the condition it was made
      ["R17", "   ", [null]],
    ]);
  });

  it("an n/a mark typed another way counts and is written back as typed", () => {
    const r = read(parseReadiness(readinessGrid().set("C10", "n/a").set("C11", " X ").done()));
    expect(r.model.conditions.slice(0, 3).map((c) => [c.notApplicable, c.notApplicableAs ?? null])).toEqual([
      [true, "n/a"],
      [true, null],
      [false, null],
    ]);
  });

  it("tells re-creating which block is the sheet's: the table to the last filled row, the rules to the last spare column", () => {
    const r = read(parseReadiness(twoRespondents().done()));
    // A9 to J43: header, 14 conditions and 20 spare rows; the rules reach the spare respondent columns to T
    expect([r.extent, r.covered]).toEqual([
      { rows: 43, cols: 10 },
      { row: 8, col: 0, rows: 35, cols: 20 },
    ]);
    const below = read(parseReadiness(twoRespondents().set("B45", "Late").done()));
    expect([below.extent, below.covered]).toEqual([
      { rows: 45, cols: 10 },
      { row: 8, col: 0, rows: 37, cols: 20 },
    ]);
  });

  it("a score typed in a spare respondent column counts; a value typed past the columns the formulas cover is named", () => {
    const r = read(parseReadiness(twoRespondents().set("K10", 5).set("U10", 2).done()));
    expect(r.model.respondents).toEqual(["HQ", "Benelux", ""]);
    expect(r.model.conditions[0]!.scores).toEqual([null, null, 5]);
    expect(codes(r.problems)).toEqual(["U10 outsideColumn"]);
  });

  it("a value typed beside a condition below the covered rows, where the sheet computes, is named, as it would not be kept", () => {
    const r = read(parseReadiness(readinessGrid().set("B45", "Late").set("E45", 4).done()));
    expect(codes(r.problems)).toEqual(["B45 outsideRow", "E45 strayColumn"]);
  });

  it("respondents named Min and Max stay respondents when the min and max columns were deleted", () => {
    const g = new Edited(specToGrid(renderReadiness(withRespondents(defaultReadinessModel(), ["Max", "Min"]), "en")));
    const r = read(parseReadiness(g.deleteColumn("F").deleteColumn("F").set("G10", 4).set("H10", 2).done()));
    expect(r.model.respondents).toEqual(["Max", "Min"]);
    expect(r.model.conditions[0]!.scores).toEqual([4, 2]);
    expect(r.problems).toEqual([]);
  });

  it("a formula the user put in a condition's text or n/a cell is written back as that formula", () => {
    const r = read(
      parseReadiness(
        readinessGrid().set("B24", "Budget", '=CONCAT("Bud","get")').set("C24", "x", '=IF(TRUE(),"x","")').set("I24", 2).done(),
      ),
    );
    const row24 = specToGrid(renderReadiness(r.model, "en")).formulas[23]!;
    expect([row24[1], row24[2], row24[8]]).toEqual(['=CONCAT("Bud","get")', '=IF(TRUE(),"x","")', 2]);
  });

  it("with the spare rows' computed cells cleared, a condition typed there still counts: the results reach it", () => {
    const g = readinessGrid();
    for (let row = 24; row <= 43; row++) for (const col of ["D", "E", "F", "G"]) g.set(`${col}${row}`, "");
    const r = read(parseReadiness(g.set("B40", "Late").set("I40", 2).done()));
    // its own computed cells are empty, which is named (re-creating fills them), but it is no row outside the sheet
    expect(codes(r.problems)).toEqual([
      "D40 computedOverwritten",
      "E40 computedOverwritten",
      "F40 computedOverwritten",
      "G40 computedOverwritten",
    ]);
    expect(r.model.conditions.slice(14)).toEqual([{ id: "R15", text: "Late", notApplicable: false, scores: [2], note: "" }]);
  });

  it("with the results cleared, the rows' own formulas still tell where the sheet ends", () => {
    const g = readinessGrid();
    for (const row of [5, 6, 7, 8]) g.set(`D${row}`, "");
    const r = read(parseReadiness(g.set("B45", "Late").done()));
    expect(codes(r.problems)).toContain("B45 outsideRow");
    expect(r.model.conditions[14]!.ignored).toBe("outside");
  });

  it("a checklist pasted as values (no formulas left) reads every condition, none outside, nothing stray", () => {
    const pasted = specToGrid(renderReadiness(withRespondents(defaultReadinessModel(), ["HQ"]), "en"));
    const g = new Edited(gridFromValues("Readiness", pasted.values)).set("I10", 4).set("B30", "Own");
    const r = read(parseReadiness(g.done()));
    expect(r.model.conditions.map((c) => c.ignored ?? "read")).toEqual(new Array(15).fill("read"));
    expect([r.model.conditions[0]!.scores, r.model.conditions[14]!.text, r.strays]).toEqual([[4], "Own", []]);
  });

  it("a respondent named Score beside others keeps the name", () => {
    const r = read(
      parseReadiness(new Edited(specToGrid(renderReadiness(withRespondents(defaultReadinessModel(), ["Score", "HQ"]), "en"))).done()),
    );
    expect(r.model.respondents).toEqual(["Score", "HQ"]);
  });

  it("without its label row the threshold is the default, 3", () => {
    const r = read(parseReadiness(readinessGrid().deleteRow(4).done()));
    expect(r.model.threshold).toBe(3);
  });

  it("a row with only a note is a remark: kept with its first cell as typed, no condition, no id", () => {
    const r = read(parseReadiness(readinessGrid().set("A24", "NB").set("H24", "ask finance").done()));
    expect(r.model.conditions.slice(14)).toEqual([
      { id: "NB", text: "", notApplicable: false, scores: [null], note: "ask finance", ignored: "remark" },
    ]);
    expect(r.problems).toEqual([]);
  });
});

describe("bad input in the competence assessment", () => {
  const grid = () => new Edited(specToGrid(renderCompetences(withCandidates(defaultCompetenceModel("default"), ["Anna", "Bert"]), "en")));

  it.each<[string, string, ReadValue, ProblemCode]>([
    ["a rating as text", "G11", "very good", "notNumber"],
    ["a rating above the scale", "H11", 6, "outOfRange"],
    ["a negative rating", "G12", -1, "outOfRange"],
    ["a decimal rating", "G13", 3.5, "notWhole"],
    ["#N/A as a rating", "H13", "#N/A", "errorValue"],
    ["a required level out of range", "C11", 9, "outOfRange"],
    ["a weight of 4", "D11", 4, "weightInvalid"],
    ["#REF! as a weight", "D12", "#REF!", "errorValue"],
  ])("%s is named and kept as typed", (_, address, value, code) => {
    const r = read(parseCompetences(grid().set(address, value).set("G14", 4).done()));
    // the header is on row 9; C01 on row 10, so G14 is C05's rating by Anna
    expect(codes(r.problems)).toEqual([`${address} ${code}`]);
    expect(r.problems[0]!.sheet).toBe("Competences");
    expectNamed(r.problems);
    expect(r.model.requirements[4]!.ratings[0]).toBe(4);
  });

  it('quotes only what was typed as text: a weight of 4 is a number, "4" typed as text is text, TRUE is shown as the sheet shows it', () => {
    const [number, text, flag] = read(parseCompetences(grid().set("D11", 4).set("D12", "4").set("D13", true).done())).problems;
    expect(problemMessage(number!, "en")).toBe("Competences!D11: 4 is not a valid weight (1, 2 or 3); 2 applies.");
    expect(problemMessage(text!, "en")).toBe('Competences!D12: "4" is not a valid weight (1, 2 or 3); 2 applies.');
    expect(problemMessage(flag!, "de")).toBe("Competences!D13: WAHR ist kein gültiges Gewicht (1, 2 oder 3); es gilt 2.");
    expect(problemMessage(flag!, "nl")).toBe("Competences!D13: WAAR is geen geldig gewicht (1, 2 of 3); er wordt 2 gebruikt.");
  });

  it("an assessment pasted as values (no formulas left) reads every competence and rating, none outside, nothing stray", () => {
    const pasted = specToGrid(renderCompetences(withCandidates(defaultCompetenceModel("default"), ["Anna"]), "en"));
    // a space typed in a spare column's header is no title, and does not hide the titled candidates
    const r = read(parseCompetences(new Edited(gridFromValues("Competences", pasted.values)).set("G11", 4).set("I9", " ").done()));
    expect(r.model.candidates).toEqual(["Anna"]);
    expect(r.model.requirements.map((q) => q.ignored ?? "read")).toEqual(new Array(8).fill("read"));
    expect([r.model.requirements[1]!.ratings, r.strays]).toEqual([[4], []]);
  });

  it("names results typed over by hand, with what they compute, and creating the sheet again restores them", () => {
    const r = read(parseCompetences(grid().set("G4", 0.9).set("H8", 1).set("F10", 2).done()));
    expect(r.problems.map((p) => [p.cell, p.code, p.value, p.expected])).toEqual([
      ["G4", "computedOverwritten", "0.9", "Fit (Anna)"],
      ["H8", "computedOverwritten", "1", "Rank (Bert)"],
      ["F10", "computedOverwritten", "2", "Met by"],
    ]);
    expectNamed(r.problems);
    const again = renderCompetences(r.model, "en");
    expect(
      [again.cells[3]![6], again.cells[7]![7], again.cells[9]![5]].every((c) => typeof c === "object" && c !== null && "formula" in c),
    ).toBe(true);
  });

  it("reads through inserted rows and columns, and names entries in an inserted column", () => {
    const g = grid().set("G11", 4).set("H12", 2).insertRows(1).insertColumn("F").insertColumn("B").done();
    const r = read(parseCompetences(g));
    expect(r.model.candidates).toEqual(["Anna", "Bert"]);
    expect(r.model.requirements[1]!.ratings).toEqual([4, null]);
    expect(r.model.requirements[2]!.ratings).toEqual([null, 2]);
    expect(r.strays).toEqual([]);
    const withEntry = read(parseCompetences(grid().insertColumn("F").set("F13", "interview on Monday").done()));
    expect(codes(withEntry.problems)).toEqual(["F13 strayColumn"]);
    expect(withEntry.model.candidates).toEqual(["Anna", "Bert"]);
  });

  it('a candidate named like the "Met by" column stays a candidate', () => {
    const named = new Edited(specToGrid(renderCompetences(withCandidates(defaultCompetenceModel("default"), ["Met by", "Bert"]), "en")));
    const r = read(parseCompetences(named.set("G10", 5).done()));
    expect(r.model.candidates).toEqual(["Met by", "Bert"]);
    expect(r.model.requirements[0]!.ratings).toEqual([5, null]);
    expect(r.problems).toEqual([]);
  });

  it("emoji and right-to-left candidate names are read exactly", () => {
    const r = read(parseCompetences(grid().set("G9", "أحمد 🌟").set("G10", 5).done()));
    expect(r.model.candidates[0]).toBe("أحمد 🌟");
    expect(r.model.requirements[0]!.ratings[0]).toBe(5);
  });
});

describe("the competence assessment as users change it", () => {
  // Anna in G and Bert in H, spare candidate columns I to R; C01 to C08 in rows 10 to 17, spare rows to 37
  const grid = () => new Edited(specToGrid(renderCompetences(withCandidates(defaultCompetenceModel("default"), ["Anna", "Bert"]), "en")));
  const added = (r: CompetenceRead) => r.model.requirements.slice(8);

  it("a rating typed in a spare candidate column counts as an unnamed candidate's; a value past the columns the formulas cover is named", () => {
    const r = read(parseCompetences(grid().set("I11", 4).set("S11", 2).done()));
    expect([r.model.candidates, r.candidateCols, r.model.requirements[1]!.ratings]).toEqual([
      ["Anna", "Bert", ""],
      [6, 7, 8],
      [null, null, 4],
    ]);
    expect(problemsOf(r)).toEqual([["S11", "outsideCandidateColumn", "2", null]]);
    // the message sends the user right of the candidates (a checklist's says respondents)
    expect(
      ["de", "nl", "en"].map((lang) => /kandidaten|candidates/i.test(problemMessage(r.problems[0]!, lang as "de" | "nl" | "en"))),
    ).toEqual([true, true, true]);
    // with the first competence's "Met by" typed over, the next one's formula still tells how far the columns go
    const over = read(parseCompetences(grid().set("F10", 2).set("S11", 2).done()));
    expect([over.model.candidates, codes(over.problems)]).toEqual([
      ["Anna", "Bert"],
      ["S11 outsideCandidateColumn", "F10 computedOverwritten"],
    ]);
  });

  it("in an assessment without candidates yet, a rating typed in the first candidate column counts", () => {
    const empty = new Edited(specToGrid(renderCompetences(defaultCompetenceModel("default"), "en")));
    const r = read(parseCompetences(empty.set("G10", 5).done()));
    expect([r.model.candidates, r.model.requirements[0]!.ratings, r.problems]).toEqual([[""], [5], []]);
  });

  it("a competence typed in the last row the formulas cover counts; one typed below is read, named and left out of the results", () => {
    const r = read(parseCompetences(grid().set("B37", "Speaks Dutch").set("G37", 3).set("B38", "Late").set("G38", 2).done()));
    expect(problemsOf(r)).toEqual([["B38", "outsideRow", "Late", null]]);
    expect(added(r)).toEqual([
      { id: "C15", text: "Speaks Dutch", required: 4, weight: 2, mustHave: false, ratings: [3, null] },
      { id: "C16", text: "Late", required: 4, weight: 2, mustHave: false, ratings: [2, null], ignored: "outside" },
    ]);
    expect(r.competenceRows.slice(8)).toEqual([36, 37]);
  });

  it("tells re-creating which block is the sheet's: the table to the last filled row, the rules to the last spare column", () => {
    const r = read(parseCompetences(grid().done()));
    // A9 to R37: header, 8 competences and 20 spare rows; candidates G and H, spare columns I to R
    expect([r.extent, r.covered]).toEqual([
      { rows: 37, cols: 18 },
      { row: 0, col: 0, rows: 37, cols: 18 },
    ]);
    const below = read(parseCompetences(grid().set("B40", "Late").done()));
    expect([below.extent, below.covered]).toEqual([
      { rows: 40, cols: 18 },
      { row: 0, col: 0, rows: 40, cols: 18 },
    ]);
  });

  it("a competence's \"Met by\" cleared is named; a spare row's only when something was typed; below the covered rows a value there is named as not kept", () => {
    const r = read(parseCompetences(grid().set("F11", "").set("F20", "").set("F21", 3).set("B40", "Late").set("F40", 1).done()));
    expect(problemsOf(r)).toEqual([
      ["F11", "computedOverwritten", "", "Met by"],
      ["F21", "computedOverwritten", "3", "Met by"],
      ["B40", "outsideRow", "Late", null],
      ["F40", "strayColumn", "1", null],
    ]);
    expect(r.strays).toEqual(["F40"]);
    expectNamed(r.problems);
  });

  it("a spare row's \"Met by\" cleared beside a note past the covered columns: only the note's column is named", () => {
    const r = read(parseCompetences(grid().set("F20", "").set("S20", "call back").done()));
    expect(problemsOf(r)).toEqual([["S20", "outsideCandidateColumn", "call back", null]]);
  });

  it("values typed below the covered rows in a spare candidate column or the last one are named once each, as they would not be kept", () => {
    const r = read(parseCompetences(grid().set("B40", "Late").set("I40", 2).set("R40", 1).done()));
    expect(codes(r.problems)).toEqual(["B40 outsideRow", "I40 strayColumn", "R40 strayColumn"]);
    expect(r.strays).toEqual(["I40", "R40"]);
  });

  it("above the header: a note beside a result label is named; a row number left of a label, an edited label and a value right of the sheet are not", () => {
    const r = read(parseCompetences(grid().set("E5", "check").set("A6", "3.").set("B4", "Fit in %").set("S4", "note").done()));
    // with its label edited, the fit row's formulas are still the sheet's: nothing of the user's is there to keep
    expect(problemsOf(r)).toEqual([["E5", "strayColumn", "check", null]]);
    expect(r.strays).toEqual(["E5"]);
  });

  it("a formula of the user's beside the results, left or right of the candidates, does not move where the sheet ends", () => {
    const r = read(parseCompetences(grid().set("F4", 0, "=SUM(G10:G5000)").set("Z4", 0, "=SUM(H10:H5000)").done()));
    expect([r.extent, r.strays]).toEqual([{ rows: 37, cols: 18 }, ["F4"]]);
  });

  it("a value typed over a spare candidate's result is named with what the cell computes; a note above the header is named as not kept", () => {
    const r = read(parseCompetences(grid().set("I4", 0.5).set("G2", "ask HR").done()));
    expect(problemsOf(r)).toEqual([
      ["I4", "computedOverwritten", "0.5", "Fit"],
      ["G2", "strayColumn", "ask HR", null],
    ]);
    expect(r.strays).toEqual(["G2"]);
  });

  it("a row with only its first cell typed is a remark: kept as typed, no competence, no id; a row with a rating and no text is a competence", () => {
    // the remark's "Met by" cleared as well: nothing is lost there, as it is blank in a row that is no competence
    const r = read(parseCompetences(grid().set("A18", "NB").set("F18", "").set("B19", "Speaks Dutch").set("H20", 3).done()));
    expect(added(r)).toEqual([
      { id: "NB", text: null, required: { value: "" }, weight: { value: "" }, mustHave: false, ratings: [null, null], ignored: "remark" },
      { id: "C15", text: "Speaks Dutch", required: 4, weight: 2, mustHave: false, ratings: [null, null] },
      { id: "C16", text: "", required: 4, weight: 2, mustHave: false, ratings: [null, 3] },
    ]);
    expect(r.problems).toEqual([]);
  });

  it("a row with only a standard competence's number stays a remark when the sheet is created again: it gets no standard text", () => {
    const r = read(parseCompetences(grid().set("A20", "C12").done()));
    expect(added(r)).toEqual([
      { id: "C12", text: null, required: { value: "" }, weight: { value: "" }, mustHave: false, ratings: [null, null], ignored: "remark" },
    ]);
    // created again, the rows close up: it follows C08 in row 18
    const row18 = specToGrid(renderCompetences(r.model, "en")).values[17]!;
    expect(row18.slice(0, 5)).toEqual(["C12", "", "", "", ""]);
  });

  it('a 0 typed as a competence\'s text makes no competence, as on the sheet ("Met by" stays blank): the row is a remark, kept', () => {
    const r = read(parseCompetences(grid().set("B18", 0).done()));
    expect(added(r)).toEqual([
      { id: "", text: "0", required: { value: "" }, weight: { value: "" }, mustHave: false, ratings: [null, null], ignored: "remark" },
    ]);
    expect(r.problems).toEqual([]);
  });

  it("with every competence deleted, the assessment reads as one without competences, its spare rows still the sheet's", () => {
    const g = grid();
    for (let row = 10; row <= 17; row++) for (const col of "ABCDE") g.set(`${col}${row}`, "");
    const r = read(parseCompetences(g.done()));
    expect([r.model.requirements, r.problems, r.extent]).toEqual([[], [], { rows: 37, cols: 18 }]);
  });

  it('a competence named like a result ("Fit") right below the header stays a competence with its ratings', () => {
    const r = read(parseCompetences(grid().set("B10", "Fit").set("G10", 3).done()));
    expect([r.model.requirements[0]!.text, r.model.requirements[0]!.ratings, r.problems]).toEqual(["Fit", [3, null], []]);
  });

  it("a competence's text is read without the spaces around it; spaces alone are kept as typed", () => {
    const r = read(parseCompetences(grid().set("B18", "  Speaks Dutch  ").set("B19", "   ").done()));
    expect(added(r).map((q) => [q.id, q.text])).toEqual([
      ["C15", "Speaks Dutch"],
      ["C16", "   "],
    ]);
  });

  it("a must-have typed another way counts and is written back as typed", () => {
    const r = read(parseCompetences(grid().set("E10", "yes").set("E11", " X ").set("E12", 0).done()));
    expect(r.model.requirements.slice(0, 3).map((q) => [q.mustHave, q.mustHaveAs ?? null])).toEqual([
      [true, "yes"],
      [true, null],
      [false, 0],
    ]);
  });

  it("a formula the user put in a competence's text or must-have cell is written back as that formula", () => {
    const r = read(
      parseCompetences(grid().set("B18", "Budget", '=CONCAT("Bud","get")').set("E18", "x", '=IF(TRUE(),"x","")').set("G18", 2).done()),
    );
    const row18 = specToGrid(renderCompetences(r.model, "en")).formulas[17]!;
    expect([row18[1], row18[4], row18[6]]).toEqual(['=CONCAT("Bud","get")', '=IF(TRUE(),"x","")', 2]);
  });

  it('with the spare rows\' "Met by" cleared, a competence typed there still counts: the results reach it', () => {
    const g = grid();
    for (let row = 18; row <= 37; row++) g.set(`F${row}`, "");
    const r = read(parseCompetences(g.set("B30", "Late").set("G30", 2).done()));
    // its own "Met by" is empty, which is named (re-creating fills it), but it is no row outside the sheet
    expect(problemsOf(r)).toEqual([["F30", "computedOverwritten", "", "Met by"]]);
    expect(added(r)).toEqual([{ id: "C15", text: "Late", required: 4, weight: 2, mustHave: false, ratings: [2, null] }]);
  });

  it("with the results cleared, the rows' own formulas still tell where the sheet ends", () => {
    const g = grid();
    for (let row = 4; row <= 8; row++) for (const col of "GHIJKLMNOPQR") g.set(`${col}${row}`, "");
    const r = read(parseCompetences(g.set("B40", "Late").done()));
    expect(codes(r.problems)).toEqual(
      [..."45678"].flatMap((row) => [`G${row} computedOverwritten`, `H${row} computedOverwritten`]).concat("B40 outsideRow"),
    );
    expect(added(r)[0]!.ignored).toBe("outside");
  });

  it('with the "Met by" column deleted, candidates and ratings still read, and nothing is named', () => {
    const r = read(parseCompetences(grid().deleteColumn("F").set("F10", 5).done()));
    expect([r.model.candidates, r.candidateCols, r.model.requirements[0]!.ratings, r.problems]).toEqual([
      ["Anna", "Bert"],
      [5, 6],
      [5, null],
      [],
    ]);
  });

  it("a sheet without its header row is not read, and says so at A1", () => {
    const r = parseCompetences(gridFromValues("Competences", [["Competences"], ["Who already brings the required competences?"]]));
    expect(r).toEqual({ ok: false, problems: [{ sheet: "Competences", cell: "A1", code: "headerMissing", value: "" }] });
  });
});

describe('an assessment of an earlier version (candidates first, "Met by" last)', () => {
  it("reads its candidates, not the must-have column, and names a competence typed below its formulas", () => {
    const r = read(
      parseCompetences(new Edited(gridFromValues("Competences", earlierAssessment())).set("B17", "Speaks Dutch").set("G17", 1).done()),
    );
    expect([r.model.candidates, r.candidateCols]).toEqual([
      ["Anna", "Bert"],
      [5, 6],
    ]);
    expect(r.model.requirements.slice(0, 2).map((q) => [q.mustHave, q.ratings])).toEqual([
      [true, [4, 2]],
      [false, [4, 5]],
    ]);
    expect(problemsOf(r)).toEqual([["B17", "outsideRow", "Speaks Dutch", null]]);
    expect(r.model.requirements[8]).toMatchObject({ text: "Speaks Dutch", ratings: [null, 1], ignored: "outside" });
    // a candidate named "Met by" stays a candidate: the column closing the list is the last of that title
    const named = read(parseCompetences(new Edited(gridFromValues("Competences", earlierAssessment())).set("F8", "Met by").done()));
    expect([named.model.candidates, named.candidateCols, named.problems]).toEqual([["Met by", "Bert"], [5, 6], []]);
    // its formulas reach rows 9 to 16 and columns F to H: so does the block re-creating replaces
    expect([r.extent, r.covered]).toEqual([{ rows: 17, cols: 8 }, undefined]);
  });

  it("with its results cleared, its rows' own formulas still tell where it ends", () => {
    const g = new Edited(gridFromValues("Competences", earlierAssessment()));
    for (const row of [4, 5, 6, 7]) g.set(`F${row}`, "").set(`G${row}`, "");
    const r = read(parseCompetences(g.set("B17", "Speaks Dutch").done()));
    expect(codes(r.problems).slice(-1)).toEqual(["B17 outsideRow"]);
    expect(r.model.requirements[8]!.ignored).toBe("outside");
  });

  it('pasted as values, it still reads its candidates (a space typed right of "Met by" is no title), and names every result and "Met by" cell as typed over', () => {
    const values = earlierAssessment().map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? "" : v)));
    const r = read(parseCompetences(new Edited(gridFromValues("Competences", values)).set("I8", " ").done()));
    expect([r.model.candidates, r.model.requirements[1]!.ratings]).toEqual([
      ["Anna", "Bert"],
      [4, 5],
    ]);
    expect(codes(r.problems)).toEqual([
      ..."4567".split("").flatMap((row) => [`F${row} computedOverwritten`, `G${row} computedOverwritten`]),
      ...Array.from({ length: 8 }, (_, i) => `H${9 + i} computedOverwritten`),
    ]);
  });
});

describe("bad input in the task overview", () => {
  const grid = () => new Edited(specToGrid(renderTasks(defaultTaskModel(), "en")));

  it("a task list pasted as values (no formulas left) reads every task, none outside, nothing stray", () => {
    const pasted = specToGrid(renderTasks(defaultTaskModel(), "en"));
    const r = read(parseTasks(gridFromValues("Tasks", pasted.values)));
    expect(r.model.tasks.map((t) => t.ignored ?? "read")).toEqual(new Array(22).fill("read"));
    expect(r.strays).toEqual([]);
  });

  it("names a note beside the summary, which re-creating would overwrite, and takes no formula of the user's for the summary's reach", () => {
    const r = read(parseTasks(grid().set("H3", "ask Anna").set("J2", "=COUNTA(C13:C50000)").done()));
    expect(r.strays).toEqual(["J2", "H3"]);
    expect(r.extent.rows).toBeLessThan(3000);
  });
  // the header is on row 12; the first task on row 13, start in E and due in F, status G, progress H
  it.each<[string, ReadValue, ProblemCode]>([
    ["a German date typed as text", "31.03.2026", "dateAsText"],
    ["a Dutch date typed as text", "31-03-2026", "dateAsText"],
    ["an English date typed as text", "3/31/2026", "dateAsText"],
    ["an ISO date as text", "2026-03-31", "dateAsText"],
    ["a written-out date as text", "31 März 2026", "dateAsText"],
    ["an English written-out date as text", "March 31, 2026", "dateAsText"],
    ["words", "next week", "notDate"],
    ["#N/A", "#N/A", "errorValue"],
  ])("%s as a due date is named with its reason and kept", (_, value, code) => {
    const r = read(parseTasks(grid().set("F13", value).done()));
    expect(codes(r.problems)).toEqual([`F13 ${code}`]);
    expect(r.problems[0]!.sheet).toBe("Tasks");
    expectNamed(r.problems);
    expect(isKeptEntry(r.model.tasks[0]!.due) && r.model.tasks[0]!.due.value).toBe(value);
    expect(r.model.tasks).toHaveLength(22);
  });

  it.each<[string, string, ReadValue, ProblemCode]>([
    ["progress above 100 %", "H13", 1.5, "progressRange"],
    ["negative progress", "H13", -0.1, "progressRange"],
    ["progress as text", "H13", "half", "progressNotNumber"],
    ["a percentage typed as text", "H13", "50%", "progressNotNumber"],
    ["an unknown status", "G13", "Finished?", "statusUnknown"],
    ["a deleted status", "G13", "", "statusMissing"],
    ["an error as status", "G13", "#N/A", "errorValue"],
    ["an error as progress", "H13", "#DIV/0!", "errorValue"],
    ["a day before Excel's first", "F13", -3, "notDate"],
    ["a day after Excel's last", "F13", 2_958_466, "notDate"],
  ])("%s is named with what was there", (_, address, value, code) => {
    const r = read(parseTasks(grid().set(address, value).done()));
    expect(problemsOf(r)).toEqual([[address, code, String(value), null]]);
    expectNamed(r.problems);
  });

  it("a formula whose result is empty text is a blank date or progress, kept; as a status it is a missing status", () => {
    const blank = (f: string) => ["", f] as const;
    const r = read(
      parseTasks(
        grid()
          .set("F13", ...blank('=IF(1,"",1)'))
          .set("H13", ...blank('=IF(1,"",0.5)'))
          .set("G14", ...blank('=IF(1,"","Done")'))
          .done(),
      ),
    );
    expect(r.model.tasks[0]!.due).toEqual({ value: "", formula: '=IF(1,"",1)' });
    expect(r.model.tasks[0]!.progress).toEqual({ value: "", formula: '=IF(1,"",0.5)' });
    expect(problemsOf(r)).toEqual([["G14", "statusMissing", "", null]]);
  });

  it("says what a progress cell expects, in every language", () => {
    const [problem] = read(parseTasks(grid().set("H13", "50%").done())).problems;
    expect(problemMessage(problem!, "en")).toBe(
      'Tasks!H13: "50%" is not a number; expected progress from 0% to 100%. Enter it as a number (e.g. 50%).',
    );
    expect(problemMessage(problem!, "de")).toBe(
      "Tasks!H13: „50%“ ist keine Zahl; erwartet wird ein Fortschritt von 0 % bis 100 %. Geben Sie den Wert als Zahl ein (z. B. 50 %).",
    );
    expect(problemMessage(problem!, "nl")).toBe(
      "Tasks!H13: “50%” is geen getal; verwacht wordt een voortgang van 0% tot 100%. Voer de waarde als getal in (bijv. 50%).",
    );
  });

  it("a date with a time of day is no problem and is kept with its time; a number or TRUE in notes stays one", () => {
    const r = read(parseTasks(grid().set("E13", 46_000.75).set("J13", 42).set("J14", true).done()));
    expect(r.problems).toEqual([]);
    expect(r.model.tasks[0]!.start).toEqual({ value: 46_000.75 });
    expect(r.model.tasks[0]!.notes).toBe(42);
    expect(r.model.tasks[1]!.notes).toBe(true);
  });

  it("a due date before the start is named by the calendar day, also when the due date has a time of day", () => {
    const r = read(parseTasks(grid().set("E13", 46_001).set("F13", 46_000.75).done()));
    expect(codes(r.problems)).toEqual(["F13 dueBeforeStart"]);
    expect(read(parseTasks(grid().set("E13", 46_000).set("F13", 46_000.75).done())).problems).toEqual([]);
  });

  it("moved and inserted columns still read; entries in an inserted column are named", () => {
    const r = read(parseTasks(grid().set("G13", "Done").insertColumn("C").set("C12", "Budget").set("C14", 1200).done()));
    expect(r.model.tasks[0]!.status).toBe("DONE");
    expect(codes(r.problems)).toEqual(["C12 strayColumn"]);
    expect(r.strays).toEqual(["C12", "C14"]);
  });

  it("a date typed as text is told apart from other text by its whole shape, spaces around and within allowed", () => {
    const named = (value: ReadValue) => codes(read(parseTasks(grid().set("F13", value).done())).problems);
    for (const asText of [
      "  31.03.2026 ",
      "31. 03. 2026",
      "31 .03 .2026",
      "31.03 . 2026",
      "31  März  2026",
      "March  31,  2026",
      "March 31 2026",
      "31 März  2026",
    ])
      expect([asText, named(asText)]).toEqual([asText, ["F13 dateAsText"]]);
    for (const words of [
      "from 31.03.2026",
      "31.03.2026 or later",
      "by 31 März 2026",
      "31 März 2026 latest",
      "by March 31, 2026",
      "March 31, 2026 latest",
    ])
      expect([words, named(words)]).toEqual([words, ["F13 notDate"]]);
    // TRUE is no day, though Excel counts it as 1
    expect(named(true)).toEqual(["F13 notDate"]);
  });

  it("a date, status or progress from a formula is kept as the formula and counts with its result", () => {
    const r = read(
      parseTasks(grid().set("F13", 46_000, "=DATE(2025,12,9)").set("G13", "Done", '=IF(TRUE(),"Done","")').set("H13", 0.5, "=1/2").done()),
    );
    const t = r.model.tasks[0]!;
    expect([t.due, t.status, t.progress]).toEqual([
      { value: 46_000, formula: "=DATE(2025,12,9)" },
      { value: "Done", formula: '=IF(TRUE(),"Done","")' },
      { value: 0.5, formula: "=1/2" },
    ]);
    expect(r.problems).toEqual([]);
  });

  it("progress of exactly 100 % is valid; TRUE as progress is no number", () => {
    expect(read(parseTasks(grid().set("H13", 1).done())).problems).toEqual([]);
    expect(codes(read(parseTasks(grid().set("H13", true).done())).problems)).toEqual(["H13 progressNotNumber"]);
  });

  it("a start without a due date, or a due date without a start, is no problem", () => {
    expect(read(parseTasks(grid().set("E13", 46_001).set("F13", "").done())).problems).toEqual([]);
    expect(read(parseTasks(grid().set("E13", "").set("F13", 46_000).done())).problems).toEqual([]);
  });

  it("a sheet without its header row is not read, and says so at A1", () => {
    expect(parseTasks(gridFromValues("Tasks", [["Tasks"], ["Today", 46_000]]))).toEqual({
      ok: false,
      problems: [{ sheet: "Tasks", cell: "A1", code: "headerMissing", value: "" }],
    });
  });

  it("every problem code has a message in every language", () => {
    for (const lang of LANGS) expect(Object.keys(PROBLEM_TEXT[lang]).sort()).toEqual(Object.keys(PROBLEM_TEXT.en).sort());
  });
});

describe("the task overview as users change it", () => {
  // today in B3; the summary's phases in A5 to A9, the total in A10, computed in B to F; the header in row 12,
  // T01 to T22 in rows 13 to 34, the states in K down to row 2034, which the summary counts; the timeline's Mondays
  // in M12 to AL12
  const grid = () => new Edited(specToGrid(renderTasks(defaultTaskModel(), "en")));

  it("tells re-creating which block is the sheet's: the table, the rows the states and the summary reach, and the timeline", () => {
    const r = read(parseTasks(grid().done()));
    expect([r.extent, r.tableCols, r.own, r.covered]).toEqual([
      { rows: 2034, cols: 11 },
      { first: 0, last: 10 },
      { row: 11, col: 12, rows: 1, cols: 26 },
      { row: 11, col: 12, rows: 2023, cols: 26 },
    ]);
    // a column inserted in the table widens it and moves the timeline
    const moved = read(parseTasks(grid().insertColumn("C").done()));
    expect([moved.tableCols, moved.own?.col, moved.problems]).toEqual([{ first: 0, last: 11 }, 13, []]);
  });

  it("the timeline stays the sheet's while one of its Mondays is a formula, and is not once all are typed over", () => {
    const g = grid();
    const mondays = Array.from({ length: 26 }, (_, i) => columnLetter(12 + i));
    for (const c of mondays.slice(1)) g.set(`${c}12`, 46_000);
    expect(read(parseTasks(g.done())).own).toEqual({ row: 11, col: 12, rows: 1, cols: 26 });
    const r = read(parseTasks(g.set("M12", 46_000).done()));
    expect([r.own, r.covered]).toEqual([undefined, undefined]);
  });

  it("a task typed in the last row the summary counts is read; one below it is named and left out of the results", () => {
    const r = read(parseTasks(grid().set("C2034", "Last").set("G2034", "Open").set("C2035", "Late").set("G2035", "Open").done()));
    expect(problemsOf(r)).toEqual([["C2035", "outsideRow", "Late", null]]);
    expect(r.model.tasks.slice(22).map((t) => [t.id, t.text, t.ignored ?? "read"])).toEqual([
      ["T23", "Last", "read"],
      ["T24", "Late", "outside"],
    ]);
    expect(r.extent.rows).toBe(2035);
  });

  it("the summary's reach is read from its ranges however they are written: relative, with columns of two letters", () => {
    const g = grid();
    for (let row = 5; row <= 10; row++) for (const c of "BCDEF") g.set(`${c}${row}`, 0, '=COUNTIFS(AB13:AB99,"x")');
    const r = read(parseTasks(g.set("C99", "Last").set("G99", "Open").set("C100", "Late").set("G100", "Open").done()));
    expect(codes(r.problems)).toEqual(["C100 outsideRow"]);
  });

  it("a state typed over is named, in a task's row and in an empty one; an empty row's state cleared is not; a task typed where the state was cleared is", () => {
    const r = read(
      parseTasks(grid().set("K13", "done").set("K40", "x").set("K41", "").set("K50", "").set("C50", "New").set("G50", "Open").done()),
    );
    expect(problemsOf(r)).toEqual([
      ["K13", "computedOverwritten", "done", "Current state"],
      ["K40", "computedOverwritten", "x", "Current state"],
      ["K50", "computedOverwritten", "", "Current state"],
    ]);
  });

  it("a task below the last state formula, where the summary still counts, is named as not computed there", () => {
    const g = grid();
    for (let row = 36; row <= 2034; row++) g.set(`K${row}`, "");
    const r = read(parseTasks(g.set("C40", "New").set("G40", "Open").done()));
    expect(problemsOf(r)).toEqual([["K40", "notCovered", "", "Current state"]]);
    expect(r.model.tasks[22]!.ignored).toBeUndefined();
  });

  it("a summary cell typed over is named with its column and phase", () => {
    const r = read(parseTasks(grid().set("C5", 3).set("F10", 0.5).done()));
    expect(problemsOf(r)).toEqual([
      ["C5", "computedOverwritten", "3", "Done (1 Goals and framework)"],
      ["F10", "computedOverwritten", "0.5", "Mean progress (Total)"],
    ]);
    expectNamed(r.problems);
  });

  it("without the summary, or with no row between it and the header, the tasks still read; below the states a task is named as not computed there", () => {
    const g = grid();
    for (let row = 4; row <= 10; row++) for (const c of "ABCDEF") g.set(`${c}${row}`, "");
    const none = read(parseTasks(g.set("C2040", "Late").set("G2040", "Open").done()));
    // nothing counts the tasks any more, so no row is outside what the sheet counts
    expect([none.model.tasks.length, none.model.tasks[22]!.ignored, codes(none.problems)]).toEqual([23, undefined, ["K2040 notCovered"]]);
    const close = read(parseTasks(grid().deleteRow(11).done()));
    expect([close.model.tasks.length, close.problems]).toEqual([22, []]);
  });

  it("the day in force: a fixed date is kept, TODAY() typed in any case and spacing is the real day, text or an error is named", () => {
    const today = (value: ReadValue, formula?: string) => read(parseTasks(grid().set("B3", value, formula).done()));
    expect([today(46_000).model.today, today(46_000).problems]).toEqual([{ value: 46_000 }, []]);
    expect([today(46_000, "= today ( )").model.today, today(46_000, "= today ( )").problems]).toEqual([undefined, []]);
    expect([today("").model.today, today("").problems]).toEqual([undefined, []]);
    for (const bad of ["next Monday", true, "#REF!"]) expect([bad, codes(today(bad).problems)]).toEqual([bad, ["B3 todayInvalid"]]);
    // found by its label when rows were inserted above it
    expect(read(parseTasks(grid().insertRows(1).set("B4", "soon").done())).problems.map((p) => p.cell)).toEqual(["B4"]);
  });

  it("notes above the header beside the today cell or under the summary's columns are named, as re-creating would overwrite them", () => {
    const r = read(parseTasks(grid().set("B2", "ask Anna").set("C2", "by Friday").done()));
    expect(r.strays).toEqual(["B2", "C2"]);
  });

  it("a column inserted left of column A moves the whole sheet: the summary, the day in force and the numbers still read", () => {
    const r = read(parseTasks(grid().insertColumn("A").set("D5", 3).set("C3", 46_000).done()));
    expect([r.tableCols, r.strays, r.model.today]).toEqual([{ first: 1, last: 11 }, [], { value: 46_000 }]);
    expect(r.model.tasks.map((t) => t.id)).toEqual(defaultTaskModel().tasks.map((t) => t.id));
    expect(problemsOf(r)).toEqual([["D5", "computedOverwritten", "3", "Done (1 Goals and framework)"]]);
  });

  it("a column inserted at B moves the day in force with the table: it is read where it went, not from the empty cell beside its label", () => {
    const at = (g: Edited) => read(parseTasks(g.done()));
    expect(at(grid().insertColumn("B").set("C3", 46_000)).model.today).toEqual({ value: 46_000 });
    expect(codes(at(grid().insertColumn("B").set("C3", "soon")).problems)).toEqual(["C3 todayInvalid"]);
    // cleared, the day is the real one, and a note further right is no day
    const cleared = at(grid().insertColumn("B").set("C3", "").set("E3", "ask Anna"));
    expect([cleared.model.today, cleared.strays]).toEqual([undefined, ["E3"]]);
    // inserted at A, the label and the day both move: a note two columns right of the cleared day is no day either
    const movedCleared = at(grid().insertColumn("A").set("C3", "").set("D3", "ask Anna"));
    expect([movedCleared.model.today, movedCleared.strays]).toEqual([undefined, ["D3"]]);
  });

  it("without the day's label, the day is read where the sheet puts it", () => {
    const r = read(parseTasks(grid().set("A3", "").set("B3", 46_000).done()));
    expect([r.model.today, r.problems]).toEqual([{ value: 46_000 }, []]);
  });

  it("a note beside the summary's rows is named; with the summary deleted, a note above the header still is", () => {
    expect(read(parseTasks(grid().set("H5", "ask Anna").done())).strays).toEqual(["H5"]);
    const g = grid();
    for (let row = 4; row <= 10; row++) for (const c of "ABCDEF") g.set(`${c}${row}`, "");
    expect(read(parseTasks(g.set("B2", "ask Anna").done())).strays).toEqual(["B2"]);
  });

  it("with the state column deleted, tasks read and none is named as not computed; with the status column deleted, each task's number is named", () => {
    const noState = read(parseTasks(grid().deleteColumn("K").set("C40", "New").set("G40", "Open").done()));
    expect([noState.model.tasks.length, noState.problems]).toEqual([23, []]);
    const noStatus = read(parseTasks(grid().insertColumn("A").deleteColumn("H").done()));
    expect(problemsOf(noStatus).slice(0, 2)).toEqual([
      ["B13", "statusMissing", "", null],
      ["B14", "statusMissing", "", null],
    ]);
    expect(noStatus.problems).toHaveLength(22);
  });

  it("the timeline is not claimed from a formula of the user's right after it, once all its Mondays are typed over", () => {
    const g = grid();
    for (let i = 0; i < 26; i++) g.set(`${columnLetter(12 + i)}12`, 46_000);
    const r = read(parseTasks(g.set("AM12", 46_182, "=AL12+7").set("AN12", 46_189, "=AM12+7").done()));
    expect(r.own).toBeUndefined();
  });

  it("a formula the user put in a task's phase, text, responsible or link cell is written back as that formula", () => {
    const f = {
      phase: '=IF(TRUE(),"2 Organisation")',
      task: '=CONCAT("Bud","get")',
      who: '=LOWER("ANNA")',
      link: '=CONCAT("https://","x")',
    };
    const r = read(
      parseTasks(
        grid()
          .set("B40", "2 Organisation", f.phase)
          .set("C40", "Budget", f.task)
          .set("D40", "anna", f.who)
          .set("G40", "Open")
          .set("I40", "https://x", f.link)
          .done(),
      ),
    );
    const row = specToGrid(renderTasks(r.model, "en")).formulas[34]!;
    expect([row[1], row[2], row[3], row[8]]).toEqual([f.phase, f.task, f.who, f.link]);
  });
});

describe("what every sheet reads alike", () => {
  const tasks = () => new Edited(specToGrid(renderTasks(defaultTaskModel(), "en")));
  const assessment = () =>
    new Edited(specToGrid(renderCompetences(withCandidates(defaultCompetenceModel("default"), ["Anna", "Bert"]), "en")));

  it("a note computed by a formula, and a date from one, are kept as their formulas and written back so", () => {
    const note = '=CONCAT("see ","minutes")';
    const r = read(parseReadiness(twoRespondents().set("H10", "see minutes", note).done()));
    expect(r.model.conditions[0]!.note).toEqual({ formula: note });
    expect(specToGrid(renderReadiness(r.model, "en")).formulas[9]![7]).toBe(note);
    const t = read(parseTasks(tasks().set("F13", 46_000, "=DATE(2025,12,9)").set("J13", "ask Anna", '=LOWER("ASK ANNA")').done()));
    const row = specToGrid(renderTasks(t.model, "en")).formulas[12]!;
    expect([row[5], row[9]]).toEqual(["=DATE(2025,12,9)", '=LOWER("ASK ANNA")']);
  });

  it("a number that is no condition's is named, and the row gets the next free one", () => {
    const r = read(parseReadiness(twoRespondents().set("A10", "X1").done()));
    expect(problemsOf(r)).toEqual([["A10", "badId", "X1", null]]);
    expect(r.model.conditions.map((c) => c.id)).not.toContain("X1");
    expect(new Set(r.model.conditions.map((c) => c.id)).size).toBe(r.model.conditions.length);
  });

  it("entries in two inserted columns are named column by column, left to right, whichever row comes first", () => {
    const r = read(parseReadiness(twoRespondents().insertColumn("C").insertColumn("F").set("F12", "b").set("C14", "a").done()));
    expect(codes(r.problems)).toEqual(["C14 strayColumn", "F12 strayColumn"]);
  });

  it("with every state cleared, a formula of the user's above the header in the state column makes no task uncomputed", () => {
    const g = tasks();
    for (let row = 13; row <= 2034; row++) g.set(`K${row}`, "");
    const r = read(parseTasks(g.set("K11", 2, "=1+1").done()));
    expect([r.problems, r.strays]).toEqual([[], []]);
  });

  it("the results' reach is read from ranges written relative and with columns of two letters", () => {
    const r = read(
      parseReadiness(
        twoRespondents().set("D5", 4, "=KAM.READINESS(I10:AB60,C10:C43,B10:B43)").set("B50", "Own condition").set("I50", 4).done(),
      ),
    );
    // counted, so its row's cleared results are named as such, not the row as outside
    expect(codes(r.problems)).toEqual([
      "D50 computedOverwritten",
      "E50 computedOverwritten",
      "F50 computedOverwritten",
      "G50 computedOverwritten",
    ]);
    expect(r.model.conditions.at(-1)).toMatchObject({ text: "Own condition", scores: [4, null] });
    expect(r.model.conditions.at(-1)!.ignored).toBeUndefined();
  });

  it("a mark from a formula is kept as the formula, not as text typed in its place", () => {
    const formula = '=IF(TRUE(),"yes","")';
    const r = read(parseReadiness(twoRespondents().set("C10", "yes", formula).done()));
    expect(r.model.conditions[0]!.notApplicableAs).toBeUndefined();
    expect(r.model.conditions[0]!.formulas).toEqual({ notApplicable: formula });
  });

  it("a candidate whose name was cleared keeps their place before the next one", () => {
    const r = read(parseCompetences(assessment().set("G9", "").set("G10", 4).done()));
    expect([r.model.candidates, r.candidateCols, r.model.requirements[0]!.ratings]).toEqual([
      ["", "Bert"],
      [6, 7],
      [4, null],
    ]);
  });

  it("a candidate typed in the last column the formulas cover is read; one further right is named", () => {
    const r = read(parseCompetences(assessment().set("R9", "Cleo").set("R10", 4).set("S9", "Dora").done()));
    expect([r.model.candidates.at(-1), r.candidateCols.at(-1), codes(r.problems)]).toEqual(["Cleo", 17, ["S9 outsideCandidateColumn"]]);
  });

  it('without "Met by", the candidates end at the first gap: a title further right is no candidate', () => {
    const r = read(parseCompetences(assessment().deleteColumn("F").set("J9", "remarks").done()));
    expect(r.model.candidates).toEqual(["Anna", "Bert"]);
  });

  it("a title typed above the header alone, or left of a number's title, is not taken for the header", () => {
    const plain = read(parseReadiness(twoRespondents().done()));
    for (const g of [twoRespondents().set("B2", "Condition"), twoRespondents().set("B2", "Condition").set("C2", "No.")]) {
      const r = read(parseReadiness(g.done()));
      expect([r.model.conditions, r.model.respondents]).toEqual([plain.model.conditions, plain.model.respondents]);
    }
  });

  it("a respondent's title typed over with a space leaves an unnamed respondent whose scores count", () => {
    const r = read(parseReadiness(twoRespondents().set("J9", " ").set("J10", 2).done()));
    expect([r.model.respondents, r.model.conditions[0]!.scores, r.problems]).toEqual([["HQ", ""], [null, 2], []]);
  });

  it("results replaced by formulas of the user's that count cells above the header, with the rows' formulas cleared, reach no row", () => {
    const g = twoRespondents();
    for (let row = 10; row <= 43; row++) for (const c of "DEFG") g.set(`${c}${row}`, "");
    for (let row = 5; row <= 8; row++) g.set(`D${row}`, 3, "=SUM(A1:A2)");
    const r = read(parseReadiness(g.set("I10", 4).done()));
    expect(r.problems.filter((p) => p.code === "outsideRow")).toEqual([]);
    expect(r.model.conditions[0]!.scores).toEqual([4, null]);
  });

  it("with the first condition's mean typed over, the respondents still end where the formulas below it reach", () => {
    const r = read(parseReadiness(twoRespondents().set("E10", 3).set("U12", 4).done()));
    expect(codes(r.problems)).toEqual(["U12 outsideColumn", "E10 computedOverwritten"]);
    expect(r.model.respondents).toEqual(["HQ", "Benelux"]);
  });

  it("the columns the mean's formula covers are read from a range written relative and ending in two letters", () => {
    const r = read(
      parseReadiness(twoRespondents().set("E10", 4, '=IF(COUNT(I10:AB10)=0,"",AVERAGE(I10:AB10))').set("U12", 3).set("AC12", 4).done()),
    );
    expect(codes(r.problems)).toEqual(["AC12 outsideColumn"]);
    expect(r.model.respondents).toEqual(["HQ", "Benelux", ""]);
  });

  it("without the day's label, a task named like it is not taken for the label", () => {
    const r = read(parseTasks(tasks().set("A3", "").set("C13", "Today").set("D13", "Anna").done()));
    expect([r.model.today, r.problems]).toEqual([undefined, []]);
  });
});

const eachSheet = [
  ["readiness checklist", () => readinessGrid().set("I10", 2), parseReadiness],
  [
    "competence assessment",
    () => new Edited(specToGrid(renderCompetences(withCandidates(defaultCompetenceModel("default"), ["Anna"]), "en"))).set("G9", 4),
    parseCompetences,
  ],
  ["task overview", () => new Edited(specToGrid(renderTasks(defaultTaskModel(), "en"))).set("G13", "Done"), parseTasks],
] as const;

describe("a column inserted left of column A", () => {
  it.each(eachSheet)("the %s reads the same, with nothing named", (_, make, parse) => {
    const plain = read((parse as (g: SheetGrid) => ParseResult<SheetRead<unknown>>)(make().done()));
    const moved = read((parse as (g: SheetGrid) => ParseResult<SheetRead<unknown>>)(make().insertColumn("A").done()));
    expect([moved.model, moved.problems.map((p) => p.code), moved.strays]).toEqual([plain.model, plain.problems.map((p) => p.code), []]);
  });
});

describe("a header far down the sheet", () => {
  // a user's cover page, notes or an older table above the sheet: 100 rows (more than the 60 once searched)
  it.each(eachSheet)("the %s reads the same with 100 rows and a note above it", (_, make, parse) => {
    const plain = read((parse as (g: SheetGrid) => ParseResult<SheetRead<unknown>>)(make().done()));
    const low = read(
      (parse as (g: SheetGrid) => ParseResult<SheetRead<unknown>>)(make().insertRows(1, 100).set("A1", "Cover page").done()),
    );
    expect(low.model).toEqual(plain.model);
    expect(low.problems.map((p) => p.code)).toEqual(plain.problems.map((p) => p.code));
    expect(low.extent.rows).toBe(plain.extent.rows + 100);
  });
});
