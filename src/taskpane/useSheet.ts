import { useCallback, useEffect, useRef, useState } from "react";
import type { SheetHost } from "../hosts/host";

/** How long to wait after the last change in the sheet before reading it again (typing fires many events). */
export const REFRESH_DELAY_MS = 400;

/** What every sheet's state has: "ready" ones name the sheet they were read from. */
export type SheetStateBase = { readonly kind: "missing" } | { readonly kind: "foreign"; readonly sheet: string } | { readonly kind: "ready"; readonly sheet: string };

export interface SheetController<S, Q> {
  readonly state: S | null;
  readonly busy: boolean;
  /** What went wrong last, as thrown: the frame words it in the pane's language. */
  readonly error: Error | null;
  refresh(): Promise<void>;
  create(request: Q): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * One KAM sheet as the pane sees it: read on start, on demand, after create, and (debounced) whenever the
 * workbook changes. `read` and `create` must be stable (module functions).
 */
export function useSheet<S extends SheetStateBase, Q>(
  host: SheetHost,
  read: (host: SheetHost) => Promise<S>,
  createSheet: (host: SheetHost, request: Q) => Promise<S>,
): SheetController<S, Q> {
  const [state, setState] = useState<S | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (work: () => Promise<S>) => {
    setBusy(true);
    try {
      const next = await work();
      if (mounted.current) {
        setState(next);
        setError(null);
      }
    } catch (e) {
      if (mounted.current) setError(asError(e));
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);

  const refresh = useCallback(() => run(() => read(host)), [host, read, run]);
  const create = useCallback((request: Q) => run(() => createSheet(host, request)), [host, createSheet, run]);
  const select = useCallback(
    async (sheet: string, address: string) => {
      try {
        await host.select(sheet, address);
      } catch (e) {
        setError(asError(e));
      }
    },
    [host],
  );

  // the first read; later ones come from changes in the sheet, the refresh button and create
  useEffect(() => {
    let live = true;
    read(host).then(
      (s) => live && setState(s),
      (e: unknown) => live && setError(asError(e)),
    );
    return () => {
      live = false;
    };
  }, [host, read]);

  // the whole workbook: the sheet may appear (another pane created it), go (deleted, renamed) or change
  useEffect(() => {
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    host
      .watch(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void refresh(), REFRESH_DELAY_MS);
      })
      .then((s) => (cancelled ? void s() : (stop = s)))
      .catch((e: unknown) => setError(asError(e)));
    return () => {
      cancelled = true;
      clearTimeout(timer);
      void stop?.();
    };
  }, [host, refresh]);

  return { state, busy, error, refresh, create, select };
}
