import { defaultReadinessModel, withCondition, withRespondents } from "../../src/kinds/readiness/domain/checklist";
import { defaultCompetenceModel, withProfile } from "../../src/kinds/competences/domain/assessment";
import type { CompetenceModel } from "../../src/kinds/competences/domain/model";
import type { DateEntry, KeptEntry, NoteEntry, NumberEntry } from "../../src/domain/entry";
import type { TaskStatus } from "../../src/domain/status";
import { type AccountPlan, type ChoiceEntry, STAGES, type Tick } from "../../src/kinds/plans/domain/model";
import { ATTITUDES, BUYING_ROLES, CONTACT_LEVELS, OBJECTIVE_KINDS, TEXT_PARTS } from "../kinds/planChoices";
import { newPlan } from "../../src/kinds/plans/domain/plan";
import { STAGE_INDICATORS } from "../../src/kinds/plans/domain/stages";
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

/**
 * A random account plan judged on `TODAY`: spend years with gaps, repeats and bad entries; contacts of every role
 * and level with strengths past the scale and stale dates; ticks in any language's words; objectives before, on
 * and after their dates; actions of every status; questions with and without answers.
 */
export function randomAccountPlan(seed: number): AccountPlan {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const maybe = <T>(p: number, x: () => T): T | null => (rnd() < p ? x() : null);
  const day = (from: number, to: number) => addDays(TODAY, from + Math.floor(rnd() * (to - from + 1)));
  const team = Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, i) => `Member ${i + 1}`);
  const plan = newPlan({ id: "A01", name: `Account ${seed}` }, addDays(TODAY, -Math.floor(rnd() * 300)));
  const kept = (value: string | number): KeptEntry => ({ value });
  // a formula's result, as a host reads it back: the value and the formula that gives it
  const computed = (value: string | number): KeptEntry => ({ value, formula: typeof value === "number" ? `=${value}` : `="${value}"` });
  const unassessed = rnd() < 0.15;
  const yesRate = unassessed ? 0 : rnd();
  return {
    ...plan,
    periodStart: pick([plan.periodStart, plan.periodStart, null, kept("soon")]),
    reviewed: maybe(0.7, () => day(-200, 0)),
    today: kept(isoToSerial(TODAY)),
    team,
    spend: Array.from({ length: Math.floor(rnd() * 6) }, () => ({
      year: pick<NumberEntry>([2022, 2023, 2024, 2025, 2025, 2026, null, 1899, 2024.5, kept("FY2025")]),
      spend: pick<NumberEntry>([1000, 2500, 400, 0, -5, null, kept("a lot")]),
      revenue: pick<NumberEntry>([100, 250, 333, 0, 1200, -1, null]),
      notes: pick(["", "estimate"]),
    })),
    competitors: Array.from({ length: Math.floor(rnd() * 3) }, (_, i) => ({
      name: `Competitor ${i + 1}`,
      service: "",
      location: "",
      share: pick<NumberEntry>([0.2, 0.35, 1.5, null]),
      notes: "",
    })),
    contacts: Array.from({ length: Math.floor(rnd() * 7) }, (_, i) => ({
      name: pick([`Contact ${i + 1}`, `Contact ${i + 1}`, "", " "]),
      position: "",
      level: pick([...CONTACT_LEVELS, null, kept("Board")]),
      role: pick([...BUYING_ROLES, "DECIDER" as const, null, kept("Boss"), computed("Beslisser")]),
      attitude: pick([...ATTITUDES, null]),
      lastContact: pick<DateEntry>([day(-200, 10), day(-95, -85), null, kept("last week"), computed(isoToSerial(day(-100, 0)))]),
      strengths: team.map(() => pick<NumberEntry>([0, 1, 2, 3, null, null, 4, 2.5, kept("good")])),
      notes: "",
    })),
    // some plans unassessed, others ticked yes mostly: every stage occurs
    indicators: Object.fromEntries(
      STAGE_INDICATORS.map((x) => [
        x.id,
        rnd() < yesRate ? "YES" : unassessed ? null : pick<ChoiceEntry<Tick>>(["NO", null, kept("maybe"), computed("Yes")]),
      ]),
    ),
    previousStage: pick([...STAGES, null, kept("good"), computed("Partnerschaft")]),
    objectives: Array.from({ length: Math.floor(rnd() * 5) }, (_, i) => ({
      id: `O${String(i + 1).padStart(2, "0")}`,
      text: pick([`Objective ${i + 1}`, ""]),
      measure: "",
      kind: pick([...OBJECTIVE_KINDS, null]),
      baseline: pick<NumberEntry>([100, 50, 3, null]),
      target: pick<NumberEntry>([200, 100, 3, 4, null, kept("more")]),
      current: pick<NumberEntry>([100, 150, 75, 210, 3.5, null]),
      due: pick<DateEntry>([day(-60, 300), day(-60, 300), TODAY, null, kept("Q3")]),
      owner: "",
    })),
    actions: Array.from({ length: Math.floor(rnd() * 6) }, (_, i) => ({
      id: `M${String(i + 1).padStart(2, "0")}`,
      text: pick([`Action ${i + 1}`, "", " "]),
      responsible: "",
      start: maybe(0.5, () => day(-90, 0)),
      due: pick<DateEntry>([day(-30, 30), day(-30, -1), TODAY, null, kept("soon"), computed(isoToSerial(day(-5, -1)) + 0.5)]),
      status: pick<ChoiceEntry<TaskStatus>>(["OPEN", "IN_PROGRESS", "DONE", "BLOCKED", null, kept("nearly"), computed("Gereed")]),
      objective: pick(["O01", "O02", ""]),
      notes: "",
    })),
    questions: Array.from({ length: Math.floor(rnd() * 4) }, (_, i) => ({
      id: `F${String(i + 1).padStart(2, "0")}`,
      text: pick([`Question ${i + 1}?`, ""]),
      responsible: "",
      answer: pick(["", "Known", " ", 42]),
    })),
    texts: Object.fromEntries(
      [...TEXT_PARTS].filter(() => rnd() < 0.7).map((p) => [p, pick<NoteEntry>(["Some text", " ", 7, { formula: '="x"' }])]),
    ),
  };
}
