import { createContext } from "react";
import { subscribe } from "./subscription";

/**
 * Whether the pane is shown. With the shared runtime (manifest: lifetime "long") the pane's code keeps running
 * after the user closes the pane (runtime.md), and so would its change handlers, re-reading sheets nobody looks
 * at. The panels pause their reads while the pane is hidden and catch up once when it is shown again.
 */
export interface PaneVisibility {
  /** Calls `listener` with true when the pane is shown, false when it is hidden. Returns a function that stops it. */
  subscribe(listener: (visible: boolean) => void): () => void;
}

/** A pane that is never hidden: the preview, the tests, and an Office that does not tell. */
export const ALWAYS_VISIBLE: PaneVisibility = { subscribe: () => () => undefined };

export const VisibilityContext = createContext<PaneVisibility>(ALWAYS_VISIBLE);

/** Office's visibility events (Office.addin.onVisibilityModeChanged, SharedRuntime 1.1, which the manifest requires). */
export function officeVisibility(addin: Pick<typeof Office.addin, "onVisibilityModeChanged"> | undefined): PaneVisibility {
  // an Office without the event (none the manifest admits) leaves the pane always shown: reads go on, as before
  if (typeof addin?.onVisibilityModeChanged !== "function") return ALWAYS_VISIBLE;
  return {
    // a failed registration leaves the pane counting as always shown: reads go on, as before
    subscribe: (listener) =>
      subscribe((alive) =>
        addin.onVisibilityModeChanged((message) => {
          // compared as text, so that no Office global is needed outside Office
          if (alive()) listener(String(message.visibilityMode) !== "Hidden");
        }),
      ),
  };
}
