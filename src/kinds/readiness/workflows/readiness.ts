import type { Lang } from "../../../domain/lang";
import { defaultReadinessModel, evaluateChecklist, withRespondents } from "../domain/checklist";
import type { ReadinessResult } from "../domain/evaluate";
import type { ReadinessModel } from "../domain/model";
import type { SheetHost } from "../../../hosts/host";
import { READINESS_SHEET_TEXT } from "../i18n/readinessSheetText";
import { type ReadinessRead, parseReadiness } from "../sheets/parse";
import { renderReadiness } from "../sheets/render";
import { type Grids, type KindState, type SheetKind, readKind, stateOf, writeMerged } from "../../../workflows/sheetWorkflow";

export const READINESS_KIND: SheetKind<ReadinessModel, ReadinessRead> = {
  nameFor: (lang) => READINESS_SHEET_TEXT[lang].sheetName,
  what: "readiness checklist",
  parse: parseReadiness,
  render: renderReadiness,
};

export type ReadinessSheetState = KindState<ReadinessRead, { readonly result: ReadinessResult }>;

const evaluate = (read: ReadinessRead) => ({ result: evaluateChecklist(read.model) });

/** The checklist's state among grids already read. */
export const readinessStateIn = (grids: Grids): ReadinessSheetState => stateOf(grids, READINESS_KIND, evaluate);

/** Reads the checklist (one host read, one round trip in Excel). */
export function readReadiness(host: SheetHost): Promise<ReadinessSheetState> {
  return readKind(host, READINESS_KIND, evaluate);
}

export interface CreateRequest {
  readonly lang: Lang;
  /** Respondent columns wanted (names); existing ones are kept. Empty: one unnamed score column. */
  readonly respondents?: readonly string[];
  /** Write native formulas only (no KAM.*); undefined keeps what the sheet has. */
  readonly portable?: boolean;
}

/**
 * Creates the checklist in `lang`, or re-generates the one that exists (in any language) keeping every score,
 * note, added condition, n/a mark and respondent column; then reads it back, so that problems name the cells
 * where they now are. One read, then one write that reads the sheet back (two round trips in Excel).
 */
export async function createReadiness(host: SheetHost, request: CreateRequest): Promise<ReadinessSheetState> {
  const grids = await writeMerged(host, READINESS_KIND, {
    lang: request.lang,
    merge: (existing) => withRespondents(existing ?? defaultReadinessModel(), request.respondents ?? []),
    portable: request.portable,
  });
  return stateOf(grids, READINESS_KIND, evaluate);
}
