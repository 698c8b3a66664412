/**
 * What the add-in knows of a kind of sheet (readiness checklist, competence assessment, task overview, …): one
 * descriptor per kind, listed once in `src/kinds/registry.ts`. The pane's tabs, `kam new`, `kam read` and the
 * portable workflow go through that list, so that a new kind is its folder under `src/kinds/` and one line there
 * (docs/adding-a-kind.md).
 */
import type { ComponentType } from "react";
import type { Lang, Localized } from "../domain/lang";
import type { LinkStates, LinkedTask } from "../domain/links";
import type { SheetHost } from "../hosts/host";
import type { Problem } from "../sheets/read";
import type { Grids, KindState, SheetKind, SheetNames } from "./sheetWorkflow";

/** Any kind's state, as the shared code sees it: missing, foreign, or ready with the sheet's problems. */
export type AnyKindState = KindState<{ readonly problems: readonly Problem[]; readonly lang: Lang }, object>;
export type ReadyState<S extends AnyKindState> = Extract<S, { readonly status: "ready" }>;

/** What `kam new` asks of every kind: the language, native formulas or not, and the options given (by name). */
export interface NewRequest {
  readonly lang: Lang;
  readonly portable: boolean;
  /** The command line's options that take a value, e.g. "--respondents" → "Head office,Benelux". */
  readonly values: ReadonlyMap<string, string>;
}

/** What a kind plans into the task overview (the checklist: its weak conditions; the assessment: deficits). */
export interface TaskLinks<S extends AnyKindState> {
  /** The tasks the sheet asks for, worded in `lang` (the overview's), each linked to what it is for. */
  wanted(state: ReadyState<S>, lang: Lang): LinkedTask[];
  /** Whether each link's item still needs its task: the overview marks tasks whose item no longer does. */
  open?(state: ReadyState<S>): LinkStates;
  /** The overview's words for those tasks: the list's title ({count}), and what a settled item's task is marked with. */
  readonly text?: { readonly tasks: Localized; readonly settled: Localized };
}

/**
 * What a kind says about another kind's items, for that kind's panel to show beside them: the key-account
 * selection about the checklist's R05 ("the right key accounts selected"): how many key accounts it has.
 */
export interface Remarks<S extends AnyKindState> {
  /** The id of the kind whose items these remarks are about. */
  readonly on: string;
  /** The remarks by item id (e.g. "R05"), in `lang`. */
  say(state: ReadyState<S>, lang: Lang): ReadonlyMap<string, string>;
}

/** An item of one kind that another kind keeps a sheet for: a key account of the selection, with its account plan. */
export interface Subject {
  /** Its number on its own sheet (A03). */
  readonly id: string;
  readonly name: string;
}

/** What planning added: how many tasks (0 when all were planned already), and the sheet they went to. */
export interface Planned {
  readonly added: number;
  readonly sheet: string | null;
}

/** The heavy half of a kind: its workflow, loaded when a panel, `kam` or the portable workflow needs it. */
export interface KindModule<S extends AnyKindState = AnyKindState> {
  // the kinds' models and reads differ; the shared code only passes them between a kind's own functions
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly sheet: SheetKind<any, any>;
  /** The kinds of sheet `stateIn` looks at: its own and those its items link to. */
  readonly reads: readonly SheetNames[];
  /** The kind's state among grids read in one round trip; `kinds` are all kinds, for what this one links to. */
  stateIn(grids: Grids, kinds?: readonly KindModule[]): S;
  /** `kam new`: writes the kind's sheet as the options ask. */
  createNew(host: SheetHost, request: NewRequest): Promise<unknown>;
  /** `kam read --json`: what a ready sheet holds, under the kind's id (besides the problems, listed once for all). */
  json(state: ReadyState<S>): object;
  /** `kam read`: the lines under the kind's heading for a ready sheet, in `lang`, with the pane's words. */
  report(state: ReadyState<S>, lang: Lang): string[];
  /** Tasks this kind plans into the overview. */
  readonly links?: TaskLinks<S>;
  /** What this kind says about another kind's items. */
  readonly remarks?: Remarks<S>;
  /** The items that each want a sheet of another kind (the selection's key accounts: an account plan each). */
  subjects?(state: ReadyState<S>): readonly Subject[];
  /** The kind that takes the others' planned tasks (the task overview): adds what `source` asks for. */
  plan?(host: SheetHost, source: KindModule, kinds: readonly KindModule[]): Promise<Planned>;
}

/** The light half: what the pane's first render and the command line's help need, and how to load the rest. */
export interface KindDescriptor<S extends AnyKindState = AnyKindState> {
  /** The tab's value, the key of `kam read --json`: never renamed. */
  readonly id: string;
  readonly text: {
    /** The pane's tab. */
    readonly tab: Localized;
    /** The panel's and the report's heading. */
    readonly heading: Localized;
    /** Said when the workbook has no such sheet. */
    readonly missing: Localized;
    /** Said when a sheet of the user's has the kind's name; {sheet} is its name. */
    readonly foreign: Localized;
    /** What `kam read` looks for, as one item of a list: "a KAM checklist ({names})"; {names} are its sheet names. */
    readonly looksFor: Localized;
  };
  /** The kinds whose items this one has remarks on (its module's `remarks`): their panels load only these modules. */
  readonly remarksOn?: readonly string[];
  /** `kam new`'s options that take a value and belong to this kind, e.g. "--respondents". */
  readonly newOptions?: readonly string[];
  load(): Promise<KindModule<S>>;
  /** The kind's pane panel, loaded when its tab opens. */
  panel(): Promise<ComponentType<{ readonly host: SheetHost }>>;
}
