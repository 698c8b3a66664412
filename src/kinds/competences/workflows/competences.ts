import { defaultCompetenceModel, withCandidates, withCompetence, withProfile } from "../domain/assessment";
import { type CompetenceResult, evaluateAssessment } from "../domain/evaluate";
import type { CompetenceModel, Requirement } from "../domain/model";
import type { Profile } from "../domain/profile";
import type { Lang } from "../../../domain/lang";
import type { SheetHost } from "../../../hosts/host";
import { COMPETENCE_SHEET_TEXT } from "../i18n/competenceSheetText";
import { type CompetenceRead, parseCompetences } from "../sheets/parse";
import { renderCompetences } from "../sheets/render";
import { type Grids, type KindState, type SheetKind, readKind, stateOf, writeMerged } from "../../../workflows/sheetWorkflow";

export const COMPETENCE_KIND: SheetKind<CompetenceModel, CompetenceRead> = {
  nameFor: (lang) => COMPETENCE_SHEET_TEXT[lang].sheetName,
  what: "competence assessment",
  parse: parseCompetences,
  render: renderCompetences,
};

export type CompetenceSheetState = KindState<CompetenceRead, { readonly result: CompetenceResult }>;

const evaluate = (read: CompetenceRead) => ({ result: evaluateAssessment(read.model) });

/** The assessment's state among grids already read. */
export const competenceStateIn = (grids: Grids): CompetenceSheetState => stateOf(grids, COMPETENCE_KIND, evaluate);

/** Reads the competence assessment (one host read). */
export function readCompetences(host: SheetHost): Promise<CompetenceSheetState> {
  return readKind(host, COMPETENCE_KIND, evaluate);
}

export interface CompetenceRequest {
  readonly lang: Lang;
  /** The default eight competences, or all fourteen; switching to extended adds the six. */
  readonly profile?: Profile;
  /** Candidates to add (existing ones are kept). */
  readonly candidates?: readonly string[];
  /** User-defined competences to add. */
  readonly competences?: readonly string[];
  /** Requirements edited in the pane, by competence id. */
  readonly requirements?: Readonly<Record<string, RequirementEdit>>;
  /** Write native formulas only (no KAM.*); undefined keeps what the sheet has. */
  readonly portable?: boolean;
}

export interface RequirementEdit {
  readonly required: number;
  readonly weight: number;
  readonly mustHave: boolean;
}

/** A requirement with the pane's edit: a must-have switched there drops what its cell held, which said otherwise. */
function edited(r: Requirement, edit: RequirementEdit | undefined): Requirement {
  if (edit === undefined) return r;
  const { mustHaveAs, ...rest } = r;
  return { ...(edit.mustHave === r.mustHave && mustHaveAs !== undefined ? { mustHaveAs } : {}), ...rest, ...edit };
}

/**
 * Creates the assessment, or re-generates it keeping every requirement, candidate and rating, adding what the
 * request names. One read, then one write that reads the sheet back.
 */
export async function createCompetences(host: SheetHost, request: CompetenceRequest): Promise<CompetenceSheetState> {
  const grids = await writeMerged(host, COMPETENCE_KIND, {
    lang: request.lang,
    portable: request.portable,
    merge: (existing) => {
      let model = withProfile(existing ?? defaultCompetenceModel(request.profile ?? "default"), request.profile ?? "default");
      model = withCandidates(model, request.candidates ?? []);
      for (const c of request.competences ?? []) model = withCompetence(model, c);
      const edits = request.requirements ?? {};
      return { ...model, requirements: model.requirements.map((r) => (r.ignored === "remark" ? r : edited(r, edits[r.id]))) };
    },
  });
  return stateOf(grids, COMPETENCE_KIND, evaluate);
}
