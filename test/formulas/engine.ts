/**
 * A real formula engine for the formulas our sheets write: HyperFormula (GPL-3.0, a dev dependency only; never
 * bundled). The KAM.* custom functions are registered as a HyperFormula plugin that calls our functions module,
 * so a rendered sheet calculates here as it would in Excel with the add-in loaded.
 */
import {
  CellError,
  type ConfigParams,
  DetailedCellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import * as kam from "../../src/kinds/readiness/functions/readiness";
import * as kamc from "../../src/kinds/competences/functions/competences";
import * as kamt from "../../src/kinds/tasks/functions/tasks";
import * as kams from "../../src/kinds/selection/functions/selection";
import { type ReadValue, type SheetGrid, type ValueType, typeOfValue } from "../../src/sheets/read";
import type { SheetSpec } from "../../src/sheets/spec";
import { allCells } from "../../src/sheets/specToGrid";
import { cellInput } from "../../src/sheets/cellInput";

type ProcedureAst = { args: Parameters<FunctionPlugin["runFunction"]>[0] };
type InterpreterState = Parameters<FunctionPlugin["runFunction"]>[1];
type Arg = SimpleRangeValue | CellError | number | string | boolean | null | undefined;

/** A range as Excel passes it to a custom function; error values never reach it (errorIn). */
function matrix(arg: Arg): unknown[][] | undefined {
  if (arg === undefined || arg === null) return undefined;
  if (arg instanceof SimpleRangeValue) return arg.data.map((row) => row.map((v) => (typeof v === "symbol" ? null : v)));
  return [[arg]];
}

/** An empty cell as Excel passes it to a custom function on the web: null. */
function blank(arg: Arg): unknown {
  const v = scalar(arg);
  return typeof v === "symbol" || v === undefined ? null : v;
}

function scalar(arg: Arg): unknown {
  return arg instanceof SimpleRangeValue ? arg.data[0]?.[0] : arg;
}

/**
 * An error value among a call's arguments, as Excel finds it: Excel calls a custom function only when no argument
 * holds an error (without allowErrorForDataTypeAny, which our metadata does not set) and shows that error instead.
 */
function errorIn(args: readonly Arg[]): CellError | undefined {
  for (const a of args) {
    if (a instanceof CellError) return a;
    if (a instanceof SimpleRangeValue) for (const row of a.data) for (const v of row) if (v instanceof CellError) return v;
  }
  return undefined;
}

/**
 * Calls one of our custom functions as Excel would: an error in an argument is the result, without a call; a thrown
 * CustomFunctions.Error becomes the engine's #VALUE!.
 */
function call(args: readonly Arg[], f: () => unknown): number | string | boolean | CellError {
  const error = errorIn(args);
  if (error !== undefined) return error;
  try {
    return f() as number | string | boolean;
  } catch (e) {
    return new CellError(ErrorType.VALUE, (e as Error).message);
  }
}

const RANGE = { argumentType: FunctionArgumentType.RANGE };
const OPTIONAL_RANGE = { argumentType: FunctionArgumentType.RANGE, optionalArg: true };
const OPTIONAL_SCALAR = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };

class KamPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    "KAM.READINESS": { method: "readiness", parameters: [RANGE, OPTIONAL_RANGE, OPTIONAL_RANGE] },
    "KAM.WEAKCOUNT": { method: "weakcount", parameters: [RANGE, OPTIONAL_SCALAR, OPTIONAL_RANGE, OPTIONAL_RANGE] },
    "KAM.VERDICT": { method: "verdict", parameters: [RANGE, OPTIONAL_SCALAR, OPTIONAL_SCALAR, OPTIONAL_RANGE, OPTIONAL_RANGE] },
    "KAM.FIT": { method: "fit", parameters: [RANGE, RANGE, OPTIONAL_RANGE] },
    "KAM.WEIGHTEDSCORE": { method: "weightedscore", parameters: [RANGE, OPTIONAL_RANGE] },
    "KAM.KNOCKOUT": { method: "knockout", parameters: [RANGE, RANGE, RANGE] },
    "KAM.TASKSTATE": { method: "taskstate", parameters: [OPTIONAL_SCALAR, OPTIONAL_SCALAR, OPTIONAL_SCALAR, OPTIONAL_SCALAR] },
    "KAM.PROGRESS": {
      method: "progress",
      parameters: [RANGE, { argumentType: FunctionArgumentType.ANY, optionalArg: true }, OPTIONAL_RANGE, OPTIONAL_SCALAR],
    },
    "KAM.ATTRACTIVENESS": { method: "attractiveness", parameters: [RANGE, RANGE, OPTIONAL_RANGE] },
    "KAM.STRENGTH": { method: "strength", parameters: [RANGE, RANGE, OPTIONAL_RANGE] },
    "KAM.ACCOUNTCLASS": { method: "accountclass", parameters: [OPTIONAL_SCALAR, OPTIONAL_SCALAR, OPTIONAL_SCALAR, OPTIONAL_SCALAR] },
  };

  readiness(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("KAM.READINESS"), (s: Arg, na: Arg, texts: Arg) =>
      call([s, na, texts], () => kam.readiness(matrix(s)!, matrix(na), matrix(texts))),
    );
  }

  weakcount(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("KAM.WEAKCOUNT"), (s: Arg, t: Arg, na: Arg, texts: Arg) =>
      call([s, t, na, texts], () => kam.weakcount(matrix(s)!, scalar(t) as number, matrix(na), matrix(texts))),
    );
  }

  verdict(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("KAM.VERDICT"), (s: Arg, t: Arg, l: Arg, na: Arg, texts: Arg) =>
      call([s, t, l, na, texts], () => kam.verdict(matrix(s)!, scalar(t) as number, scalar(l) as string, matrix(na), matrix(texts))),
    );
  }

  fit(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("KAM.FIT"), (r: Arg, q: Arg, w: Arg) =>
      call([r, q, w], () => kamc.fit(matrix(r)!, matrix(q)!, matrix(w))),
    );
  }

  weightedscore(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("KAM.WEIGHTEDSCORE"), (r: Arg, w: Arg) =>
      call([r, w], () => kamc.weightedscore(matrix(r)!, matrix(w))),
    );
  }

  knockout(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("KAM.KNOCKOUT"), (r: Arg, q: Arg, m: Arg) =>
      call([r, q, m], () => kamc.knockout(matrix(r)!, matrix(q)!, matrix(m)!)),
    );
  }

  taskstate(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("KAM.TASKSTATE"), (due: Arg, status: Arg, today: Arg, lang: Arg) =>
      call([due, status, today, lang], () => kamt.taskstate(blank(due), blank(status), blank(today), blank(lang) as string)),
    );
  }

  attractiveness(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("KAM.ATTRACTIVENESS"), (sc: Arg, w: Arg, g: Arg) =>
      call([sc, w, g], () => kams.attractiveness(matrix(sc)!, matrix(w)!, matrix(g))),
    );
  }

  strength(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("KAM.STRENGTH"), (sc: Arg, w: Arg, g: Arg) =>
      call([sc, w, g], () => kams.strength(matrix(sc)!, matrix(w)!, matrix(g))),
    );
  }

  accountclass(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("KAM.ACCOUNTCLASS"), (a: Arg, s: Arg, cut: Arg, lang: Arg) =>
      call([a, s, cut, lang], () => kams.accountclass(blank(a), blank(s), blank(cut), blank(lang) as string)),
    );
  }

  progress(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("KAM.PROGRESS"), (s: Arg, p: Arg, ph: Arg, phase: Arg) =>
      call([s, p, ph, phase], () => kamt.progress(matrix(s)!, matrix(p), matrix(ph), blank(phase))),
    );
  }
}

/**
 * The engine's settings, here and in the preview: array arithmetic on, as Excel 365 (dynamic arrays), LibreOffice
 * and Google Sheets evaluate an array expression such as (row>cell) inside SUMPRODUCT; results in full precision, as
 * Excel computes them (HyperFormula's smart rounding would take a progress of 0.9999999999999 for 1, not short of it).
 */
export const ENGINE_CONFIG = { licenseKey: "gpl-v3", language: "enGB", useArrayArithmetic: true, smartRounding: false } as const;

const NAMES = Object.fromEntries(Object.keys(KamPlugin.implementedFunctions).map((n) => [n, n]));
HyperFormula.registerFunctionPlugin(KamPlugin, { enGB: NAMES, enUS: NAMES });

export interface Calculated {
  /** The value of a cell (0-based), after calculation; errors as their code, e.g. "#VALUE!". */
  value(row: number, col: number): unknown;
  /** Evaluates a formula ("=…") as if typed on the sheet. */
  evaluate(formula: string): unknown;
  /** The results of many formulas at once (one recalculation), in the shape given. */
  evaluateBlock(formulas: readonly (readonly string[])[]): unknown[][];
}

/** A rendered sheet in the engine that a test edits as a user would, then reads back as a host would. */
export interface EditableSheet extends Calculated {
  /** Types `content` into a cell (0-based): a value, or a formula ("=…"); null clears it. */
  set(row: number, col: number, content: string | number | boolean | null): void;
  /** Pastes a block of rows from (row, col) at once, as one edit. */
  paste(row: number, col: number, rows: readonly (readonly (string | number | boolean | null)[])[]): void;
  /** Makes several edits with one recalculation at the end. */
  batch(edits: () => void): void;
  /** Inserts `count` empty columns before `col` (0-based), moving references as a spreadsheet does. */
  insertColumns(col: number, count?: number): void;
  /** Inserts `count` empty rows before `row` (0-based), moving references as a spreadsheet does. */
  insertRows(row: number, count?: number): void;
  /** Cuts `count` rows from `row` and inserts them before `target` (0-based, counted before the cut), as a spreadsheet moves them. */
  moveRows(row: number, count: number, target: number): void;
  /** The sheet as a host reads it: values (formula results), formulas and value types, from A1. */
  grid(name: string): SheetGrid;
}

/** Loads a rendered sheet into the engine and calculates it; edits recalculate as in a spreadsheet. */
export function editable(spec: SheetSpec): EditableSheet {
  return editableEngine(spec, ENGINE_CONFIG).sheet;
}

/**
 * One rendered sheet for many tests: the first call loads it, each later call undoes every edit made since, so each
 * test starts from the sheet as rendered (loading a large sheet into the engine takes about a second, undoing edits
 * milliseconds). Each call returns the same sheet: a call resets what an earlier one gave. The engine's sheet never
 * shrinks, so where edits reached past its edge (a note beside it, the scratch cells of `evaluate`) it is loaded
 * again; the undo history holds far more edits than a test makes.
 */
export function reusableEditable(spec: () => SheetSpec): () => EditableSheet {
  let loaded: ReturnType<typeof editableEngine> | undefined;
  return () => {
    if (loaded !== undefined) while (loaded.hf.isThereSomethingToUndo()) loaded.hf.undo();
    const size = loaded?.hf.getSheetDimensions(loaded.id);
    if (loaded === undefined || size?.height !== loaded.size.height || size.width !== loaded.size.width)
      loaded = editableEngine(spec(), { ...ENGINE_CONFIG, undoLimit: 10_000 });
    return loaded.sheet;
  };
}

function editableEngine(spec: SheetSpec, config: Partial<ConfigParams>) {
  // as a host writes them: text a spreadsheet would take for a formula, a number or a date stays text
  const cells = allCells(spec).map((row) => row.map((c) => (c === null ? null : cellInput(c))));
  const hf = HyperFormula.buildFromSheets({ sheet: cells }, config);
  const sheet = hf.getSheetId("sheet")!;
  const show = (v: unknown) => (v instanceof DetailedCellError ? v.value : v);
  const edited: EditableSheet = {
    value: (row, col) => show(hf.getCellValue({ sheet, row, col })),
    // below whatever the user's edits reach, cleared after (a grid read stays the sheet's)
    ...scratchEvaluator(hf, sheet, () => hf.getSheetDimensions(sheet).height + 5, true),
    set: (row, col, content) => void hf.setCellContents({ sheet, row, col }, [[content]]),
    paste: (row, col, rows) =>
      void hf.setCellContents(
        { sheet, row, col },
        rows.map((r) => [...r]),
      ),
    batch: (edits) => void hf.batch(edits),
    insertColumns: (col, count = 1) => void hf.addColumns(sheet, [col, count]),
    insertRows: (row, count = 1) => void hf.addRows(sheet, [row, count]),
    moveRows: (row, count, target) => void hf.moveRows(sheet, row, count, target),
    grid: (name) => {
      const { height, width } = hf.getSheetDimensions(sheet);
      const values: ReadValue[][] = [];
      const formulas: ReadValue[][] = [];
      const valueTypes: ValueType[][] = [];
      for (let row = 0; row < height; row++) {
        values.push([]);
        formulas.push([]);
        valueTypes.push([]);
        for (let col = 0; col < width; col++) {
          const raw = hf.getCellValue({ sheet, row, col });
          const error = raw instanceof DetailedCellError;
          const value: ReadValue = error ? raw.value : raw === null || raw === undefined ? "" : (raw as ReadValue);
          values[row]!.push(value);
          formulas[row]!.push(hf.getCellFormula({ sheet, row, col }) ?? value);
          valueTypes[row]!.push(error ? "Error" : typeOfValue(value) === "Error" ? "String" : typeOfValue(value));
        }
      }
      return { name, values, formulas, valueTypes };
    },
  };
  return { hf, id: sheet, size: hf.getSheetDimensions(sheet), sheet: edited };
}

/** Loads a rendered sheet into the engine and calculates it. */
export function calculate(spec: SheetSpec): Calculated {
  // as a host writes them: text a spreadsheet would take for a formula, a number or a date stays text
  const cells = allCells(spec).map((row) => row.map((c) => (c === null ? null : cellInput(c))));
  const hf = HyperFormula.buildFromSheets({ sheet: cells }, ENGINE_CONFIG);
  const sheet = hf.getSheetId("sheet")!;
  const show = (v: unknown) => (v instanceof DetailedCellError ? v.value : v);
  return {
    value: (row, col) => show(hf.getCellValue({ sheet, row, col })),
    ...scratchEvaluator(hf, sheet, () => spec.cells.length + 5, false),
  };
}

/** Formulas evaluated in scratch cells from row `below()`: one at a time, or many with one recalculation. */
function scratchEvaluator(
  hf: HyperFormula,
  sheet: number,
  below: () => number,
  clear: boolean,
): Pick<Calculated, "evaluate" | "evaluateBlock"> {
  const show = (v: unknown) => (v instanceof DetailedCellError ? v.value : v);
  const evaluateBlock = (formulas: readonly (readonly string[])[]) => {
    const at = { sheet, row: below(), col: 0 };
    hf.setCellContents(
      at,
      formulas.map((r) => [...r]),
    );
    const values = formulas.map((r, i) => r.map((_, j) => show(hf.getCellValue({ sheet, row: at.row + i, col: j }))));
    if (clear)
      hf.setCellContents(
        at,
        formulas.map((r) => r.map(() => null)),
      );
    return values;
  };
  return { evaluate: (formula) => evaluateBlock([[formula]])[0]![0], evaluateBlock };
}

/** Moves the relative references of a formula written for one cell by (rows, cols), as Excel does for conditional formats. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(
    /("[^"]*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g,
    (whole, str: string | undefined, colAbs: string, col: string, rowAbs: string, row: string) => {
      if (str !== undefined) return whole;
      let c = col;
      if (!colAbs) {
        let n = 0;
        for (const ch of col) n = n * 26 + (ch.charCodeAt(0) - 64);
        n += cols;
        c = "";
        while (n > 0) {
          const r = (n - 1) % 26;
          c = String.fromCharCode(65 + r) + c;
          n = Math.floor((n - 1) / 26);
        }
      }
      const r = rowAbs ? row : String(Number(row) + rows);
      return `${colAbs}${c}${rowAbs}${r}`;
    },
  );
}
