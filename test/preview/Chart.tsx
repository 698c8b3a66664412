import type { Area, ChartAxisEntry, ChartEntry, Sheet } from "../office/model";
import { formatValue } from "./numberFormat";

interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The numbers of a series' cells as calculated: text, errors and empty cells are no value (no bar), as in a chart. */
function values(sheet: Sheet, a: Area): (number | null)[] {
  const out: (number | null)[] = [];
  for (let r = a.row; r < a.row + a.rows; r++)
    for (let c = a.col; c < a.col + a.cols; c++) {
      const cell = sheet.cell(r, c);
      out.push(cell !== undefined && cell.error === undefined && typeof cell.value === "number" ? cell.value : null);
    }
  return out;
}

function labels(sheet: Sheet, a: Area | null, n: number): string[] {
  if (a === null) return Array.from({ length: n }, (_, i) => String(i + 1));
  const out: string[] = [];
  for (let r = a.row; r < a.row + a.rows; r++) for (let c = a.col; c < a.col + a.cols; c++) out.push(String(sheet.cell(r, c)?.value ?? ""));
  return out;
}

/** A chart's box as Excel draws it: white, framed, its title on top; the plot inside, moved in by `pad`. */
function ChartFrame({
  chart,
  box,
  pad,
  children,
}: {
  chart: ChartEntry;
  box: Box;
  pad: { readonly top: number; readonly left: number };
  children: React.ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-label={chart.title}
      data-chart={chart.name}
      width={box.width}
      height={box.height}
      style={{ position: "absolute", left: box.left, top: box.top, zIndex: 2, background: "#fff", border: "1px solid #bfbfbf" }}
    >
      <text x={box.width / 2} y={18} textAnchor="middle" fontSize={12} fontWeight={600}>
        {chart.title}
      </text>
      <g transform={`translate(${pad.left},${pad.top})`} fontSize={10}>
        {children}
      </g>
    </svg>
  );
}

/** A point's label: the value of the cell its formula names ("='Sheet'!$B$18"). */
function labelOf(sheet: Sheet, formula: string | undefined): string {
  const m = /\$?([A-Z]{1,3})\$?(\d+)$/.exec(formula ?? "");
  if (m === null) return "";
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return String(sheet.cell(Number(m[2]) - 1, col)?.value ?? "");
}

/**
 * Bubbles as Excel draws them: each series' points at (x, y) where both are numbers, their areas in proportion
 * to their sizes, the axes crossing at their positions (the quadrant lines), labels where a point has one.
 */
function BubbleView({ sheet, chart, box }: { sheet: Sheet; chart: ChartEntry; box: Box }) {
  const [xa, ya] = [chart.categoryAxis, chart.valueAxis];
  const range = (a: ChartAxisEntry) => [a.minimum ?? 0, a.maximum ?? 10] as const;
  const [[x0, x1], [y0, y1]] = [range(xa), range(ya)];
  const pad = { top: 28, left: 36, right: 12, bottom: 44 };
  const plot = { w: Math.max(10, box.width - pad.left - pad.right), h: Math.max(10, box.height - pad.top - pad.bottom) };
  const px = (v: number) => ((v - x0) / (x1 - x0)) * plot.w;
  const py = (v: number) => plot.h - ((v - y0) / (y1 - y0)) * plot.h;
  const points = chart.series.flatMap((s) => {
    const [xs, ys, sizes] = [values(sheet, s.categories ?? s.values), values(sheet, s.values), values(sheet, s.bubbleSizes ?? s.values)];
    return ys.flatMap((y, i) =>
      y === null || xs[i] === null || xs[i] === undefined || (sizes[i] ?? 0) <= 0
        ? []
        : [
            {
              x: xs[i]!,
              y,
              size: sizes[i]!,
              color: s.color,
              label: labelOf(sheet, s.labels.get(i)),
              key: `${s.name}-${i}`,
            },
          ],
    );
  });
  const largest = Math.max(1e-9, ...points.map((p) => p.size));
  const radius = (size: number) => Math.max(2, Math.sqrt(size / largest) * Math.min(plot.w, plot.h) * 0.12);
  return (
    <ChartFrame chart={chart} box={box} pad={pad}>
      <rect x={0} y={0} width={plot.w} height={plot.h} fill="none" stroke="#e1e1e1" />
      <line x1={px(xa.crossesAt ?? x0)} x2={px(xa.crossesAt ?? x0)} y1={0} y2={plot.h} stroke="#404040" />
      <line x1={0} x2={plot.w} y1={py(ya.crossesAt ?? y0)} y2={py(ya.crossesAt ?? y0)} stroke="#404040" />
      {points.map((p) => (
        <g key={p.key}>
          <circle cx={px(p.x)} cy={py(p.y)} r={radius(p.size)} fill={p.color} fillOpacity={0.75} stroke="#404040" />
          {p.label !== "" && (
            <text x={px(p.x) + radius(p.size) + 2} y={py(p.y) + 3}>
              {p.label}
            </text>
          )}
        </g>
      ))}
      <text x={plot.w / 2} y={plot.h + 16} textAnchor="middle">
        {`${x0} … ${x1}  ${xa.title ?? ""}`}
      </text>
      <text x={-plot.h / 2} y={-24} textAnchor="middle" transform="rotate(-90)">
        {`${y0} … ${y1}  ${ya.title ?? ""}`}
      </text>
      <text x={plot.w / 2} y={plot.h + 32} textAnchor="middle">
        {chart.legendVisible ? chart.series.map((s) => s.name).join(" · ") : ""}
      </text>
    </ChartFrame>
  );
}

/** The smallest of 1, 2, 5 times a power of ten at or above `v` (1 for nothing above 0). */
function niceAbove(v: number): number {
  if (!(v > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * power).find((n) => n >= v)!;
}

/** One chart drawn as Excel would: clustered bars or columns from the crossing value, its title, category labels. */
function ChartView({ sheet, chart, box, locale }: { sheet: Sheet; chart: ChartEntry; box: Box; locale: string }) {
  if (chart.type === "Bubble") return <BubbleView sheet={sheet} chart={chart} box={box} />;
  const across = chart.type === "BarClustered";
  const min = chart.valueAxis.minimum ?? 0;
  const series = chart.series.map((s) => ({ ...s, data: values(sheet, s.values) }));
  // without a maximum, Excel scales the axis to the values: the next round number above the largest
  const max =
    chart.valueAxis.maximum ?? niceAbove(Math.max(min, ...series.flatMap((s) => s.data.filter((v): v is number => typeof v === "number"))));
  const cross = chart.valueAxis.crossesAt ?? min;
  const n = Math.max(0, ...series.map((s) => s.data.length));
  const names = labels(sheet, chart.series[0]?.categories ?? null, n);
  const order = Array.from({ length: n }, (_, i) => i);
  if (across && !chart.categoryAxis.reversePlotOrder) order.reverse();
  const ticks = Array.from(
    { length: Math.floor((max - min) / (chart.valueAxis.majorUnit ?? (max - min) / 4)) + 1 },
    (_, i) => min + i * (chart.valueAxis.majorUnit ?? (max - min) / 4),
  );
  const tickText = (v: number) =>
    chart.valueAxis.numberFormat === undefined ? String(v) : formatValue(v, chart.valueAxis.numberFormat, locale);
  // upright, the values' labels stand left of the plot: as wide as the longest (about 6 px a character at 10 px)
  const widest = Math.max(...ticks.map((v) => tickText(v).length));
  const pad = { top: 28, left: across ? 44 : Math.max(28, 8 + 6 * widest), right: 12, bottom: across ? 22 : 28 };
  const plot = { w: Math.max(10, box.width - pad.left - pad.right), h: Math.max(10, box.height - pad.top - pad.bottom) };
  const scale = (v: number) => ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * (across ? plot.w : plot.h);
  const band = (across ? plot.h : plot.w) / Math.max(1, n);
  const thick = (band * 0.7) / Math.max(1, series.length);
  return (
    <ChartFrame chart={chart} box={box} pad={pad}>
      {ticks.map((v) =>
        across ? (
          <g key={v}>
            <line x1={scale(v)} x2={scale(v)} y1={0} y2={plot.h} stroke="#e1e1e1" />
            <text x={scale(v)} y={plot.h + 14} textAnchor="middle">
              {tickText(v)}
            </text>
          </g>
        ) : (
          <g key={v}>
            <line x1={0} x2={plot.w} y1={plot.h - scale(v)} y2={plot.h - scale(v)} stroke="#e1e1e1" />
            <text x={-4} y={plot.h - scale(v) + 3} textAnchor="end">
              {tickText(v)}
            </text>
          </g>
        ),
      )}
      {order.map((i, slot) =>
        series.map((s, k) => {
          const v = s.data[i];
          if (v === null || v === undefined) return null;
          const [a, b] = [scale(cross), scale(v)].sort((x, y) => x - y) as [number, number];
          const offset = slot * band + band * 0.15 + k * thick;
          return across ? (
            <rect key={`${i}-${k}`} x={a} y={offset} width={Math.max(1, b - a)} height={thick} fill={s.color} />
          ) : (
            <rect key={`${i}-${k}`} x={offset} y={plot.h - b} width={thick} height={Math.max(1, b - a)} fill={s.color} />
          );
        }),
      )}
      {/* the axis where it crosses: the threshold on the readiness profile */}
      {across ? (
        <line x1={scale(cross)} x2={scale(cross)} y1={0} y2={plot.h} stroke="#404040" strokeWidth={1.5} />
      ) : (
        <line x1={0} x2={plot.w} y1={plot.h - scale(cross)} y2={plot.h - scale(cross)} stroke="#404040" />
      )}
      {order.map((i, slot) =>
        across ? (
          <text key={i} x={-4} y={slot * band + band / 2 + 3} textAnchor="end">
            {names[i]}
          </text>
        ) : (
          <text key={i} x={slot * band + band / 2} y={plot.h + 14} textAnchor="middle">
            {names[i]}
          </text>
        ),
      )}
    </ChartFrame>
  );
}

/** Height of a row under a chart (the grid draws those rows at this height), in pixels. */
export const CHART_ROW_PX = 20;

/**
 * A chart drawn from the top-left cell it covers (the cell holds it, overflowing): as wide as its columns, as
 * tall as its rows.
 */
export function ChartAt({ sheet, chart, widths, locale }: { sheet: Sheet; chart: ChartEntry; widths: readonly number[]; locale: string }) {
  const p = chart.position;
  if (p === null) return null;
  let width = 0;
  for (let c = p.from.col; c <= p.to.col; c++) width += widths[c] ?? 85;
  const box = { left: 0, top: 0, width, height: (p.to.row - p.from.row + 1) * CHART_ROW_PX };
  return <ChartView sheet={sheet} chart={chart} box={box} locale={locale} />;
}
