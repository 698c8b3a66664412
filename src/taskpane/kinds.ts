/**
 * The kinds of sheet the pane works with, as the shell hands them down (the registry's): a panel that needs
 * another kind's workflow (planning into the task overview, the overview's links, sharing every sheet) finds it
 * here, so that no kind imports another.
 */
import { createContext, useContext } from "react";
import type { KindDescriptor, KindModule } from "../workflows/kinds";

export const KindsContext = createContext<readonly KindDescriptor[]>([]);

export const useKinds = (): readonly KindDescriptor[] => useContext(KindsContext);

/** The kinds' workflows, loaded (each is its own chunk, loaded once). */
export function loadModules(kinds: readonly KindDescriptor[]): Promise<KindModule[]> {
  return Promise.all(kinds.map((k) => k.load()));
}
