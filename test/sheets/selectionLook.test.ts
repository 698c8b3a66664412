/**
 * How the key-account selection looks before anyone changes it: the settings, the summary, the criteria rows, the
 * table and the chart's columns; what the validation says; the class colours; columns, frozen panes, table and print.
 */
import { defaultSelectionModel } from "../../src/kinds/selection/domain/selection";
import { SELECTION_SHEET_TEXT } from "../../src/kinds/selection/i18n/selectionSheetText";
import { CLASS_TEXT } from "../../src/kinds/selection/i18n/classText";
import {
  COL,
  FIRST_CUSTOMER_ROW,
  ROW,
  SETTING_COL,
  SMALLEST_BUBBLE_ROW,
  SPARE_CUSTOMERS,
  SUMMARY_COL,
  TABLE_NAME,
  WARNING_COL,
  columnsFor,
} from "../../src/kinds/selection/sheets/layout";
import { renderSelection } from "../../src/kinds/selection/sheets/render";
import { PALETTE } from "../../src/sheets/palette";
import { HEADER_STYLE } from "../../src/sheets/scaffold";
import { highlightsAt, styleAt } from "./look";

const model = defaultSelectionModel([{ name: "Müller GmbH", revenue: 1200 }, { name: "Jansen BV" }]);
/** Rendered inside each test: mutation testing counts only code a test runs as covered by it. */
const render = () => renderSelection(model, "de");
const t = SELECTION_SHEET_TEXT.de;
const cols = columnsFor(model.criteria.length);
const LAST = FIRST_CUSTOMER_ROW + model.customers.length + SPARE_CUSTOMERS - 1;
const K = COL.firstCriterion;

describe("how the key-account selection looks", () => {
  it("heads the sheet with its title, the instruction wrapped in a taller row and the legend, across the sheet", () => {
    const spec = render();
    expect([ROW.title, ROW.instruction, ROW.legend].map((r) => spec.cells[r]![0])).toEqual([t.title, t.instruction, t.legend]);
    expect(styleAt(spec, ROW.title, 0)).toEqual({ bold: true, fontSize: 14, fontColor: PALETTE.titleFont });
    expect(styleAt(spec, ROW.instruction, cols.count - 1)).toEqual({ wrap: true, vertical: "Top" });
    expect(styleAt(spec, ROW.instruction, cols.count)).toEqual({});
    expect(spec.merges).toContainEqual({ row: ROW.title, col: 0, rows: 1, cols: cols.count });
    expect(spec.rowHeights).toContainEqual({ row: ROW.instruction, height: 48 });
  });

  it("sets the settings' labels in bold, their cells as input, the capacity warning in amber", () => {
    const spec = render();
    expect([styleAt(spec, ROW.cutOff, SUMMARY_COL.label), styleAt(spec, ROW.capacity, SUMMARY_COL.label)]).toEqual([
      { bold: true },
      { bold: true },
    ]);
    for (const r of [ROW.cutOff, ROW.capacity])
      expect(styleAt(spec, r, SETTING_COL)).toEqual({ fill: PALETTE.inputFill, horizontal: "Center" });
    expect(styleAt(spec, ROW.capacity, WARNING_COL)).toEqual({ bold: true, fontColor: PALETTE.warnFont });
    expect(styleAt(spec, ROW.cutOff, WARNING_COL)).toEqual({});
  });

  it("heads the summary on the header colour, three columns wide", () => {
    const spec = render();
    expect([0, 1, 2].map((i) => styleAt(spec, ROW.summaryHeader, SUMMARY_COL.label + i))).toEqual([
      HEADER_STYLE,
      HEADER_STYLE,
      HEADER_STYLE,
    ]);
    expect(styleAt(spec, ROW.summaryHeader, SUMMARY_COL.label + 3)).toEqual({});
  });

  it("shows each criterion's group small and wrapped, its weight as input, each group's sum in bold", () => {
    const spec = render();
    expect([styleAt(spec, ROW.group, SUMMARY_COL.label), styleAt(spec, ROW.weight, SUMMARY_COL.label)]).toEqual([
      { bold: true },
      { bold: true },
    ]);
    expect(styleAt(spec, ROW.group, K)).toEqual({ italic: true, fontSize: 9, wrap: true });
    expect(styleAt(spec, ROW.group, cols.attractiveness - 1)).toEqual({ italic: true, fontSize: 9, wrap: true });
    expect(styleAt(spec, ROW.group, cols.attractiveness)).toEqual({});
    expect(styleAt(spec, ROW.weight, K)).toEqual({ fill: PALETTE.inputFill, horizontal: "Center" });
    expect([styleAt(spec, ROW.weight, cols.attractiveness), styleAt(spec, ROW.weight, cols.strength)]).toEqual([
      { bold: true, horizontal: "Center" },
      { bold: true, horizontal: "Center" },
    ]);
    expect(styleAt(spec, ROW.weight, cols.class)).toEqual({});
    const muted = { italic: true, fontSize: 9, fontColor: PALETTE.mutedFont };
    expect([styleAt(spec, ROW.countsAttractiveness, SUMMARY_COL.label), styleAt(spec, ROW.countsStrength, SUMMARY_COL.label)]).toEqual([
      muted,
      muted,
    ]);
    expect(styleAt(spec, ROW.countsStrength, cols.attractiveness - 1)).toEqual({ ...muted, horizontal: "Center" });
  });

  it("centres the scores, results and rank, tops every row, and mutes the chart's columns", () => {
    const spec = render();
    expect([styleAt(spec, FIRST_CUSTOMER_ROW, COL.customer), styleAt(spec, LAST, COL.customer)]).toEqual([
      { vertical: "Top" },
      { vertical: "Top" },
    ]);
    for (const c of [K, cols.attractiveness, cols.class, cols.rank])
      expect([c, styleAt(spec, LAST, c)]).toEqual([c, { horizontal: "Center", vertical: "Top" }]);
    expect(styleAt(spec, FIRST_CUSTOMER_ROW, cols.notes)).toEqual({ vertical: "Top" });
    expect(styleAt(spec, LAST + 1, COL.customer)).toEqual({});
    expect(styleAt(spec, ROW.header, cols.plot.x)).toEqual({ ...HEADER_STYLE, fontColor: PALETTE.mutedFont, wrap: true });
    expect(styleAt(spec, ROW.header, cols.plot.size)).toEqual({ ...HEADER_STYLE, fontColor: PALETTE.mutedFont, wrap: true });
    expect(styleAt(spec, SMALLEST_BUBBLE_ROW, cols.plot.x)).toEqual({ italic: true, fontSize: 9, fontColor: PALETTE.mutedFont });
    expect(styleAt(spec, SMALLEST_BUBBLE_ROW, cols.plot.size)).toEqual({ italic: true, fontSize: 9, fontColor: PALETTE.mutedFont });
    expect(styleAt(spec, LAST, cols.plot.y)).toEqual({ fontColor: PALETTE.mutedFont, horizontal: "Center" });
    expect([spec.cells[ROW.header]![cols.plot.x], spec.cells[ROW.header]![cols.plot.y], spec.cells[ROW.header]![cols.plot.size]]).toEqual([
      t.plotX,
      t.plotY,
      t.plotSize,
    ]);
    expect(spec.cells[SMALLEST_BUBBLE_ROW]![cols.plot.x]).toBe(t.smallestBubble);
    expect(styleAt(spec, SMALLEST_BUBBLE_ROW, cols.plot.size + 1)).toEqual({});
    // the chart's "no point" (#N/A) in white, in every row of the chart's columns
    for (const c of [cols.plot.x, cols.plot.size])
      expect(highlightsAt(spec, LAST, c)).toContainEqual(
        expect.objectContaining({ formula: expect.stringMatching(/^=ISNA\(/), fontColor: "#FFFFFF" }),
      );
  });

  it("shows the scores with two decimals and the amounts with thousands separators, in the customers' rows and the spare rows", () => {
    const spec = render();
    const format = (row: number, col: number) => spec.numberFormats[row]![col];
    for (const row of [FIRST_CUSTOMER_ROW, FIRST_CUSTOMER_ROW + model.customers.length, LAST])
      expect([
        row,
        ...[COL.revenue, COL.potential, cols.attractiveness, cols.strength, cols.plot.x, cols.plot.y, cols.plot.size].map((c) =>
          format(row, c),
        ),
      ]).toEqual([row, "#,##0", "#,##0", "0.00", "0.00", "0.00", "0.00", "#,##0"]);
    expect([ROW.firstClass, ROW.incomplete - 1].map((row) => format(row, SUMMARY_COL.revenue))).toEqual(["#,##0", "#,##0"]);
    expect(format(SMALLEST_BUBBLE_ROW, cols.plot.size)).toBe("#,##0");
  });

  it("colours each class: key green, development blue, opportunistic and not scored grey, incomplete amber", () => {
    const spec = render();
    const byWord = (word: string) => highlightsAt(spec, FIRST_CUSTOMER_ROW, cols.class).find((f) => f.formula.endsWith(`="${word}"`));
    const c = CLASS_TEXT.de;
    expect(byWord(c.KEY)).toMatchObject({ fill: PALETTE.goodFill, fontColor: PALETTE.goodFont, bold: true });
    expect(byWord(c.DEVELOPMENT)).toMatchObject({ fill: PALETTE.headerFill, fontColor: PALETTE.titleFont, bold: true });
    expect(byWord(c.OPPORTUNISTIC)).toEqual(expect.objectContaining({ fontColor: PALETTE.mutedFont }));
    expect(byWord(c.OPPORTUNISTIC)!.fill).toBeUndefined();
    expect(byWord(c.INCOMPLETE)).toMatchObject({ fill: PALETTE.warnFill, fontColor: PALETTE.warnFont });
    expect(byWord(c.UNSCORED)).toMatchObject({ fontColor: PALETTE.mutedFont });
    expect(byWord(c.MAINTENANCE)).toBeUndefined();
    // a score no whole number 0–10 is marked in every criterion's column
    for (const c of [K, K + model.criteria.length - 1])
      expect([c, highlightsAt(spec, LAST, c).some((f) => f.fill === PALETTE.invalidFill)]).toEqual([c, true]);
    for (const f of highlightsAt(spec, FIRST_CUSTOMER_ROW, cols.class))
      expect(f.area).toEqual({ row: FIRST_CUSTOMER_ROW, col: cols.class, rows: LAST - FIRST_CUSTOMER_ROW + 1, cols: 1 });
  });

  it("checks every input by its rule and explains it in its validation, titled by what it is", () => {
    const spec = render();
    const at = (row: number, col: number) =>
      spec.validations.find(
        (v) => v.area.row <= row && row < v.area.row + v.area.rows && v.area.col <= col && col < v.area.col + v.area.cols,
      );
    expect(at(LAST, K)).toMatchObject({
      rule: { kind: "wholeNumber", min: 0, max: 10 },
      prompt: { title: t.scorePromptTitle, message: t.scorePrompt },
      error: { title: t.scorePromptTitle, message: t.scoreError },
    });
    expect(at(LAST + 1, K)).toBeUndefined();
    expect(at(ROW.weight, K)).toMatchObject({
      rule: { kind: "wholeNumber", min: 0, max: 100 },
      prompt: { title: t.weight, message: t.weightPrompt },
      error: { title: t.weight, message: t.weightError },
    });
    expect(at(ROW.group, K)).toMatchObject({
      rule: { kind: "list", items: [t.attractiveness, t.strength] },
      prompt: { title: t.group, message: t.groupPrompt },
      error: { title: t.group, message: t.groupPrompt },
    });
    expect(at(ROW.cutOff, SETTING_COL)).toMatchObject({
      rule: { kind: "decimal", min: 0, max: 10 },
      prompt: { title: t.cutOff, message: t.cutOffPrompt },
      error: { title: t.cutOff, message: t.cutOffError },
    });
    expect(at(ROW.capacity, SETTING_COL)).toMatchObject({
      rule: { kind: "wholeNumber", min: 0, max: 999 },
      prompt: { title: t.capacity, message: t.capacityPrompt },
      error: { title: t.capacity, message: t.capacityError },
    });
    expect(at(LAST, COL.revenue)).toMatchObject({
      rule: { kind: "decimal", min: 0, max: 1e15 },
      prompt: { title: t.hRevenue, message: t.amountPrompt },
      error: { title: t.hRevenue, message: t.amountError },
    });
    expect(at(LAST, COL.potential)).toMatchObject({
      rule: { kind: "decimal", min: 0, max: 1e15 },
      prompt: { title: t.hPotential, message: t.amountPrompt },
      error: { title: t.hPotential, message: t.amountError },
    });
  });

  it("sizes its columns, freezes the header and the customer, makes the customers a table, prints one page wide", () => {
    const spec = render();
    expect(spec.columnWidths).toEqual([40, 170, 80, 80, ...model.criteria.map(() => 72), 90, 90, 140, 45, 200, 90, 90, 90]);
    expect(spec.rowHeights).toContainEqual({ row: ROW.header, height: 60 });
    expect([spec.freezeRows, spec.freezeColumns]).toEqual([FIRST_CUSTOMER_ROW, COL.customer + 1]);
    expect(spec.tables).toEqual([
      {
        name: TABLE_NAME,
        area: { row: ROW.header, col: 0, rows: model.customers.length + 1, cols: cols.count },
        style: "TableStyleLight9",
      },
    ]);
    expect(spec.print).toMatchObject({
      landscape: true,
      area: { row: 0, col: 0, rows: FIRST_CUSTOMER_ROW + model.customers.length, cols: cols.count },
      fit: { wide: 1 },
      titleRows: { from: ROW.header, to: ROW.header },
    });
  });
});
