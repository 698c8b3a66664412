import { useCallback, useEffect, useRef, useState } from "react";
import type { SheetHost } from "../hosts/host";
import { type CreateRequest, type ReadinessState, createReadiness, readReadiness } from "../workflows/readiness";

/** How long to wait after the last change in the sheet before reading it again (typing fires many events). */
export const REFRESH_DELAY_MS = 400;

export interface ReadinessController {
  readonly state: ReadinessState | null;
  readonly busy: boolean;
  readonly error: string | null;
  refresh(): Promise<void>;
  create(request: CreateRequest): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The readiness checklist as the pane sees it: read on start, on demand, and whenever the sheet changes. */
export function useReadiness(host: SheetHost): ReadinessController {
  const [state, setState] = useState<ReadinessState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (work: () => Promise<ReadinessState>) => {
    setBusy(true);
    try {
      const next = await work();
      if (mounted.current) {
        setState(next);
        setError(null);
      }
    } catch (e) {
      if (mounted.current) setError(messageOf(e));
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);

  const refresh = useCallback(() => run(() => readReadiness(host)), [host, run]);
  const create = useCallback((request: CreateRequest) => run(() => createReadiness(host, request)), [host, run]);
  const select = useCallback(
    async (sheet: string, address: string) => {
      try {
        await host.select(sheet, address);
      } catch (e) {
        setError(messageOf(e));
      }
    },
    [host],
  );

  // the first read; later ones come from changes in the sheet, the refresh button and create
  useEffect(() => {
    let live = true;
    readReadiness(host).then(
      (s) => live && setState(s),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const watched = state?.kind === "ready" ? state.sheet : null;
  useEffect(() => {
    if (watched === null) return;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    host
      .watch(watched, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void refresh(), REFRESH_DELAY_MS);
      })
      .then((s) => (cancelled ? void s() : (stop = s)))
      .catch((e: unknown) => setError(messageOf(e)));
    return () => {
      cancelled = true;
      clearTimeout(timer);
      void stop?.();
    };
  }, [host, watched, refresh]);

  return { state, busy, error, refresh, create, select };
}
