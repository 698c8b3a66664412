import { rangeAddress } from "../../src/sheets/address";
import { createPlans } from "../../src/kinds/plans/workflows/plans";
import { createCompetences } from "../../src/kinds/competences/workflows/competences";
import { createReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { createSelection } from "../../src/kinds/selection/workflows/selection";
import type { Area, ChartEntry } from "../office/model";
import { excelOnDouble } from "./setup";

const at = (a: Area) => rangeAddress(a.row, a.col, a.rows, a.cols);
/** What a user sees of a chart: where it is, its title, each series' name and cells, the axes. */
function shown(c: ChartEntry) {
  return {
    name: c.name,
    type: c.type,
    title: c.title,
    from: c.position === null ? null : at(c.position.from),
    to: c.position === null ? null : at(c.position.to),
    series: c.series.map((s) => ({ name: s.name, values: at(s.values), categories: s.categories === null ? null : at(s.categories) })),
    valueAxis: c.valueAxis,
    categoryAxis: c.categoryAxis,
  };
}

describe("charts written with the sheets by the Excel host", () => {
  it("draws the readiness profile from the respondents' score cells, bars either side of the threshold, R01 at the top", async () => {
    const { excel, host } = excelOnDouble();
    await createReadiness(host, { lang: "de", respondents: ["Zentrale", "Benelux"] });
    const sheet = excel.workbook.sheet("Voraussetzungen");
    expect(sheet.charts.map(shown)).toEqual([
      {
        name: "KAM_ReadinessProfile",
        type: "BarClustered",
        title: "Bewertung je Voraussetzung: links vom Schwellenwert 3 schwach",
        // below the 14 conditions and the 20 rows kept free for more, over columns B to D
        from: "B45",
        to: "D64",
        series: [
          { name: "Zentrale", values: "I10:I23", categories: "A10:A23" },
          { name: "Benelux", values: "J10:J23", categories: "A10:A23" },
        ],
        valueAxis: { minimum: 1, maximum: 5, majorUnit: 1, crossesAt: 3 },
        categoryAxis: { reversePlotOrder: true, position: "Maximum", tickLabelPosition: "Low" },
      },
    ]);
    expect(sheet.charts[0]!.legendVisible).toBe(true);
  });

  it("re-creating replaces its chart (one, following the new respondent) and keeps the user's own chart", async () => {
    const { excel, host } = excelOnDouble();
    await createReadiness(host, { lang: "en", respondents: ["HQ"] });
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Readiness");
      const mine = ws.charts.add("Line", ws.getRange("I10:I23"), "Columns");
      mine.name = "My trend";
      await context.sync();
    });
    await createReadiness(host, { lang: "nl", respondents: ["HQ", "Benelux"] });
    const sheet = excel.workbook.sheet("Voorwaarden");
    expect(sheet.charts.map((c) => c.name)).toEqual(["My trend", "KAM_ReadinessProfile"]);
    const ours = shown(sheet.charts[1]!);
    expect(ours.title).toBe("Score per voorwaarde: links van de drempel 3 zwak");
    expect(ours.series.map((s) => [s.name, s.values])).toEqual([
      ["HQ", "I10:I23"],
      ["Benelux", "J10:J23"],
    ]);
    // a single respondent: one series, no legend
    await createReadiness(host, { lang: "en" });
    expect(excel.workbook.sheet("Readiness").charts.filter((c) => c.name === "KAM_ReadinessProfile")).toHaveLength(1);
  });

  it("draws each candidate's fit as a column from the fit row, in percent", async () => {
    const { excel, host } = excelOnDouble();
    await createCompetences(host, { lang: "en", candidates: ["Anna", "Bert", "Carla"] });
    const sheet = excel.workbook.sheet("Competences");
    expect(sheet.charts.map(shown)).toEqual([
      {
        name: "KAM_CandidateFit",
        type: "ColumnClustered",
        title: "Fit per candidate",
        from: expect.stringMatching(/^B\d+$/),
        to: expect.stringMatching(/^E\d+$/),
        series: [{ name: "Fit", values: "G4:I4", categories: "G9:I9" }],
        valueAxis: { minimum: 0, maximum: 1, majorUnit: 0.25, numberFormat: "0%" },
        categoryAxis: { reversePlotOrder: false },
      },
    ]);
    expect(sheet.charts[0]!.legendVisible).toBe(false);
  });

  it("draws the selection's portfolio: bubbles per class from the chart's columns, named from the customers, lines at the cut-off", async () => {
    const { excel, host } = excelOnDouble();
    await createSelection(host, { lang: "de", customers: [{ name: "Müller GmbH", revenue: 1200 }, { name: "Jansen BV" }] });
    // scored as a user would: Müller high on every criterion, Jansen low
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Key-Account-Auswahl");
      ws.getRange("E18:N19").values = [new Array(10).fill(8), new Array(10).fill(2)];
      ws.getRange("C4").values = [[6]];
      await context.sync();
    });
    await createSelection(host, { lang: "de" });
    const sheet = excel.workbook.sheet("Key-Account-Auswahl");
    // 2 customers and 300 spare rows (18 to 319); after the table (A to S) the chart's columns T to V, under it
    expect(sheet.charts.map(shown)).toEqual([
      {
        name: "KAM_Portfolio",
        type: "Bubble",
        title: "Portfolio: Blasengröße = Umsatz, Linien beim Grenzwert 6",
        from: "T1",
        to: "V14",
        // the attractiveness (y), the strength (x)
        series: [{ name: "Kunde", values: "U18:U319", categories: "T18:T319" }],
        valueAxis: { minimum: 0, maximum: 10, majorUnit: 1, crossesAt: 6, tickLabelPosition: "Low", title: "Kundenattraktivität" },
        categoryAxis: {
          minimum: 0,
          maximum: 10,
          majorUnit: 1,
          crossesAt: 6,
          tickLabelPosition: "Low",
          title: "Relative Wettbewerbsstärke",
          reversePlotOrder: false,
        },
      },
    ]);
    const [series] = sheet.charts[0]!.series;
    expect(at(series!.bubbleSizes!)).toBe("V18:V319");
    expect(series!.color).toBe("#2E75B6");
    // each customer named from its cell, whichever class it is in or moves to
    expect(series!.labels).toEqual(
      new Map([
        [0, "='Key-Account-Auswahl'!$B$18"],
        [1, "='Key-Account-Auswahl'!$B$19"],
      ]),
    );
    expect(sheet.charts[0]!.legendVisible).toBe(false);
  });

  it("draws an account plan's spend and our revenue per year beside its tables; re-creating follows the years typed", async () => {
    const { excel, host } = excelOnDouble();
    const plan = { lang: "de", accounts: [{ id: "A01", name: "Müller AG" }], today: "2026-12-04" } as const;
    await createPlans(host, plan);
    const sheet = excel.workbook.sheet("Plan Müller AG");
    /** The chart over the spend table's rows `first` to `last`, its bottom at the competitors' last row. */
    const spendChart = (first: number, last: number, bottom: number) => ({
      name: "KAM_AccountSpend",
      type: "ColumnClustered",
      title: "Ausgaben des Kunden und unser Umsatz",
      // right of the spend and competitor tables (A to E), from the spend table's header over their rows
      from: "G22",
      to: `K${bottom}`,
      series: [
        { name: "Gesamtausgaben in unserem Bereich", values: `B${first}:B${last}`, categories: `A${first}:A${last}` },
        { name: "Unser Umsatz", values: `C${first}:C${last}`, categories: `A${first}:A${last}` },
      ],
      // amounts of any size: the axis from 0, its top as Excel scales it
      valueAxis: { minimum: 0, numberFormat: "#,##0" },
      categoryAxis: { reversePlotOrder: false },
    });
    // three years and three spare rows: a year typed in a spare row is in the chart at once
    expect(sheet.charts.map(shown)).toEqual([spendChart(23, 28, 34)]);
    expect(sheet.charts[0]!.legendVisible).toBe(true);
    for (const [row, year] of [
      [26, 2027],
      [27, 2028],
    ])
      expect(sheet.userEdit(`A${row}`, year).accepted).toBe(true);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Plan Müller AG");
      ws.charts.add("Line", ws.getRange("D23:D28"), "Columns").name = "Unser Anteil";
      await context.sync();
    });
    // re-created: five years and three spare rows, the tables below two rows lower; the user's chart stays
    await createPlans(host, plan);
    expect(sheet.charts.map((c) => c.name)).toEqual(["Unser Anteil", "KAM_AccountSpend"]);
    expect(shown(sheet.charts[1]!)).toEqual(spendChart(23, 30, 36));
  });

  it("reads and re-creates in the same round trips as without charts", async () => {
    const { excel, host } = excelOnDouble();
    await createReadiness(host, { lang: "en" });
    excel.resetCount();
    await createReadiness(host, { lang: "en", respondents: ["A", "B"] });
    // a read in two requests (where the cells are; then they, the tables and the charts), the write and the read back
    // in two more
    expect(excel.syncCount).toBe(4);
  });
});
