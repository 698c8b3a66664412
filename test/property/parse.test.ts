/**
 * Reading any grid never throws; a sheet of ours whatever its cells hold still reads, and every problem names a
 * cell of the sheet read (its sheet, an A1 address inside it, what the cell holds) in a message that reads well in
 * German, Dutch and English.
 */
import fc from "fast-check";
import { LANGS, type Lang } from "../../src/domain/lang";
import { COMPETENCE_SHEET_TEXT } from "../../src/kinds/competences/i18n/competenceSheetText";
import { type Catalog, quoted } from "../../src/i18n/format";
import { formatEntryNumber } from "../../src/i18n/format";
import { problemCodes, problemParams, problemTemplate } from "../../src/i18n/problemText";
import { problemMessage } from "../../src/sheets/problems";
import { READINESS_SHEET_TEXT } from "../../src/kinds/readiness/i18n/readinessSheetText";
import { TASK_SHEET_TEXT } from "../../src/kinds/tasks/i18n/taskSheetText";
import { cellAddress, parseRangeAddress, quoteSheetName } from "../../src/sheets/address";
import { COL as COMPETENCE_COL, ROW as COMPETENCE_ROW } from "../../src/kinds/competences/sheets/layout";
import { type CompetenceRead, parseCompetences } from "../../src/kinds/competences/sheets/parse";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import type { ParseResult, Problem, SheetGrid, SheetRead } from "../../src/sheets/read";
import { COL as READINESS_COL, ROW as READINESS_ROW } from "../../src/kinds/readiness/sheets/layout";
import { type ReadinessRead, parseReadiness } from "../../src/kinds/readiness/sheets/parse";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import type { RenderOptions, SheetSpec } from "../../src/sheets/spec";
import { specToGrid } from "../../src/sheets/specToGrid";
import { COL as TASK_COL, ROW as TASK_ROW } from "../../src/kinds/tasks/sheets/layout";
import { type TaskRead, parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { type Cell, EMPTY, anyCell, anyGrid, anyText, cellsOf, gridOf, langArb, sheetNameArb } from "./arbitraries";
import { competenceModelArb, readinessModelArb, taskModelArb } from "./models";

function expectUnique(ids: readonly string[]): void {
  expect(new Set(ids).size).toBe(ids.length);
}

interface Parser {
  readonly name: string;
  readonly parse: (grid: SheetGrid) => ParseResult<SheetRead<unknown>>;
  /** The titles of the sheet's header row. */
  readonly headerWords: Catalog<string>;
  readonly headerKeys: readonly string[];
  /** A random model (entries kept as typed included), and how it is rendered. */
  readonly model: fc.Arbitrary<unknown>;
  readonly render: (model: never, lang: Lang, options?: RenderOptions) => SheetSpec;
  /** What a user relies on in any read: each item once, with one entry per respondent or candidate. */
  readonly wellFormed: (read: never) => void;
  /** Where the rendered sheet's header row, id and title columns are. */
  readonly header: { readonly row: number; readonly idCol: number; readonly titleCol: number };
}

const PARSERS: readonly Parser[] = [
  {
    name: "parseReadiness",
    parse: parseReadiness,
    headerWords: READINESS_SHEET_TEXT,
    headerKeys: ["hId", "hCondition", "hNotApplicable", "hScore", "hMean", "hMin", "hMax", "hStatus", "hNotes", "threshold"],
    model: readinessModelArb("withKept"),
    render: renderReadiness,
    wellFormed: (read: ReadinessRead) => {
      // conditions have unique ids; a remark keeps its first cell as typed
      expectUnique(read.model.conditions.filter((c) => c.ignored !== "remark").map((c) => c.id));
      for (const c of read.model.conditions) expect(c.scores).toHaveLength(read.model.respondents.length);
      expect(read.conditionRows).toHaveLength(read.model.conditions.length);
    },
    header: { row: READINESS_ROW.header, idCol: READINESS_COL.id, titleCol: READINESS_COL.text },
  },
  {
    name: "parseCompetences",
    parse: parseCompetences,
    headerWords: COMPETENCE_SHEET_TEXT,
    headerKeys: ["hId", "hCompetence", "hRequired", "hWeight", "hMustHave", "hTeam"],
    model: competenceModelArb("withKept"),
    render: renderCompetences,
    wellFormed: (read: CompetenceRead) => {
      expectUnique(read.model.requirements.filter((r) => r.ignored !== "remark").map((r) => r.id));
      for (const r of read.model.requirements) expect(r.ratings).toHaveLength(read.model.candidates.length);
      expect(read.competenceRows).toHaveLength(read.model.requirements.length);
    },
    header: { row: COMPETENCE_ROW.header, idCol: COMPETENCE_COL.id, titleCol: COMPETENCE_COL.text },
  },
  {
    name: "parseTasks",
    parse: parseTasks,
    headerWords: TASK_SHEET_TEXT,
    headerKeys: ["hId", "hPhase", "hTask", "hResponsible", "hStart", "hDue", "hStatus", "hProgress", "hLink", "hNotes", "hState"],
    model: taskModelArb("withKept"),
    render: renderTasks,
    wellFormed: (read: TaskRead) => {
      expectUnique(read.model.tasks.map((t) => t.id));
      expect(read.taskRows).toHaveLength(read.model.tasks.length);
    },
    header: { row: TASK_ROW.header, idCol: TASK_COL.id, titleCol: TASK_COL.task },
  },
];

/** What users do to a sheet's cells: type or paste over any cell, delete the end of a row, insert, delete or swap rows and columns. */
type Edit =
  | { readonly kind: "set"; readonly row: number; readonly col: number; readonly cell: Cell }
  | { readonly kind: "truncate"; readonly row: number; readonly length: number }
  | { readonly kind: "insertRow"; readonly row: number }
  | { readonly kind: "deleteRow"; readonly row: number }
  | { readonly kind: "insertCol"; readonly col: number }
  | { readonly kind: "deleteCol"; readonly col: number }
  | { readonly kind: "swapCols"; readonly col: number; readonly other: number };

const index = fc.nat({ max: 40 });
const cellEdit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constant("set" as const), row: index, col: index, cell: anyCell });
const truncateEdit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constant("truncate" as const), row: index, length: fc.nat({ max: 14 }) });
const anyEdit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: cellEdit },
  { weight: 1, arbitrary: truncateEdit },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom("insertRow" as const, "deleteRow" as const), index).map(([kind, row]) => ({ kind, row })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom("insertCol" as const, "deleteCol" as const), index).map(([kind, col]) => ({ kind, col })),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("swapCols" as const), col: index, other: index }) },
);

/** Applies edits to a grid's cells; `keep` says which cells an edit must leave as they are. */
function edited(grid: SheetGrid, edits: readonly Edit[], keep: (row: number, col: number) => boolean = () => false): SheetGrid {
  const rows = cellsOf(grid);
  const width = () => Math.max(0, ...rows.map((r) => r.length));
  for (const e of edits) {
    if (e.kind === "set") {
      // within the sheet, or a little beyond it
      const row = e.row % (rows.length + 3);
      const col = e.col % (width() + 3);
      if (keep(row, col)) continue;
      while (rows.length <= row) rows.push([]);
      const r = rows[row]!;
      while (r.length <= col) r.push(EMPTY);
      r[col] = e.cell;
    } else if (e.kind === "truncate") {
      const row = rows[e.row % Math.max(1, rows.length)];
      const from = e.length;
      if (row !== undefined && !row.some((_, c) => c >= from && keep(e.row % rows.length, c))) row.length = Math.min(row.length, from);
    } else if (e.kind === "insertRow") rows.splice(e.row % (rows.length + 1), 0, []);
    else if (e.kind === "deleteRow") rows.splice(e.row % Math.max(1, rows.length), 1);
    else if (e.kind === "insertCol") rows.forEach((r) => r.length > e.col && r.splice(e.col, 0, EMPTY));
    else if (e.kind === "deleteCol") rows.forEach((r) => r.splice(e.col, 1));
    else {
      const w = Math.max(1, width());
      const [a, b] = [e.col % w, e.other % w];
      for (const r of rows) {
        while (r.length <= Math.max(a, b)) r.push(EMPTY);
        [r[a], r[b]] = [r[b]!, r[a]!];
      }
    }
  }
  return gridOf(grid.name, rows);
}

/** A random grid with one of the sheet's header rows (titles in any language and order, among other cells) inserted. */
function withHeaderRow(p: Parser): fc.Arbitrary<SheetGrid> {
  const titles = fc.tuple(langArb, fc.subarray([...p.headerKeys])).map(([lang, keys]) => keys.map((k) => p.headerWords[lang][k]!));
  return fc
    .tuple(
      anyGrid,
      fc.array(
        fc.oneof(
          titles.map((ts): Cell[] => ts.map((value) => ({ value, type: "String" }))),
          fc.array(anyCell, { maxLength: 3 }),
        ),
        { maxLength: 4 },
      ),
      fc.nat({ max: 70 }),
    )
    .map(([grid, parts, at]) => {
      const rows = cellsOf(grid);
      rows.splice(at % (rows.length + 1), 0, parts.flat());
      return gridOf(grid.name, rows);
    });
}

function inside(grid: SheetGrid, address: string): boolean {
  const { row, col, rows, cols } = parseRangeAddress(address);
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  return rows === 1 && cols === 1 && row < grid.values.length && col < width;
}

/** A problem as a user reads it: sheet and cell first, the cell's content quoted where the message quotes it, no {placeholder} left. */
function expectReadable(problem: Problem, lang: Lang): void {
  const message = problemMessage(problem, lang);
  const where = `${quoteSheetName(problem.sheet)}!${problem.cell}`;
  expect(message.startsWith(`${where}: `)).toBe(true);
  // what the user typed may itself hold braces (the value, a name inside what the cell computes): only the
  // catalog's text must not
  const value = quoted(problem.value);
  const typed = [value, problem.expected ?? ""].filter((t) => t !== "");
  expect(typed.reduce((rest, t) => rest.split(t).join(""), message.slice(where.length))).not.toMatch(/\{\w+\}/);
  // numbers are written as the language writes them (2,5), TRUE and FALSE as its spreadsheet shows them (WAHR …)
  const shown = problem.kind === "number" ? formatEntryNumber(Number(problem.value), lang) : value;
  if (/\{(value|entry)\}/.test(problemTemplate(problem.code, lang)) && problem.kind !== "boolean") expect(message).toContain(shown);
}

describe.each(PARSERS)("$name", (p) => {
  /** The grid of a sheet of ours: a random model rendered in any language, portable or not. */
  const rendered = fc.tuple(p.model, langArb, fc.boolean());
  const gridOfRendered = ([model, lang, portable]: [unknown, Lang, boolean]) => specToGrid(p.render(model as never, lang, { portable }));

  it("never throws, whatever grid it is given", () => {
    fc.assert(
      fc.property(fc.oneof(anyGrid, withHeaderRow(p)), (grid) => {
        const result = p.parse(grid);
        if (result.ok) p.wellFormed(result as never);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on a sheet of ours whose rows and columns users inserted, deleted, moved, cut short or typed over", () => {
    fc.assert(
      fc.property(rendered, fc.array(anyEdit, { maxLength: 25 }), (sheet, edits) => {
        const result = p.parse(edited(gridOfRendered(sheet), edits));
        if (result.ok) p.wellFormed(result as never);
      }),
      { numRuns: 150 },
    );
  });

  it("reads a sheet of ours whatever its cells hold, naming every problem's sheet and cell, in every language", () => {
    const { row: h, idCol, titleCol } = p.header;
    // the header row's id and title make a sheet ours: everything else may hold anything
    const keep = (row: number, col: number) => row === h && (col === idCol || col === titleCol);
    fc.assert(
      fc.property(
        rendered,
        sheetNameArb,
        fc.array(fc.oneof({ weight: 6, arbitrary: cellEdit }, { weight: 1, arbitrary: truncateEdit }), { maxLength: 40 }),
        (sheet, name, edits) => {
          const grid = edited({ ...gridOfRendered(sheet), name }, edits, keep);
          const result = p.parse(grid);
          if (!result.ok) throw new Error(`${name} does not read: ${JSON.stringify(result.problems)}`);
          p.wellFormed(result as never);
          for (const problem of result.problems) {
            expect(problem.sheet).toBe(name);
            expect(inside(grid, problem.cell)).toBe(true);
            if (/\{(value|entry)\}/.test(problemTemplate(problem.code, "en"))) {
              // the message quotes what the cell holds
              const { row, col } = parseRangeAddress(problem.cell);
              const held = String(grid.values[row]?.[col] ?? "");
              expect([held, held.trim()]).toContain(problem.value);
            }
            for (const lang of LANGS) expectReadable(problem, lang);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("problem messages", () => {
  it("read well in every language for any sheet name, cell and value", () => {
    const codes = problemCodes();
    // a rule's numbers, as a code with parameters carries them (a whole number from min to max)
    const numbers = fc.tuple(fc.integer({ min: -10, max: 10 }), fc.nat({ max: 100 }));
    fc.assert(
      fc.property(
        sheetNameArb,
        fc.constantFrom(...codes),
        fc.tuple(fc.nat({ max: 16_383 }), fc.nat({ max: 1_048_575 })),
        anyText,
        numbers,
        (sheet, code, [col, row], value, [min, span]) => {
          const names = problemParams(code);
          const params = Object.fromEntries(names.map((n) => [n, n === "max" ? min + span : min]));
          for (const lang of LANGS)
            expectReadable({ sheet, cell: cellAddress(row, col), code, value, ...(names.length === 0 ? {} : { params }) }, lang);
        },
      ),
      { numRuns: 200 },
    );
  });
});
