import type { Lang } from "../../../domain/lang";
import type { SheetHost } from "../../../hosts/host";
import { nextCriterionIds } from "../domain/criteria";
import { type SelectionResult, evaluateSelection } from "../domain/evaluate";
import type { Criterion, CriterionGroup, SelectionModel } from "../domain/model";
import { type NewCustomer, defaultSelectionModel, withCustomers } from "../domain/selection";
import { SELECTION_SHEET_TEXT } from "../i18n/selectionSheetText";
import { type SelectionRead, parseSelection } from "../sheets/parse";
import { renderSelection } from "../sheets/render";
import { type Grids, type KindState, type SheetKind, readKind, stateOf, writeMerged } from "../../../workflows/sheetWorkflow";

export const SELECTION_KIND: SheetKind<SelectionModel, SelectionRead> = {
  nameFor: (lang) => SELECTION_SHEET_TEXT[lang].sheetName,
  what: "key account selection",
  parse: parseSelection,
  render: renderSelection,
};

export type SelectionSheetState = KindState<SelectionRead, { readonly result: SelectionResult }>;

const evaluate = (read: SelectionRead) => ({ result: evaluateSelection(read.model) });

/** The selection's state among grids already read. */
export const selectionStateIn = (grids: Grids): SelectionSheetState => stateOf(grids, SELECTION_KIND, evaluate);

/** Reads the key-account selection (one host read). */
export function readSelection(host: SheetHost): Promise<SelectionSheetState> {
  return readKind(host, SELECTION_KIND, evaluate);
}

export interface SelectionRequest {
  readonly lang: Lang;
  /** Customers to add after those on the sheet (a name already there is not added again). */
  readonly customers?: readonly NewCustomer[];
  /** Own criteria to add, each to its group, weighted 0 until the user weighs it. */
  readonly criteria?: readonly { readonly text: string; readonly group: CriterionGroup }[];
  /** Weights set in the pane, by criterion id. */
  readonly weights?: Readonly<Record<string, number>>;
  /** The computed cells use native functions in either case; kept for the shared workflow. */
  readonly portable?: boolean;
}

/** The criteria with the pane's weights and the own criteria it adds (each after the last of its group). */
function withCriteria(model: SelectionModel, request: SelectionRequest): SelectionModel {
  const weights = request.weights ?? {};
  let criteria: Criterion[] = model.criteria.map((c) => (weights[c.id] === undefined ? c : { ...c, weight: weights[c.id]! }));
  let customers = model.customers;
  const added = (request.criteria ?? []).filter((c) => c.text.trim() !== "");
  const ids = nextCriterionIds(
    criteria.map((c) => c.id),
    added.length,
  );
  added.forEach((c, i) => {
    const last = criteria.reduce((at, x, k) => (x.group === c.group ? k : at), -1);
    const at = last < 0 ? (c.group === "attractiveness" ? 0 : criteria.length) : last + 1;
    criteria = [...criteria.slice(0, at), { id: ids[i]!, group: c.group, text: c.text.trim(), weight: 0 }, ...criteria.slice(at)];
    customers = customers.map((x) => ({ ...x, scores: [...x.scores.slice(0, at), null, ...x.scores.slice(at)] }));
  });
  return { ...model, criteria, customers };
}

/**
 * Creates the selection, or re-generates it keeping every criterion, customer, score and setting, adding what the
 * request names. One read, then one write that reads the sheet back.
 */
export async function createSelection(host: SheetHost, request: SelectionRequest): Promise<SelectionSheetState> {
  const grids = await writeMerged(host, SELECTION_KIND, {
    lang: request.lang,
    portable: request.portable,
    merge: (existing) => withCustomers(withCriteria(existing ?? defaultSelectionModel(), request), request.customers ?? []),
  });
  return stateOf(grids, SELECTION_KIND, evaluate);
}
