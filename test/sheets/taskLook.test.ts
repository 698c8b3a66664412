import { defaultTaskModel } from "../../src/kinds/tasks/domain/tasklist";
import { PALETTE, SERIES_COLORS } from "../../src/sheets/palette";
import { COL, COLUMN_COUNT, FIRST_TASK_ROW, ROW, SPARE_TASKS, TIMELINE } from "../../src/kinds/tasks/sheets/layout";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { highlightsAt, isMerged, styleAt } from "./look";

// what a planner sees of the task overview before changing anything: how the summary, the table and the timeline read
const model = defaultTaskModel();
const spec = renderTasks(model, "de");
const LAST_ROW = FIRST_TASK_ROW + model.tasks.length + SPARE_TASKS - 1;
const WEEK = TIMELINE.firstCol;

describe("how the task overview looks", () => {
  it("sets the title large and bold over the table, the instruction wrapped in its own row, the day in force in bold", () => {
    expect(styleAt(spec, ROW.title, 0)).toEqual({ bold: true, fontSize: 14, fontColor: PALETTE.titleFont });
    expect(styleAt(spec, ROW.instruction, COL.notes)).toEqual({ wrap: true, vertical: "Top" });
    expect(spec.rowHeights).toEqual([{ row: ROW.instruction, height: 36 }]);
    for (const r of [ROW.title, ROW.instruction])
      expect([isMerged(spec, r, 0), isMerged(spec, r, COL.state), isMerged(spec, r, WEEK)]).toEqual([true, true, false]);
    expect(spec.merges).toHaveLength(2);
    expect([styleAt(spec, ROW.today, 0), styleAt(spec, ROW.today, 1), styleAt(spec, ROW.today, 2)]).toEqual([
      { bold: true },
      { bold: true },
      {},
    ]);
    expect(spec.numberFormats[ROW.today]![1]).toBe("dd.mm.yyyy");
  });

  it("heads the summary on the header colour, its total in bold, counts whole and shares in percent", () => {
    const header = { bold: true, fill: PALETTE.headerFill, borderBottom: PALETTE.headerBorder };
    expect([styleAt(spec, ROW.summaryHeader, 0), styleAt(spec, ROW.summaryHeader, 5), styleAt(spec, ROW.summaryHeader, 6)]).toEqual([
      header,
      header,
      {},
    ]);
    expect([
      styleAt(spec, ROW.total, 0),
      styleAt(spec, ROW.total, 5),
      styleAt(spec, ROW.total, 6),
      styleAt(spec, ROW.firstPhase, 0),
    ]).toEqual([{ bold: true }, { bold: true }, {}, {}]);
    for (const r of [ROW.firstPhase, ROW.total])
      expect(spec.numberFormats[r]!.slice(0, 7)).toEqual(["General", "0", "0", "0", "0%", "0%", "General"]);
    // each phase's row counts the phase named in its own first cell
    for (let r = ROW.firstPhase; r < ROW.total; r++)
      for (let c = 1; c <= 5; c++)
        expect([r, c, (spec.cells[r]![c] as { formula: string }).formula]).toEqual([r, c, expect.stringContaining(`,$A${r + 1},`)]);
  });

  it("keeps the header in view while scrolling, and prints the table one page wide over every row a task can be typed in", () => {
    expect(spec.freezeRows).toBe(ROW.header + 1);
    expect([spec.print.area, spec.print.fit]).toEqual([{ row: 0, col: 0, rows: LAST_ROW + 1, cols: COLUMN_COUNT }, { wide: 1 }]);
  });

  it("formats dates as dates and progress in percent in every row a task can be typed in, and tops the rows", () => {
    // the first row below the tasks is where the next one is typed
    for (const r of [FIRST_TASK_ROW, FIRST_TASK_ROW + model.tasks.length, LAST_ROW]) {
      const f = spec.numberFormats[r]!;
      expect([f[COL.start], f[COL.due], f[COL.progress], f[COL.status]]).toEqual(["dd.mm.yyyy", "dd.mm.yyyy", "0%", "General"]);
      expect(styleAt(spec, r, COL.task)).toEqual({ wrap: true, vertical: "Top" });
      expect(styleAt(spec, r, COL.state)).toEqual({ vertical: "Top" });
    }
    expect(styleAt(spec, LAST_ROW + 1, COL.task)).toEqual({});
    expect(renderTasks(model, "en").numberFormats[LAST_ROW]![COL.due]).toBe("yyyy-mm-dd");
  });

  it("gives the task text and notes room and each week a narrow column", () => {
    expect(spec.columnWidths).toEqual([40, 170, 320, 110, 72, 72, 80, 70, 80, 200, 80, 24, ...new Array<number>(26).fill(34)]);
    expect(spec.columnWidths).toHaveLength(WEEK + TIMELINE.weeks);
  });

  it("colours a late task's row red, one due soon amber, a done one grey; a due date before the start red and bold", () => {
    const onRow = highlightsAt(spec, LAST_ROW, COL.task);
    expect(onRow.map((h) => [h.formula, h.fill ?? null, h.fontColor])).toEqual([
      ['=$K13="überfällig"', PALETTE.badFill, PALETTE.badFont],
      ['=$K13="bald fällig"', PALETTE.warnFill, PALETTE.warnFont],
      ['=$K13="erledigt"', null, PALETTE.mutedFont],
    ]);
    const onDue = highlightsAt(spec, FIRST_TASK_ROW, COL.due);
    expect(onDue[3]).toEqual({
      area: { row: FIRST_TASK_ROW, col: COL.due, rows: model.tasks.length + SPARE_TASKS, cols: 1 },
      formula: "=AND(ISNUMBER($E13),ISNUMBER($F13),INT($F13)<INT($E13))",
      fontColor: PALETTE.badFont,
      bold: true,
    });
    expect(highlightsAt(spec, FIRST_TASK_ROW, WEEK - 1)).toEqual([]);
  });

  it("fills each task's weeks in its state's colour and marks this week in the timeline's header", () => {
    const bars = highlightsAt(spec, LAST_ROW, WEEK + TIMELINE.weeks - 1);
    expect(bars.map((h) => [h.fill, h.formula.slice(h.formula.lastIndexOf("),") + 2)])).toEqual([
      [PALETTE.goodFill, '$K13="erledigt")'],
      [PALETTE.badFont, '$K13="überfällig")'],
      [PALETTE.warnFont, '$K13="bald fällig")'],
      [SERIES_COLORS[0], '$K13<>"",NOT(OR($K13="erledigt",$K13="überfällig",$K13="bald fällig")))'],
    ]);
    expect(highlightsAt(spec, LAST_ROW, WEEK - 1).filter((h) => h.area.col === WEEK)).toEqual([]);
    const thisWeek = highlightsAt(spec, ROW.header, WEEK);
    expect(thisWeek.map((h) => [h.fill, h.fontColor])).toEqual([[PALETTE.warnFill, PALETTE.warnFont]]);
    expect(thisWeek[0]!.formula).toMatch(/^=AND\(M\$12<=INT\(.+\),INT\(.+\)<M\$12\+7\)$/);
    expect(styleAt(spec, ROW.header, WEEK + 25)).toEqual({
      bold: true,
      fontSize: 8,
      horizontal: "Center",
      fill: PALETTE.headerFill,
      borderBottom: PALETTE.headerBorder,
    });
  });

  it("shows the weeks as dates a week apart, starting on a Monday", () => {
    const [block] = spec.blocks!;
    expect([block!.row, block!.col, block!.cells[0]!.length]).toEqual([ROW.header, WEEK, TIMELINE.weeks]);
    expect(block!.cells[0]![1]).toEqual({ formula: "=M12+7" });
    expect(block!.cells[0]![25]).toEqual({ formula: "=AK12+7" });
    expect((block!.cells[0]![0] as { formula: string }).formula).toMatch(/-WEEKDAY\(.+,2\)\+1$/);
    expect(new Set(block!.numberFormats[0])).toEqual(new Set(["dd.mm."]));
  });

  it("makes the tasks an Excel table over its tasks, and takes status from a list, progress from 0 to 100 %, dates as dates", () => {
    expect(spec.tables).toEqual([
      { name: "KAM_Tasks", area: { row: ROW.header, col: 0, rows: model.tasks.length + 1, cols: COLUMN_COUNT }, style: "TableStyleLight9" },
    ]);
    const v = (c: number, r = FIRST_TASK_ROW) => spec.validations.find((x) => x.area.col === c && x.area.row === r)!;
    const rows = model.tasks.length + SPARE_TASKS;
    expect([v(COL.start).area.rows, v(COL.due).area.rows, v(COL.status).area.rows, v(COL.progress).area.rows]).toEqual([
      rows,
      rows,
      rows,
      rows,
    ]);
    expect([v(COL.start).prompt.title, v(COL.due).prompt.title, v(COL.due).error.title]).toEqual(["Start", "Fällig", "Fällig"]);
    expect(v(COL.due).rule).toEqual({ kind: "date", min: "1900-01-01", max: "9999-12-31" });
    expect(v(1, ROW.today).rule).toEqual({ kind: "date", min: "1900-01-01", max: "9999-12-31" });
    expect(v(COL.status).rule).toEqual({ kind: "list", items: ["Offen", "In Arbeit", "Erledigt", "Blockiert"] });
    expect(v(COL.progress).rule).toEqual({ kind: "decimal", min: 0, max: 1 });
  });
});
