import { type Batch, ClientObject, NamedCollection } from "./context";
import { type Area, type ChartAxisEntry, type ChartEntry, type ChartSeriesEntry, OfficeError, type Sheet, type Workbook } from "./model";
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

/** The length of a series' values: its points. */
const pointsOf = (s: ChartSeriesEntry) => Math.max(s.values.rows, s.values.cols);

class ChartSeriesProxy extends ClientObject<ChartSeriesEntry> {
  constructor(
    batch: Batch,
    locate: () => ChartSeriesEntry | null,
    private readonly chart: () => ChartEntry,
  ) {
    super(batch, locate);
  }
  protected snapshot(s: ChartSeriesEntry, prop: string): unknown {
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
  /** ExcelApi 1.7; a bubble chart's only. */
  setBubbleSizes(range: RangeProxy): void {
    this.queue((s) => {
      if (this.chart().type !== "Bubble") throw new OfficeError("InvalidArgument", "setBubbleSizes: not a bubble chart");
      s.bubbleSizes = line(areaOn(this.chart().sheet, range, "setBubbleSizes"), "setBubbleSizes");
    });
  }
  /** The series' points by index (ExcelApi 1.7): as many as its values have cells. */
  get points() {
    const series = () => this.need();
    const q = (f: (s: ChartSeriesEntry) => void) => this.queue(f);
    return {
      getItemAt: (i: number) => {
        const at = (f: (s: ChartSeriesEntry) => void) =>
          q((s) => {
            if (!Number.isInteger(i) || i < 0 || i >= pointsOf(series())) throw new OfficeError("ItemNotFound", `point ${i}`);
            f(s);
          });
        return {
          set hasDataLabel(v: boolean) {
            at((s) => {
              if (!v) s.labels.delete(i);
              else if (!s.labels.has(i)) s.labels.set(i, "");
            });
          },
          dataLabel: {
            /** ExcelApi 1.8: the label's text from a formula, e.g. a cell reference. */
            set formula(f: string) {
              at((s) => {
                if (!f.startsWith("=")) throw new OfficeError("InvalidArgument", `label formula ${f}`);
                s.labels.set(i, f);
              });
            },
          },
        };
      },
    };
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
        let created: ChartSeriesEntry | null = null;
        this.queue((c) => {
          created = {
            name: name ?? `Series${c.series.length + 1}`,
            values: { row: 0, col: 0, rows: 1, cols: 1 },
            categories: null,
            bubbleSizes: null,
            color: "",
            labels: new Map(),
          };
          c.series.push(created);
        });
        return new ChartSeriesProxy(this.batch, () => created, chart);
      },
    };
  }
  get axes() {
    const axis = (pick: (c: ChartEntry) => ChartAxisEntry) => {
      const q = (f: (a: ChartAxisEntry) => void) => this.queue((c) => f(pick(c)));
      return {
        set minimum(v: number) {
          q((a) => (a.minimum = v));
        },
        set maximum(v: number) {
          q((a) => (a.maximum = v));
        },
        set majorUnit(v: number) {
          q((a) => (a.majorUnit = v));
        },
        set numberFormat(v: string) {
          q((a) => (a.numberFormat = v));
        },
        set tickLabelPosition(v: string) {
          q((a) => (a.tickLabelPosition = v));
        },
        title: {
          set text(v: string) {
            q((a) => (a.title = v));
          },
        },
        setPositionAt: (v: number) => q((a) => (a.crossesAt = v)),
      };
    };
    const q = (f: (c: ChartEntry) => void) => this.queue(f);
    return {
      valueAxis: axis((c) => c.valueAxis),
      // setters do not survive Object.assign: defined on the axis itself
      categoryAxis: Object.defineProperties(
        axis((c) => c.categoryAxis),
        {
          reversePlotOrder: { set: (v: boolean) => q((c) => (c.categoryAxis.reversePlotOrder = v)) },
          position: { set: (v: string) => q((c) => (c.categoryAxis.position = v)) },
        },
      ) as ReturnType<typeof axis> & { reversePlotOrder: boolean; position: string },
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
        series: series.map((values, i) => ({
          name: `Series${i + 1}`,
          values,
          categories: null,
          bubbleSizes: null,
          color: "",
          labels: new Map<number, string>(),
        })),
        valueAxis: {},
        categoryAxis: { reversePlotOrder: false },
      };
      sheet.charts.push(created);
    });
    return new ChartProxy(this.batch, () => created);
  }
}
