/**
 * Starts a subscription that Office.js (or a host) registers asynchronously, handing back its remover once
 * registered, and returns a stop that works at once: stopped before the registration completes, the remover runs
 * as soon as it arrives, and the listener hears nothing after the stop. `onError` hears a failed registration
 * unless stopped by then.
 */
export function subscribe(
  register: (alive: () => boolean) => Promise<() => Promise<void>>,
  onError: (e: unknown) => void = () => undefined,
): () => void {
  let stopped = false;
  let remove: (() => Promise<void>) | undefined;
  register(() => !stopped).then(
    (r) => (stopped ? void r() : (remove = r)),
    (e: unknown) => stopped || onError(e),
  );
  return () => {
    stopped = true;
    void remove?.();
  };
}
