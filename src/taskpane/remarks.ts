/**
 * What other kinds say about a kind's items (the key-account selection about the checklist's R05), read in the same
 * host read as the kind's own sheet: a panel that shows remarks costs no round trip more.
 */
import type { Lang } from "../domain/lang";
import type { SheetHost } from "../hosts/host";
import type { AnyKindState, KindDescriptor, KindModule, ReadyState } from "../workflows/kinds";
import { type Grids, type SheetNames, readKinds } from "../workflows/sheetWorkflow";
import { loadModules } from "./kinds";

/** A panel's state with the ready states of the kinds that speak of its items. */
export type Remarked<S> = S & { readonly speakers?: readonly { readonly module: KindModule; readonly state: AnyKindState }[] };

/**
 * Reads `reads` (the panel's own sheets) and the sheets of every kind with remarks on `on`, in one host read; the
 * panel's state is `stateIn` of them.
 */
export async function readRemarked<S>(
  host: SheetHost,
  kinds: readonly KindDescriptor[],
  on: string,
  reads: readonly SheetNames[],
  stateIn: (grids: Grids) => S,
): Promise<Remarked<S>> {
  // only the kinds that say they speak of `on` are loaded: the first read of a panel waits for no other workflow
  const speaking = (await loadModules(kinds.filter((k) => k.remarksOn?.includes(on)))).filter((m) => m.remarks?.on === on);
  const grids = await readKinds(host, ...reads, ...speaking.flatMap((m) => m.reads));
  return { ...stateIn(grids), speakers: speaking.map((module) => ({ module, state: module.stateIn(grids, speaking) })) };
}

/** The remarks by item id, in `lang`, of the speakers whose sheets are ready. */
export function remarksIn(state: Remarked<AnyKindState>, lang: Lang): ReadonlyMap<string, readonly string[]> {
  const found = new Map<string, string[]>();
  for (const { module, state: s } of state.speakers ?? []) {
    if (s.status !== "ready" || module.remarks === undefined) continue;
    for (const [id, text] of module.remarks.say(s as ReadyState<AnyKindState>, lang)) found.set(id, [...(found.get(id) ?? []), text]);
  }
  return found;
}
