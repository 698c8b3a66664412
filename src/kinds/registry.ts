/**
 * Every kind of sheet, in the order of the pane's tabs, of `kam new`'s sheets, of `kam read`'s report and JSON,
 * and of the portable workflow. A new kind is its folder beside these and one entry here (docs/adding-a-kind.md).
 */
import type { KindDescriptor, KindModule } from "../workflows/kinds";
import { COMPETENCES } from "./competences";
import { PLANS } from "./plans";
import { READINESS } from "./readiness";
import { SELECTION } from "./selection";
import { TASKS } from "./tasks";

export const KINDS: readonly KindDescriptor[] = [READINESS, COMPETENCES, TASKS, SELECTION, PLANS];

/** The kinds' workflows, loaded (the command line and the portable workflow need them all). */
export function loadKinds(kinds: readonly KindDescriptor[] = KINDS): Promise<KindModule[]> {
  return Promise.all(kinds.map((k) => k.load()));
}
