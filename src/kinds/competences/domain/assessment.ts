import { type CompetenceModel, DEFAULT_REQUIRED, DEFAULT_WEIGHT, type Requirement } from "./model";
import { type Profile, STANDARD_COMPETENCES, nextCompetenceId, profileCompetences } from "./profile";

const requirement = (id: string, text: string | null, candidates: number): Requirement => ({
  id,
  text,
  required: DEFAULT_REQUIRED,
  weight: DEFAULT_WEIGHT,
  mustHave: false,
  ratings: new Array(candidates).fill(null),
});

/** The ids of the competences; a remark's first cell is no id. */
function competenceIds(model: CompetenceModel): string[] {
  return model.requirements.filter((r) => r.ignored !== "remark").map((r) => r.id);
}

/** A new assessment: the profile's competences with default requirements, no ratings. */
export function defaultCompetenceModel(profile: Profile = "default", candidates: readonly string[] = []): CompetenceModel {
  return { candidates: [...candidates], requirements: profileCompetences(profile).map((s) => requirement(s.id, null, candidates.length)) };
}

/** Adds the candidates the assessment lacks (names compare case-insensitively), each with an empty rating column. */
export function withCandidates(model: CompetenceModel, names: readonly string[]): CompetenceModel {
  const candidates = [...model.candidates];
  for (const raw of names) {
    const name = raw.trim();
    if (name !== "" && !candidates.some((c) => c.toLocaleLowerCase() === name.toLocaleLowerCase())) candidates.push(name);
  }
  const added = candidates.length - model.candidates.length;
  if (added === 0) return model;
  return { candidates, requirements: model.requirements.map((r) => ({ ...r, ratings: [...r.ratings, ...new Array(added).fill(null)] })) };
}

/**
 * Switches the assessment to a profile: adds a group of standard competences (the default C01–C08, the
 * extended C09–C14) the assessment holds none of. A standard competence the user deleted from a group the
 * assessment holds stays deleted.
 */
export function withProfile(model: CompetenceModel, profile: Profile): CompetenceModel {
  const have = new Set(competenceIds(model));
  const held = new Set(STANDARD_COMPETENCES.filter((s) => have.has(s.id)).map((s) => s.profile));
  const missing = profileCompetences(profile).filter((s) => !held.has(s.profile));
  if (missing.length === 0) return model;
  return { ...model, requirements: [...model.requirements, ...missing.map((s) => requirement(s.id, null, model.candidates.length))] };
}

/** Adds a user-defined competence below the others, with the next free id. */
export function withCompetence(model: CompetenceModel, text: string): CompetenceModel {
  const name = text.trim();
  if (name === "") return model;
  const id = nextCompetenceId(competenceIds(model));
  return { ...model, requirements: [...model.requirements, requirement(id, name, model.candidates.length)] };
}
