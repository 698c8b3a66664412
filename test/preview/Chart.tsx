import type { Area, ChartEntry, Sheet } from "../office/model";

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

/** One chart drawn as Excel would: clustered bars or columns from the crossing value, its title, category labels. */
function ChartView({ sheet, chart, box }: { sheet: Sheet; chart: ChartEntry; box: Box }) {
  const across = chart.type === "BarClustered";
  const min = chart.valueAxis.minimum ?? 0;
  const max = chart.valueAxis.maximum ?? 1;
  const cross = chart.valueAxis.crossesAt ?? min;
  const series = chart.series.map((s) => ({ ...s, data: values(sheet, s.values) }));
  const n = Math.max(0, ...series.map((s) => s.data.length));
  const names = labels(sheet, chart.series[0]?.categories ?? null, n);
  const order = Array.from({ length: n }, (_, i) => i);
  if (across && !chart.categoryAxis.reversePlotOrder) order.reverse();
  const pad = { top: 28, left: across ? 44 : 28, right: 12, bottom: across ? 22 : 28 };
  const plot = { w: Math.max(10, box.width - pad.left - pad.right), h: Math.max(10, box.height - pad.top - pad.bottom) };
  const scale = (v: number) => ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * (across ? plot.w : plot.h);
  const band = (across ? plot.h : plot.w) / Math.max(1, n);
  const thick = (band * 0.7) / Math.max(1, series.length);
  const ticks = Array.from(
    { length: Math.floor((max - min) / (chart.valueAxis.majorUnit ?? (max - min) / 4)) + 1 },
    (_, i) => min + i * (chart.valueAxis.majorUnit ?? (max - min) / 4),
  );
  const tickText = (v: number) => (chart.valueAxis.numberFormat === "0%" ? `${Math.round(v * 100)} %` : String(v));
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
      </g>
    </svg>
  );
}

/** Height of a row under a chart (the grid draws those rows at this height), in pixels. */
export const CHART_ROW_PX = 20;

/**
 * A chart drawn from the top-left cell it covers (the cell holds it, overflowing): as wide as its columns, as
 * tall as its rows.
 */
export function ChartAt({ sheet, chart, widths }: { sheet: Sheet; chart: ChartEntry; widths: readonly number[] }) {
  const p = chart.position;
  if (p === null) return null;
  let width = 0;
  for (let c = p.from.col; c <= p.to.col; c++) width += widths[c] ?? 85;
  const box = { left: 0, top: 0, width, height: (p.to.row - p.from.row + 1) * CHART_ROW_PX };
  return <ChartView sheet={sheet} chart={chart} box={box} />;
}
