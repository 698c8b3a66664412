import { isKeptEntry } from "../../../domain/entry";
import type { Lang, Localized } from "../../../domain/lang";
import type { LinkStates, NewTask } from "../../../domain/links";
import { type IsoDate, localToday, serialToIso } from "../../../domain/dates";
import { type TaskResult, evaluateTasks } from "../domain/evaluate";
import type { TaskModel } from "../domain/model";
import { defaultTaskModel, withDone, withLinked, withTasks } from "../domain/tasklist";
import type { SheetHost } from "../../../hosts/host";
import { TASK_SHEET_TEXT } from "../i18n/taskSheetText";
import { type TaskRead, parseTasks } from "../sheets/parse";
import { renderTasks } from "../sheets/render";
import type { KindModule, Planned } from "../../../workflows/kinds";
import {
  type Grids,
  type KindState,
  MissingSheetError,
  type SheetKind,
  type SheetNames,
  inspect,
  readKinds,
  stateOf,
  writeMerged,
} from "../../../workflows/sheetWorkflow";

export const TASK_KIND: SheetKind<TaskModel, TaskRead> = {
  nameFor: (lang) => TASK_SHEET_TEXT[lang].sheetName,
  what: "task overview",
  parse: parseTasks,
  render: renderTasks,
};

/** Tasks linked to the items of one other sheet (weak conditions), with whether each item still needs its task. */
export interface LinkedGroup {
  readonly open: LinkStates;
  readonly text: { readonly tasks: Localized; readonly settled: Localized };
}

export type TaskSheetState = KindState<
  TaskRead,
  {
    readonly today: IsoDate;
    readonly result: TaskResult;
    /** The other sheets' items that tasks link to, read in the same round trip: do they still need their tasks? */
    readonly linked: readonly LinkedGroup[];
  }
>;

/** The day the plan is judged on: the sheet's fixed planning date if the user set one, else today. */
export function planningDay(model: TaskModel, now: Date = new Date()): IsoDate {
  const fixed =
    model.today !== undefined && isKeptEntry(model.today) && typeof model.today.value === "number"
      ? serialToIso(model.today.value)
      : undefined;
  return fixed ?? localToday(now);
}

/** The kinds whose items tasks link to, and which say whether those still need their tasks. */
const linkSources = (kinds: readonly KindModule[]) => kinds.filter((k) => k.links?.open !== undefined && k.links.text !== undefined);

/** What a task state is made of: the overview, and the sheets its tasks link to. */
export const taskReads = (kinds: readonly KindModule[] = []): SheetNames[] => [TASK_KIND, ...linkSources(kinds).map((k) => k.sheet)];

/** The overview's state among grids already read (with those of the sheets its tasks link to). */
export function taskSheetState(grids: Grids, kinds: readonly KindModule[] = []): TaskSheetState {
  const linked = linkSources(kinds).flatMap((k): LinkedGroup[] => {
    const state = k.stateIn(grids, kinds);
    return state.status === "ready" ? [{ open: k.links!.open!(state), text: k.links!.text! }] : [];
  });
  return stateOf(grids, TASK_KIND, (read) => {
    const today = planningDay(read.model);
    return { today, result: evaluateTasks(read.model, today), linked };
  });
}

/** Reads the task overview, and the sheets of `kinds` its tasks link to, in one round trip. */
export async function readTasks(host: SheetHost, kinds: readonly KindModule[] = []): Promise<TaskSheetState> {
  return taskSheetState(await readKinds(host, ...taskReads(kinds)), kinds);
}

export interface TaskRequest {
  /** null keeps the existing sheet's language. */
  readonly lang: Lang | null;
  readonly add?: readonly NewTask[];
  /** Ids of tasks to mark done. */
  readonly done?: readonly string[];
  /** Write native formulas only (no KAM.*); undefined keeps what the sheet has. */
  readonly portable?: boolean;
}

/** Creates the task overview (the default plan) or re-generates it keeping every task and entry, applying the request. */
export async function createTasks(host: SheetHost, request: TaskRequest, kinds: readonly KindModule[] = []): Promise<TaskSheetState> {
  const grids = await writeMerged(host, TASK_KIND, {
    lang: request.lang,
    portable: request.portable,
    merge: (existing) => {
      let model = withTasks(existing ?? defaultTaskModel(), request.add ?? []);
      for (const id of request.done ?? []) model = withDone(model, id);
      return model;
    },
    readBack: taskReads(kinds),
  });
  return taskSheetState(grids, kinds);
}

/**
 * Adds the tasks `source`'s sheet asks for to the overview, in the overview's language (a new overview takes the
 * language of the sheet planned from); what is planned already is not added again. The sheet planned from and the
 * overview are read in one round trip.
 */
export async function planFrom(host: SheetHost, source: KindModule, kinds: readonly KindModule[]): Promise<Planned> {
  const links = source.links;
  const grids = await readKinds(host, source.sheet, TASK_KIND);
  const from = source.stateIn(grids, kinds);
  if (from.status !== "ready" || links === undefined) throw new MissingSheetError(source.sheet.what);
  let added = 0;
  const written = await writeMerged(host, TASK_KIND, {
    lang: null,
    fallback: from.lang,
    inspected: inspect(grids, TASK_KIND),
    merge: (existing, lang) => {
      const before = existing ?? defaultTaskModel();
      const after = withLinked(before, links.wanted(from, lang));
      added = after.tasks.length - before.tasks.length;
      return after;
    },
    readBack: taskReads(kinds),
  });
  const state = taskSheetState(written, kinds);
  return { added, sheet: state.status === "ready" ? state.sheet : null };
}
