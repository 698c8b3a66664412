import { useEffect, useRef, useState } from "react";
import { cellAddress, columnLetter } from "../../src/sheets/address";
import { CHART_ROW_PX, ChartAt } from "./Chart";
import type { Area, Format, Sheet, Workbook } from "../office/model";
import { formatValue, parseInput } from "./numberFormat";
import type { PREVIEW_TEXT } from "./previewText";
import type { Recalculator } from "./recalc";

const K = (row: number, col: number) => row * 16_384 + col;
const inside = (a: Area, r: number, c: number) => r >= a.row && r < a.row + a.rows && c >= a.col && c < a.col + a.cols;

function formats(sheet: Sheet, rows: number, cols: number): Map<number, Format> {
  const out = new Map<number, Format>();
  for (const f of sheet.formats) {
    for (let r = f.area.row; r < Math.min(rows, f.area.row + f.area.rows); r++) {
      for (let c = f.area.col; c < Math.min(cols, f.area.col + f.area.cols); c++) out.set(K(r, c), { ...out.get(K(r, c)), ...f.format });
    }
  }
  return out;
}

/** The workbook is an external store: it changes through these, and tells its listeners. */
function selectCell(workbook: Workbook, sheet: Sheet, row: number, col: number): void {
  sheet.selection = { row, col, rows: 1, cols: 1 };
  workbook.changed("view");
}

function showSheet(workbook: Workbook, sheet: Sheet): void {
  workbook.active = sheet;
  workbook.changed("view");
}

export interface GridProps {
  readonly workbook: Workbook;
  readonly recalc: Recalculator;
  readonly text: (typeof PREVIEW_TEXT)["en"];
}

/** The in-memory workbook as a spreadsheet: tabs, values as formatted, highlighting, validation, editing, selection. */
export function Grid({ workbook, recalc, text: words }: GridProps) {
  const [, redraw] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [alert, setAlert] = useState<{ title: string; message: string } | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const listener = () => redraw((n) => n + 1);
    workbook.listeners.add(listener);
    return () => void workbook.listeners.delete(listener);
  }, [workbook]);

  const sheet = workbook.active;
  const selection = sheet?.selection ?? null;
  useEffect(() => {
    if (selection === null) return;
    gridRef.current
      ?.querySelector(`[data-row="${selection.row}"][data-col="${selection.col}"]`)
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selection]);

  if (sheet === null) return <div className="preview-empty">{words.empty}</div>;
  const used = sheet.usedArea(false);
  // the cells under the charts are drawn too, so that the charts have cells to sit on
  const charted = sheet.charts.flatMap((c) => (c.position === null ? [] : [c.position.to]));
  const rows = Math.max(20, (used ? used.row + used.rows : 0) + 3, ...charted.map((a) => a.row + 2));
  const cols = Math.max(8, (used ? used.col + used.cols : 0) + 1, ...charted.map((a) => a.col + 1));
  const fmt = formats(sheet, rows, cols);
  const cf = recalc.conditionalFormats(sheet);
  const covered = new Set<number>();
  const spans = new Map<number, number>();
  for (const m of sheet.merges) {
    spans.set(K(m.row, m.col), m.cols);
    for (let c = m.col + 1; c < m.col + m.cols; c++) covered.add(K(m.row, c));
  }
  const active = selection === null ? null : { row: selection.row, col: selection.col };
  const chartAt = new Map(
    sheet.charts.flatMap((c) => (c.position === null ? [] : [[K(c.position.from.row, c.position.from.col), c] as const])),
  );
  const underChart = (r: number) => sheet.charts.some((c) => c.position !== null && r >= c.position.from.row && r <= c.position.to.row);
  const widths = Array.from({ length: cols }, (_, c) => Math.round((sheet.columnWidths.get(c) ?? 64) * 1.33));
  const select = (row: number, col: number) => {
    setAlert(null);
    selectCell(workbook, sheet, row, col);
  };
  const commit = (row: number, col: number, text: string) => {
    setEditing(null);
    const address = cellAddress(row, col);
    const result = sheet.userEdit(address, parseInput(text, sheet.cell(row, col)?.numberFormat ?? "General"));
    if (!result.accepted) {
      const v = sheet.validationAt(address);
      setAlert({ title: v?.errorAlert?.title ?? words.invalid, message: v?.errorAlert?.message ?? words.notAllowed });
    }
    gridRef.current?.focus();
  };
  const prompt = active === null ? undefined : sheet.validationAt(cellAddress(active.row, active.col))?.prompt;

  return (
    <div className="preview-grid">
      <div role="tablist" aria-label="Sheets" className="preview-tabs">
        {workbook.sheets.map((s) => (
          <button key={s.id} role="tab" aria-selected={s === sheet} onClick={() => showSheet(workbook, s)}>
            {s.name}
          </button>
        ))}
      </div>
      <div
        ref={gridRef}
        className="preview-cells"
        tabIndex={0}
        aria-label={`Sheet ${sheet.name}`}
        onKeyDown={(e) => {
          if (active === null || editing !== null) return;
          const move = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
          if (move) {
            e.preventDefault();
            select(Math.max(0, active.row + move[0]!), Math.max(0, active.col + move[1]!));
          } else if (e.key === "Enter" || e.key === "F2") {
            e.preventDefault();
            setEditing(String(sheet.cell(active.row, active.col)?.formula ?? sheet.cell(active.row, active.col)?.value ?? ""));
          } else if (e.key === "Delete" || e.key === "Backspace") commit(active.row, active.col, "");
          else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
            e.preventDefault();
            setEditing(e.key);
          }
        }}
      >
        <table style={{ width: 32 + widths.reduce((a, b) => a + b, 0) }}>
          <thead>
            <tr>
              <th />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} style={{ width: widths[c] }}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr
                key={r}
                className={r < sheet.frozen.rows ? "frozen" : undefined}
                style={underChart(r) ? { height: CHART_ROW_PX } : undefined}
              >
                <th>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const k = K(r, c);
                  if (covered.has(k)) return null;
                  const cell = sheet.cell(r, c);
                  const f = { ...fmt.get(k), ...cf.get(k) };
                  const isActive = active !== null && active.row === r && active.col === c;
                  const inSelection = selection !== null && inside(selection, r, c);
                  const text =
                    cell === undefined ? "" : formatValue(cell.error ?? cell.value, cell.numberFormat ?? "General", words.numbers);
                  // text runs on into empty cells to its right, as in Excel
                  const spill = typeof cell?.value === "string" && !f.wrapText && (sheet.cell(r, c + 1)?.value ?? "") === "";
                  const chart = chartAt.get(k);
                  return (
                    <td
                      key={c}
                      colSpan={spans.get(k)}
                      data-cell={cellAddress(r, c)}
                      data-row={r}
                      data-col={c}
                      data-fill={f.fill}
                      className={
                        [
                          inSelection ? "selected" : "",
                          isActive ? "active" : "",
                          f.wrapText ? "wrap" : "",
                          spill ? "spill" : "",
                          chart ? "chart" : "",
                        ]
                          .join(" ")
                          .trim() || undefined
                      }
                      style={{
                        background: f.fill,
                        color: f.fontColor,
                        fontWeight: f.bold ? 600 : undefined,
                        fontStyle: f.italic ? "italic" : undefined,
                        textAlign:
                          typeof cell?.value === "number" && !f.horizontalAlignment
                            ? "right"
                            : (f.horizontalAlignment?.toLowerCase() as "left" | "center" | "right" | undefined),
                      }}
                      onMouseDown={() => select(r, c)}
                      onDoubleClick={() => setEditing(String(cell?.formula ?? cell?.value ?? ""))}
                    >
                      {isActive && editing !== null ? (
                        <input
                          autoFocus
                          aria-label={`Edit ${cellAddress(r, c)}`}
                          defaultValue={editing}
                          onKeyDown={(e) => {
                            if (e.key === "Enter") commit(r, c, e.currentTarget.value);
                            if (e.key === "Escape") {
                              setEditing(null);
                              gridRef.current?.focus();
                            }
                            e.stopPropagation();
                          }}
                        />
                      ) : (
                        text
                      )}
                      {chart && <ChartAt sheet={sheet} chart={chart} widths={widths} locale={words.numbers} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {alert !== null && (
        <div role="alert" className="preview-alert">
          <strong>{alert.title}</strong> {alert.message}
          <button onClick={() => setAlert(null)}>OK</button>
        </div>
      )}
      {alert === null && prompt?.message && (
        <div className="preview-prompt">
          <strong>{prompt.title}</strong> {prompt.message}
        </div>
      )}
    </div>
  );
}
