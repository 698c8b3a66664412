/**
 * A kind of sheet that exists for tests only: a list of notes ("Note" in A1, one per row below). It is what a new
 * kind brings, and no more: a descriptor, a module, a panel. The registry test adds it to the list of kinds.
 */
import type { SheetHost } from "../../src/hosts/host";
import { type SheetGrid, textAt } from "../../src/sheets/read";
import type { SheetSpec } from "../../src/sheets/spec";
import type { KindDescriptor, KindModule } from "../../src/workflows/kinds";
import { type KindState, type SheetKind, stateOf, writeMerged } from "../../src/workflows/sheetWorkflow";

type NotesModel = readonly string[];
type NotesRead = { model: NotesModel; lang: "en"; problems: []; extent: { rows: number; cols: number }; strays: [] };
type NotesState = KindState<NotesRead, { readonly count: number }>;

function render(notes: NotesModel): SheetSpec {
  const cells = [["Note"], ...notes.map((n) => [n])];
  return {
    name: "Notes",
    cells,
    numberFormats: cells.map(() => ["General"]),
    styles: [],
    merges: [],
    columnWidths: [200],
    rowHeights: [],
    validations: [],
    conditionalFormats: [],
    freezeRows: 1,
    print: { landscape: false, area: { row: 0, col: 0, rows: cells.length, cols: 1 }, header: {}, footer: {} },
  };
}

function parse(grid: SheetGrid) {
  if (textAt(grid, 0, 0) !== "Note") return { ok: false as const, problems: [] };
  const rows = grid.values.length;
  const notes = Array.from({ length: rows - 1 }, (_, i) => textAt(grid, i + 1, 0)).filter((n) => n !== "");
  return { ok: true as const, model: notes, lang: "en" as const, problems: [] as [], extent: { rows, cols: 1 }, strays: [] as [] };
}

const NOTES_SHEET: SheetKind<NotesModel, NotesRead> = {
  nameFor: () => "Notes",
  what: "notes list",
  parse,
  render: (model) => render(model),
};
const stateIn = (grids: Parameters<KindModule["stateIn"]>[0]): NotesState =>
  stateOf(grids, NOTES_SHEET, (read) => ({ count: read.model.length }));

const NOTES_MODULE: KindModule<NotesState> = {
  sheet: NOTES_SHEET,
  reads: [NOTES_SHEET],
  stateIn,
  createNew: (host, { values }) =>
    writeMerged(host, NOTES_SHEET, {
      lang: "en",
      merge: (existing) => existing ?? (values.get("--notes") ?? "").split(",").filter((n) => n !== ""),
    }),
  json: (state) => ({ sheet: state.sheet, count: state.count }),
  report: (state) => [`  ${state.count} notes: ${state.model.join(", ")}`],
};

function NotesPanel({ host }: { readonly host: SheetHost }) {
  return <p>Notes panel on {typeof host.readSheets === "function" ? "a host" : "nothing"}</p>;
}

const same = (text: string) => ({ de: text, nl: text, en: text });

export const NOTES: KindDescriptor<NotesState> = {
  id: "notes",
  text: {
    tab: same("Notes"),
    heading: same("Notes"),
    missing: same("No notes yet."),
    foreign: same("{sheet} is not a notes list."),
    looksFor: same("a notes list ({names})"),
  },
  newOptions: ["--notes"],
  load: async () => NOTES_MODULE,
  panel: async () => NotesPanel,
};
