import type { Lang } from "../domain/lang";
import { problemMessage } from "../sheets/problems";
import type { Problem } from "../sheets/read";
import type { KindRead } from "./report";

/**
 * What `kam read --json` prints: each kind's result under its id, in the registry's order, and every problem with
 * sheet, cell and reason. Shares (readiness share, fit, doneShare, meanProgress) are fractions 0–1, rounded to 4
 * decimals; the readiness index and weighted scores are on the scale 1–5. A sheet that is missing is null; one of
 * that name that is not a KAM sheet is { sheet, found: false }.
 */
export function assessment(read: readonly KindRead[], lang: Lang): Record<string, unknown> {
  const problems: Problem[] = [];
  const out: Record<string, unknown> = {};
  for (const { kind, module, state } of read) {
    if (state.status === "ready") {
      problems.push(...state.problems);
      out[kind.id] = module.json(state);
    } else out[kind.id] = state.status === "missing" ? null : { sheet: state.sheet, found: false };
  }
  return { ...out, problems: problems.map((p) => ({ sheet: p.sheet, cell: p.cell, reason: p.code, message: problemMessage(p, lang) })) };
}
