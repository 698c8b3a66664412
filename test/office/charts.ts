import { type Batch, ClientObject, NamedCollection } from "./context";
import { type Area, type ChartEntry, OfficeError, type Sheet, type Workbook } from "./model";
import type { RangeProxy } from "./range";

const CHART_TYPES = new Set(["BarClustered", "ColumnClustered", "Line", "Pie", "XYScatter", "Bubble"]);

/** The cells a range proxy names, checked to be on the chart's own sheet (ours never reach across sheets). */
function areaOn(sheet: Sheet, range: RangeProxy, what: string): Area {
  const target = range.need();
  if (target.sheet !== sheet) throw new OfficeError("InvalidArgument", `${what}: a range of another sheet (${target.sheet.name})`);
  return target.area;
}

/** One of a series' cells: a row or a column (Excel takes a block too, as several series; ours never give one). */
function line(a: Area, what: string): Area {
  if (a.rows !== 1 && a.cols !== 1) throw new OfficeError("InvalidArgument", `${what}: ${a.rows} × ${a.cols} cells, not one row or column`);
  return a;
}

class ChartSeriesProxy extends ClientObject<ChartEntry["series"][number]> {
  constructor(
    batch: Batch,
    locate: () => ChartEntry["series"][number] | null,
    private readonly chart: () => ChartEntry,
  ) {
    super(batch, locate);
  }
  protected snapshot(s: ChartEntry["series"][number], prop: string): unknown {
    if (prop === "name") return s.name;
    throw new Error(`The double does not know ChartSeries.${prop}`);
  }
  set name(name: string) {
    this.queue((s) => (s.name = name));
  }
  setValues(range: RangeProxy): void {
    this.queue((s) => (s.values = line(areaOn(this.chart().sheet, range, "setValues"), "setValues")));
  }
  setXAxisValues(range: RangeProxy): void {
    this.queue((s) => (s.categories = line(areaOn(this.chart().sheet, range, "setXAxisValues"), "setXAxisValues")));
  }
  get format() {
    const q = (f: (s: ChartEntry["series"][number]) => void) => this.queue(f);
    return {
      fill: {
        setSolidColor: (color: string) =>
          q((s) => {
            if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new OfficeError("InvalidArgument", `colour ${color}`);
            s.color = color;
          }),
      },
    };
  }
}

export class ChartProxy extends ClientObject<ChartEntry> {
  protected snapshot(c: ChartEntry, prop: string): unknown {
    if (prop === "name") return c.name;
    throw new Error(`The double does not know Chart.${prop}`);
  }
  get name(): string {
    return this.get("name") as string;
  }
  set name(name: string) {
    this.queue((c) => (c.name = name));
  }
  get title() {
    const q = (f: (c: ChartEntry) => void) => this.queue(f);
    return {
      set text(text: string) {
        q((c) => (c.title = text));
      },
    };
  }
  get legend() {
    const q = (f: (c: ChartEntry) => void) => this.queue(f);
    return {
      set visible(v: boolean) {
        q((c) => (c.legendVisible = v));
      },
    };
  }
  setPosition(start: RangeProxy, end: RangeProxy): void {
    this.queue((c) => (c.position = { from: areaOn(c.sheet, start, "setPosition"), to: areaOn(c.sheet, end, "setPosition") }));
  }
  delete(): void {
    this.queue((c) => (c.sheet.charts = c.sheet.charts.filter((x) => x !== c)));
  }
  get series() {
    const chart = () => this.need();
    return {
      getItemAt: (i: number) =>
        new ChartSeriesProxy(
          this.batch,
          () => {
            const s = chart().series[i];
            if (s === undefined) throw new OfficeError("ItemNotFound", `series ${i}`);
            return s;
          },
          chart,
        ),
      add: (name?: string) => {
        let created: ChartEntry["series"][number] | null = null;
        this.queue((c) => {
          created = {
            name: name ?? `Series${c.series.length + 1}`,
            values: { row: 0, col: 0, rows: 1, cols: 1 },
            categories: null,
            color: "",
          };
          c.series.push(created);
        });
        return new ChartSeriesProxy(this.batch, () => created, chart);
      },
    };
  }
  get axes() {
    const q = (f: (c: ChartEntry) => void) => this.queue(f);
    return {
      valueAxis: {
        set minimum(v: number) {
          q((c) => (c.valueAxis.minimum = v));
        },
        set maximum(v: number) {
          q((c) => (c.valueAxis.maximum = v));
        },
        set majorUnit(v: number) {
          q((c) => (c.valueAxis.majorUnit = v));
        },
        set numberFormat(v: string) {
          q((c) => (c.valueAxis.numberFormat = v));
        },
        setPositionAt: (v: number) => q((c) => (c.valueAxis.crossesAt = v)),
      },
      categoryAxis: {
        set reversePlotOrder(v: boolean) {
          q((c) => (c.categoryAxis.reversePlotOrder = v));
        },
        set position(v: string) {
          q((c) => (c.categoryAxis.position = v));
        },
        set tickLabelPosition(v: string) {
          q((c) => (c.categoryAxis.tickLabelPosition = v));
        },
      },
    };
  }
}

/** A sheet's charts: add from a range of the sheet, getItem by name, load("items/name"). */
export class ChartCollectionProxy extends NamedCollection<ChartEntry, ChartProxy> {
  protected readonly noun = "chart";

  constructor(
    batch: Batch,
    locate: () => Workbook | null,
    private readonly sheet: () => Sheet,
  ) {
    super(batch, locate);
  }
  protected entries(): readonly ChartEntry[] {
    return this.sheet().charts;
  }
  protected lookup(_wb: Workbook, name: string): ChartEntry | undefined {
    return this.sheet().charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
  }
  protected proxy(locate: () => ChartEntry | null): ChartProxy {
    return new ChartProxy(this.batch, locate);
  }

  /** A chart of `type` over `source`, one series per column (or row); Excel names it "Chart N". */
  add(type: string, source: RangeProxy, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): ChartProxy {
    let created: ChartEntry | null = null;
    this.queue(() => {
      if (!CHART_TYPES.has(type)) throw new OfficeError("InvalidArgument", `chart type ${type}`);
      const sheet = this.sheet();
      const a = areaOn(sheet, source, "charts.add");
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && a.cols > a.rows);
      const series = byRows
        ? Array.from({ length: a.rows }, (_, i) => ({ row: a.row + i, col: a.col, rows: 1, cols: a.cols }))
        : Array.from({ length: a.cols }, (_, i) => ({ row: a.row, col: a.col + i, rows: a.rows, cols: 1 }));
      created = {
        name: `Chart ${sheet.charts.length + 1}`,
        sheet,
        type,
        title: "",
        position: null,
        legendVisible: true,
        series: series.map((values, i) => ({ name: `Series${i + 1}`, values, categories: null, color: "" })),
        valueAxis: {},
        categoryAxis: { reversePlotOrder: false },
      };
      sheet.charts.push(created);
    });
    return new ChartProxy(this.batch, () => created);
  }
}
