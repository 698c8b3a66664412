/**
 * A kind of sheet with a sheet per subject, for tests only (as account plans are one per key account): "Memo –
 * <subject>", "Memo" in A1 and the subject in B1, one line per row below. Its sheets are known by a pattern.
 */
import { type SheetGrid, textAt } from "../../src/sheets/read";
import type { SheetSpec } from "../../src/sheets/spec";
import type { SheetKind } from "../../src/workflows/sheetWorkflow";

export interface Memo {
  readonly subject: string;
  readonly lines: readonly string[];
}
type MemoRead = { model: Memo; lang: "en"; problems: []; extent: { rows: number; cols: number }; strays: [] };

const PREFIX = "Memo – ";

export function renderMemo(memo: Memo): SheetSpec {
  const cells = [["Memo", memo.subject], ...memo.lines.map((l) => [l, ""])];
  return {
    name: `${PREFIX}${memo.subject}`,
    cells,
    numberFormats: cells.map(() => ["General", "General"]),
    styles: [],
    merges: [],
    columnWidths: [200, 100],
    rowHeights: [],
    validations: [],
    conditionalFormats: [],
    freezeRows: 1,
    print: { landscape: false, area: { row: 0, col: 0, rows: cells.length, cols: 2 }, header: {}, footer: {} },
  };
}

function parse(grid: SheetGrid) {
  if (textAt(grid, 0, 0) !== "Memo") return { ok: false as const, problems: [] };
  const rows = grid.values.length;
  const lines = Array.from({ length: rows - 1 }, (_, i) => textAt(grid, i + 1, 0)).filter((l) => l !== "");
  const model = { subject: textAt(grid, 0, 1), lines };
  return { ok: true as const, model, lang: "en" as const, problems: [] as [], extent: { rows, cols: 2 }, strays: [] as [] };
}

export const MEMO_SHEET: SheetKind<Memo, MemoRead> = {
  // a new memo's name needs its subject: the kind's fixed name is only what a workbook without memos is told of
  nameFor: () => "Memo",
  matches: (name) => name.startsWith(PREFIX),
  what: "memo",
  parse,
  render: (memo) => renderMemo(memo),
};
