import { defaultReadinessModel, withCondition, withRespondents } from "../../src/kinds/readiness/domain/checklist";
import { defaultCompetenceModel, withProfile } from "../../src/kinds/competences/domain/assessment";
import type { CompetenceModel } from "../../src/kinds/competences/domain/model";
import type { KeptEntry } from "../../src/domain/entry";
import type { Lang } from "../../src/domain/lang";
import type { ReadinessModel } from "../../src/kinds/readiness/domain/model";
import { addDays, isoToSerial } from "../../src/domain/dates";
import type { TaskModel } from "../../src/kinds/tasks/domain/model";
import { defaultTaskModel, withTask } from "../../src/kinds/tasks/domain/tasklist";
import type { Criterion, SelectionModel } from "../../src/kinds/selection/domain/model";
import { defaultSelectionModel } from "../../src/kinds/selection/domain/selection";

/** Seeded random workbooks for the formula proofs: every verdict, blanks, n/a, several respondents, thresholds. */
/**
 * A small deterministic PRNG (mulberry32), so a failing case can be reproduced from its seed. Consecutive seeds
 * give unrelated sequences: the linear congruential one used before started every seed 1–20 with nearly the same
 * number, so every checklist drew one respondent and no spread, min, max or "disputed" was ever calculated.
 */
export function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export function randomReadiness(seed: number): { model: ReadinessModel; lang: Lang } {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const respondents = Math.floor(rnd() * 4) + 1;
  let m = withRespondents(defaultReadinessModel(), respondents === 1 ? [] : Array.from({ length: respondents }, (_, i) => `Unit ${i + 1}`));
  for (let k = Math.floor(rnd() * 3); k > 0; k--) m = withCondition(m, `Own condition ${k}`);
  // a quarter are organisations in good shape (every condition rated 3–5, half of them with one gap), so that
  // READY and READY_WITH_GAPS occur too
  const healthy = rnd() < 0.25;
  const gap = healthy && rnd() < 0.5;
  const density = healthy ? 1 : pick([0.3, 0.8, 1]);
  m = {
    ...m,
    threshold: healthy ? 3 : pick([3, 3, 2.5, 4]),
    conditions: m.conditions.map((c) => ({
      ...c,
      notApplicable: rnd() < 0.1,
      scores: c.scores.map(() => (rnd() < density ? (healthy ? 3 + Math.floor(rnd() * 3) : Math.floor(rnd() * 5) + 1) : null)),
    })),
  };
  if (gap)
    m = { ...m, conditions: m.conditions.map((c, i) => (i === 0 ? { ...c, notApplicable: false, scores: c.scores.map(() => 2) } : c)) };
  return { model: m, lang: pick(["de", "nl", "en"] as const) };
}

export const TODAY = "2026-11-23";

export function randomPlan(seed: number): TaskModel {
  const rnd = prng(seed);
  let m = defaultTaskModel();
  for (let k = Math.floor(rnd() * 4); k > 0; k--) m = withTask(m, { phase: rnd() < 0.5 ? 3 : "6 Own", text: `Task ${k}` });
  return {
    today: { value: isoToSerial(TODAY) },
    tasks: m.tasks.map((t) => {
      const due = rnd() < 0.7 ? addDays(TODAY, Math.floor(rnd() * 30) - 12) : null;
      return {
        ...t,
        status: rnd() < 0.1 ? null : (["OPEN", "IN_PROGRESS", "DONE", "BLOCKED"] as const)[Math.floor(rnd() * 4)]!,
        due,
        start: due !== null && rnd() < 0.5 ? addDays(due, -Math.floor(rnd() * 20)) : null,
        progress: rnd() < 0.5 ? null : Math.round(rnd() * 10) / 10,
      };
    }),
  };
}

export function randomAssessment(seed: number): CompetenceModel {
  const rnd = prng(seed);
  const names = Array.from({ length: 1 + Math.floor(rnd() * 6) }, (_, i) => `Cand ${i + 1}`);
  let m = defaultCompetenceModel("default", names);
  if (rnd() < 0.4) m = withProfile(m, "extended");
  const density = [0.3, 0.7, 1][Math.floor(rnd() * 3)]!;
  // now and then the second candidate is rated exactly as the first: a tie that must share a rank
  const twins = names.length >= 2 && rnd() < 0.4;
  // now and then a value pasted past validation: it must count nowhere, and a requirement's default applies
  const invalid = rnd() < 0.4;
  const pasted = (): KeptEntry => ({ value: [6, 2.5, "gut", 0][Math.floor(rnd() * 4)]! });
  return {
    ...m,
    requirements: m.requirements.map((r) => {
      const ratings: (number | null | KeptEntry)[] = r.ratings.map(() =>
        rnd() < density ? Math.min(5, 1 + Math.floor(rnd() * (rnd() < 0.3 ? 2 : 5)) + (rnd() < 0.3 ? 2 : 0)) : null,
      );
      if (twins) ratings[1] = ratings[0]!;
      if (invalid && rnd() < 0.3) ratings[Math.floor(rnd() * ratings.length)] = pasted();
      const required = invalid && rnd() < 0.15 ? { value: 9 } : 1 + Math.floor(rnd() * 5);
      const weight = invalid && rnd() < 0.15 ? { value: "hoch" } : 1 + Math.floor(rnd() * 3);
      return { ...r, required, weight, mustHave: rnd() < 0.2, ratings };
    }),
  };
}

/**
 * A random key-account selection: every class, incomplete and unscored customers, ties on both scores, own
 * criteria (some weighted 0), weights not summing to 100, values pasted past validation, a cut-off of 0 to 10.
 */
export function randomSelection(seed: number): SelectionModel {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  let m = defaultSelectionModel(
    Array.from({ length: 1 + Math.floor(rnd() * 12) }, (_, i) => ({ name: `Kunde ${i + 1}`, revenue: Math.round(rnd() * 5000) })),
  );
  const own = Math.floor(rnd() * 3);
  const criteria: Criterion[] = [
    ...m.criteria.map((c) => (rnd() < 0.2 ? { ...c, weight: pick([0, 5, 40, { value: "hoch" }, { value: 12.5 }]) } : c)),
    ...Array.from({ length: own }, (_, i): Criterion => ({
      id: `K${11 + i}`,
      group: pick(["attractiveness", "strength"] as const),
      text: `Own ${i + 1}`,
      weight: pick([0, 10, 25]),
    })),
  ];
  const density = pick([0.3, 0.7, 1]);
  const invalid = rnd() < 0.4;
  const customers = m.customers.map((c) => ({
    ...c,
    revenue: rnd() < 0.15 ? pick([null, { value: "n. b." }, { value: -5 }]) : c.revenue,
    scores: criteria.map((): number | null | KeptEntry => {
      if (invalid && rnd() < 0.1) return { value: pick([11, 2.5, "gut", -1]) };
      return rnd() < density ? Math.floor(rnd() * 11) : null;
    }),
  }));
  // now and then the last customer is not scored yet
  if (rnd() < 0.3) customers[customers.length - 1] = { ...customers[customers.length - 1]!, scores: criteria.map(() => null) };
  // now and then the second customer is scored exactly as the first: a tie within a class
  if (customers.length >= 2 && rnd() < 0.4) customers[1] = { ...customers[1]!, scores: customers[0]!.scores };
  m = {
    ...m,
    criteria,
    customers,
    cutOff: rnd() < 0.3 ? pick([0, 3, 4.5, 10, { value: "mittel" }]) : 5,
    capacity: pick([0, 1, 2, 4, { value: 2.5 }]),
  };
  return m;
}
