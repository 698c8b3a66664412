import { cellAddress } from "../../sheets/address";
import type { ReadValue, SheetGrid, ValueType } from "../../sheets/read";
import { SheetTooLargeError } from "../host";

/**
 * Up to this many cells a sheet's used range is loaded in one block. A larger one (a single entry far out, in
 * XFD1048576, makes it the whole sheet), or one of whole rows or columns (Excel gives no values of those), is never
 * loaded: only its cells that hold a constant or a formula are, area by area (Range.getSpecialCells, ExcelApi 1.9).
 */
export const DENSE_READ_CELLS = 100_000;

/** Excel's sheet size: a range as wide or as tall is unbounded (whole rows or columns), whose values Excel does not give. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLS = 16_384;

const CONTENT: ("values" | "formulas" | "valueTypes")[] = ["values", "formulas", "valueTypes"];

/** A block read, with its position (indexes, not its address: Excel writes whole rows as 1:6 and columns as A:K). */
type Block = {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: ReadValue[][];
  readonly formulas: ReadValue[][];
  readonly valueTypes: ValueType[][];
};

/** A rectangle to load, by indexes, of the sheet `owner` (its place in the names read). */
interface Region {
  readonly owner: number;
  readonly sheet: Excel.Worksheet;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Puts a block read at its position into sparse rows from A1; empty cells are left out. */
function place(into: { values: ReadValue[][]; formulas: ReadValue[][]; valueTypes: ValueType[][] }, block: Block): void {
  block.values.forEach((line, i) => {
    const r = block.rowIndex + i;
    line.forEach((value, j) => {
      const formula = block.formulas[i]?.[j] ?? value;
      if (value === "" && formula === "") return;
      const c = block.columnIndex + j;
      (into.values[r] ??= [])[c] = value;
      (into.formulas[r] ??= [])[c] = formula;
      (into.valueTypes[r] ??= [])[c] = block.valueTypes[i]?.[j] ?? "Empty";
    });
  });
}

function blockOf(r: Pick<Excel.Range, "rowIndex" | "columnIndex" | "values" | "formulas" | "valueTypes">): Block {
  return {
    rowIndex: r.rowIndex,
    columnIndex: r.columnIndex,
    values: r.values as ReadValue[][],
    formulas: r.formulas as ReadValue[][],
    valueTypes: r.valueTypes as ValueType[][],
  };
}

/** A region's block, at the region's position (a range got by indexes need not load them). */
function regionBlock(r: Excel.Range, g: Region): Block {
  return {
    rowIndex: g.row,
    columnIndex: g.col,
    values: r.values as ReadValue[][],
    formulas: r.formulas as ReadValue[][],
    valueTypes: r.valueTypes as ValueType[][],
  };
}

/** Excel on the web answers no request with more than 5 MB; a read that would is refused as a whole. */
function tooLarge(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";
}

/** Queues the loads of regions; the returned function gives their blocks once the next sync has answered. */
function queueRegions(regions: readonly Region[]): () => { owner: number; block: Block }[] {
  const ranges = regions.map((g) => g.sheet.getRangeByIndexes(g.row, g.col, g.rows, g.cols).load(CONTENT));
  return () => ranges.map((r, i) => ({ owner: regions[i]!.owner, block: regionBlock(r, regions[i]!) }));
}

/**
 * Loads regions in one round trip; one whose answer Excel refuses as larger than 5 MB is loaded in halves
 * (loadInParts). So a read that fits takes one round trip whatever its size, and one that does not takes about as
 * many as it has 5 MB.
 */
async function loadRegions(context: Excel.RequestContext, regions: readonly Region[]): Promise<{ owner: number; block: Block }[]> {
  if (regions.length === 0) return [];
  const blocks = queueRegions(regions);
  try {
    await context.sync();
    return blocks();
  } catch (e) {
    if (!tooLarge(e)) throw e;
    return loadInParts(context, regions, e);
  }
}

/**
 * Regions whose answer was refused as too large (`refusal`), loaded in two halves, each in a round trip of its own
 * and halved again if need be: the list halved, a single region halved by rows. A single row over 5 MB cannot be
 * read in parts of rows: Excel's refusal stands.
 */
async function loadInParts(
  context: Excel.RequestContext,
  regions: readonly Region[],
  refusal: unknown,
): Promise<{ owner: number; block: Block }[]> {
  let halves: [Region[], Region[]];
  if (regions.length > 1) {
    const mid = Math.ceil(regions.length / 2);
    halves = [regions.slice(0, mid), regions.slice(mid)];
  } else {
    const g = regions[0]!;
    if (g.rows === 1) throw refusal;
    const top = Math.ceil(g.rows / 2);
    halves = [[{ ...g, rows: top }], [{ ...g, row: g.row + top, rows: g.rows - top }]];
  }
  return [...(await loadRegions(context, halves[0])), ...(await loadRegions(context, halves[1]))];
}

/**
 * Reads each named sheet's cells (null where the sheet does not exist) and the tables and charts on it. The first sync finds
 * where each sheet's entries are (it also carries what the caller queued before, e.g. a write); the second loads a
 * used range up to DENSE_READ_CELLS whole, or finds a larger one's cells that hold something; a third loads those.
 * At most three round trips whatever the sheets' size, and data in proportion to the cells that hold something;
 * more only where an answer would exceed Excel on the web's 5 MB, which is then read in parts (loadRegions).
 */
export async function readGrids(
  context: Excel.RequestContext,
  names: readonly string[],
  sparseAreas: boolean,
): Promise<Map<string, SheetGrid | null>> {
  const sheets = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("isNullObject");
    // a null sheet yields a null range: both are checked after the sync
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(["isNullObject", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
    return { name, sheet, used };
  });
  // the workbook's collection is never null, unlike a missing sheet's
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();

  // the charts on each sheet that exists, by name (a re-created sheet replaces ours): loaded with the next request
  const existing = sheets.map(({ sheet }) => (sheet.isNullObject ? null : sheet));
  const askCharts = () => existing.map((sheet) => sheet?.charts.load("items/name") ?? null);
  let charts = askCharts();

  const dense: Region[] = [];
  const large: number[] = [];
  sheets.forEach(({ name, sheet, used }, owner) => {
    if (sheet.isNullObject || used.isNullObject) return;
    const unbounded = used.rowCount === SHEET_ROWS || used.columnCount === SHEET_COLS;
    if (!unbounded && used.rowCount * used.columnCount <= DENSE_READ_CELLS)
      dense.push({ owner, sheet, row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount });
    else if (sparseAreas) large.push(owner);
    else throw new SheetTooLargeError(name, cellAddress(used.rowIndex + used.rowCount - 1, used.columnIndex + used.columnCount - 1));
  });
  // constants and formulas of a large sheet: every cell that holds something, none that does not
  const findCells = () =>
    large.map((owner) => ({
      owner,
      parts: (["Constants", "Formulas"] as const).map((type) => sheets[owner]!.used.getSpecialCellsOrNullObject(type).load("isNullObject")),
    }));
  let found = findCells();
  const blocks: { owner: number; block: Block }[] = [];
  if (dense.length > 0 || large.length > 0) {
    // the dense blocks in the same round trip as finding the large sheets' cells
    const denseBlocks = queueRegions(dense);
    try {
      await context.sync();
      blocks.push(...denseBlocks());
    } catch (e) {
      if (!tooLarge(e)) throw e;
      // together the blocks answer more than 5 MB: the large sheets' cells are found again, the blocks read in parts
      if (large.length > 0) {
        found = findCells();
        await context.sync();
      }
      blocks.push(...(await loadInParts(context, dense, e)));
    }
  }
  const areas = found.flatMap((f) => f.parts.filter((p) => !p.isNullObject).map((part) => ({ owner: f.owner, part })));
  if (areas.length > 0) {
    for (const a of areas) a.part.areas.load("items/rowIndex,items/columnIndex,items/values,items/formulas,items/valueTypes");
    try {
      await context.sync();
      for (const a of areas) for (const area of a.part.areas.items) blocks.push({ owner: a.owner, block: blockOf(area) });
    } catch (e) {
      if (!tooLarge(e)) throw e;
      // more than 5 MB of entries: where they are first, then their content in parts
      for (const a of areas) a.part.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
      await context.sync();
      const regions = areas.flatMap((a) =>
        a.part.areas.items.map((r): Region => ({
          owner: a.owner,
          sheet: sheets[a.owner]!.sheet,
          row: r.rowIndex,
          col: r.columnIndex,
          rows: r.rowCount,
          cols: r.columnCount,
        })),
      );
      blocks.push(...(await loadInParts(context, regions, e)));
    }
  }

  let chartNames: (string[] | null)[];
  try {
    chartNames = charts.map((c) => c?.items.map((x) => x.name) ?? null);
  } catch {
    // no request carried them (only empty sheets), or a refused one did: one more round trip, rare
    charts = askCharts();
    await context.sync();
    chartNames = charts.map((c) => c?.items.map((x) => x.name) ?? null);
  }

  const out = new Map<string, SheetGrid | null>();
  const tablesOn = (name: string) => tables.items.filter((t) => t.worksheet.name.toLowerCase() === name.toLowerCase()).map((t) => t.name);
  sheets.forEach(({ name, sheet }, owner) => {
    if (sheet.isNullObject) return out.set(name, null);
    const grid = {
      name,
      values: [] as ReadValue[][],
      formulas: [] as ReadValue[][],
      valueTypes: [] as ValueType[][],
      tables: tablesOn(name),
      charts: chartNames[owner] ?? [],
    };
    for (const b of blocks) if (b.owner === owner) place(grid, b.block);
    return out.set(name, grid);
  });
  return out;
}
