import { LANGS, type Lang } from "../domain/lang";
import { defaultReadinessModel, evaluateChecklist, withRespondents } from "../domain/readiness/checklist";
import type { ReadinessResult } from "../domain/readiness/evaluate";
import type { ReadinessModel } from "../domain/readiness/model";
import type { SheetHost } from "../hosts/host";
import { READINESS_SHEET_TEXT } from "../i18n/readinessSheetText";
import type { Problem } from "../sheets/read";
import { parseReadiness } from "../sheets/readiness/parse";
import { renderReadiness } from "../sheets/readiness/render";

/** The readiness sheet's name in each language: the checklist may exist under any of them. */
export const READINESS_SHEET_NAMES: readonly string[] = LANGS.map((l) => READINESS_SHEET_TEXT[l].sheetName);

export type ReadinessState =
  | { readonly kind: "missing" }
  /** A sheet with the checklist's name that is not a checklist: never overwritten. */
  | { readonly kind: "foreign"; readonly sheet: string; readonly problems: readonly Problem[] }
  | {
      readonly kind: "ready";
      readonly sheet: string;
      readonly lang: Lang;
      readonly model: ReadinessModel;
      readonly result: ReadinessResult;
      readonly problems: readonly Problem[];
      /** 0-based sheet row of each condition, in model order. */
      readonly conditionRows: readonly number[];
      readonly extent: { readonly rows: number; readonly cols: number };
    };

/** Reads the checklist (one host read, one round trip in Excel). */
export async function readReadiness(host: SheetHost): Promise<ReadinessState> {
  return (await inspect(host)).state;
}

async function inspect(host: SheetHost): Promise<{ state: ReadinessState; foreign: readonly string[] }> {
  const grids = await host.readSheets(READINESS_SHEET_NAMES);
  const foreign: string[] = [];
  let state: ReadinessState | undefined;
  for (const name of READINESS_SHEET_NAMES) {
    const grid = grids.get(name);
    if (grid === null || grid === undefined) continue;
    const parsed = parseReadiness(grid);
    if (!parsed.ok) foreign.push(name);
    else if (state === undefined) {
      state = {
        kind: "ready",
        sheet: name,
        lang: parsed.lang,
        model: parsed.model,
        result: evaluateChecklist(parsed.model),
        problems: parsed.problems,
        conditionRows: parsed.conditionRows,
        extent: parsed.extent,
      };
    }
  }
  const fallback: ReadinessState = foreign[0] === undefined ? { kind: "missing" } : { kind: "foreign", sheet: foreign[0], problems: [] };
  return { state: state ?? fallback, foreign };
}

export interface CreateRequest {
  readonly lang: Lang;
  /** Respondent columns wanted (names); existing ones are kept. Empty: one unnamed score column. */
  readonly respondents?: readonly string[];
}

/** Why a create did not write. */
export class ForeignSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`The sheet "${sheet}" exists but is not a KAM readiness checklist; it was left untouched.`);
  }
}

/**
 * Creates the checklist in `lang`, or re-generates the one that exists (in any language) keeping every score,
 * note, added condition, n/a mark and respondent column. One read, one write and one read back.
 */
export async function createReadiness(host: SheetHost, request: CreateRequest): Promise<ReadinessState> {
  const { state: before, foreign } = await inspect(host);
  const targetName = READINESS_SHEET_TEXT[request.lang].sheetName;
  // never write over (or rename onto) a sheet of the user's that merely shares the checklist's name
  if (foreign.includes(targetName)) throw new ForeignSheetError(targetName);
  const base = before.kind === "ready" ? before.model : defaultReadinessModel();
  const model = withRespondents(base, request.respondents ?? []);
  const spec = renderReadiness(model, request.lang);
  if (before.kind === "ready") {
    await host.writeSheet(spec, { replace: before.sheet, clear: { row: 0, col: 0, ...before.extent } });
  } else {
    await host.writeSheet(spec);
  }
  // read back what Excel now holds: problems then name the cells where they now are
  return readReadiness(host);
}
