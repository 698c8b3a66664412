/**
 * Where the task overview's standard plan sets each readiness condition up: a weak condition's task goes into that
 * phase (1–5, the plan's standard phases, README "Using the task overview").
 */
export const CONDITION_PHASE: Readonly<Record<string, number>> = {
  R01: 1,
  R02: 1,
  R03: 1,
  R10: 1,
  R04: 2,
  R09: 2,
  R11: 2,
  R12: 2,
  R13: 2,
  R06: 3,
  R07: 3,
  R05: 4,
  R08: 4,
  R14: 5,
};
/** A user's own condition is an organisational matter unless placed otherwise. */
export const OWN_CONDITION_PHASE = 2;
