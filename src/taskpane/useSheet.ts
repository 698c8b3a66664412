import { useCallback, useContext, useEffect, useRef, useState } from "react";
import type { SheetHost } from "../hosts/host";
import type { AnyKindState } from "../workflows/kinds";
import { subscribe } from "./subscription";
import { VisibilityContext } from "./visibility";

/** How long to wait after the last change in the workbook before reading again (typing fires many events). */
export const REFRESH_DELAY_MS = 400;

/** What a panel shows of its sheet. */
interface Shown<S> {
  readonly state: S | null;
  /** A read or create is running. */
  readonly busy: boolean;
  /** What went wrong last, as thrown: the frame words it in the pane's language. */
  readonly error: Error | null;
}

export interface SheetController<S, Q> extends Shown<S> {
  refresh(): Promise<void>;
  create(request: Q): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * Keeps what a panel shows of one sheet in step with the workbook when reads, creates and changes overlap
 * (no React in here, so that it is plain to follow):
 * - latest wins: reads and creates are numbered as they start; a result is shown unless one that started later
 *   has been shown already (a create's result is never replaced by a read that started before it), an error only
 *   if nothing started after it;
 * - busy while any of them runs;
 * - changes in the workbook are debounced: a burst gives one read, REFRESH_DELAY_MS after the last change; if
 *   something is running then, the read follows once it is done. So the last read starts after the last change,
 *   and what it finds is shown;
 * - paused (the pane hidden), a change reads nothing; resume() reads once if anything changed meanwhile;
 * - stop() ends it all: no timer, no read, nothing shown.
 */
export class SheetSync<S> {
  /** The number of the last operation started, and of the last whose result was shown. */
  private started = 0;
  private lastShown = 0;
  private running = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The quiet period after a change ended while something ran: read when it is done. */
  private readDue = false;
  private stopped = false;
  private paused = false;
  /** A change came while paused, or a read was still waiting for its quiet period when pausing. */
  private missed = false;

  constructor(
    private readonly read: () => Promise<S>,
    private readonly show: (update: Partial<Shown<S>>) => void,
  ) {}

  /** Runs a read or a create; resolves when it is done (shown or superseded). */
  run(work: () => Promise<S>): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const n = ++this.started;
    this.running++;
    this.show({ busy: true });
    return new Promise<S>((resolve) => resolve(work())).then(
      (state) => {
        const latest = n > this.lastShown;
        if (latest) this.lastShown = n;
        this.done(latest ? { state, error: null } : {});
      },
      (e: unknown) => this.done(n === this.started ? { error: asError(e) } : {}),
    );
  }

  refresh(): Promise<void> {
    return this.run(this.read);
  }

  /** Something in the workbook changed. */
  changed(): void {
    if (this.stopped) return;
    if (this.paused) {
      this.missed = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running > 0) this.readDue = true;
      else void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  /** The pane is hidden: no reads for changes until resume(). */
  pause(): void {
    if (this.paused) return;
    this.paused = true;
    if (this.timer !== undefined || this.readDue) this.missed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.readDue = false;
  }

  /** The pane is shown again: one read if anything changed while it was hidden. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    if (this.missed && !this.stopped) {
      this.missed = false;
      void this.refresh();
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private done(update: Partial<Shown<S>>): void {
    this.running--;
    if (this.stopped) return;
    this.show({ ...update, busy: this.running > 0 });
    if (this.running === 0 && this.readDue) {
      this.readDue = false;
      void this.refresh();
    }
  }
}

/**
 * One KAM sheet as the pane sees it: read on start, on demand, after create, and (debounced) whenever anything
 * in the workbook changes — the user's edits, another pane's or window's, a sheet added, deleted or renamed —
 * so that it ends showing the sheet as it is; while the pane is hidden (VisibilityContext), changes wait. `read` and
 * `create` must be stable (module functions).
 */
export function useSheet<S extends AnyKindState, Q>(
  host: SheetHost,
  read: (host: SheetHost) => Promise<S>,
  createSheet: (host: SheetHost, request: Q) => Promise<S>,
): SheetController<S, Q> {
  const [shown, setShown] = useState<Shown<S>>({ state: null, busy: false, error: null });
  const sync = useRef<SheetSync<S> | null>(null);
  const visibility = useContext(VisibilityContext);

  useEffect(() => {
    const update = (u: Partial<Shown<S>>) => setShown((old) => ({ ...old, ...u }));
    const s = new SheetSync(() => read(host), update);
    sync.current = s;
    // asked for before the first read starts, so that a change made while the pane starts is not missed
    const stopWatching = subscribe(
      () => host.watch(() => s.changed()),
      (e) => update({ error: asError(e) }),
    );
    void s.refresh();
    const stopVisibility = visibility.subscribe((visible) => (visible ? s.resume() : s.pause()));
    return () => {
      s.stop();
      stopVisibility();
      stopWatching();
      if (sync.current === s) sync.current = null;
    };
  }, [host, read, visibility]);

  const refresh = useCallback(() => sync.current?.refresh() ?? Promise.resolve(), []);
  const create = useCallback((request: Q) => sync.current?.run(() => createSheet(host, request)) ?? Promise.resolve(), [host, createSheet]);
  const select = useCallback(
    async (sheet: string, address: string) => {
      try {
        await host.select(sheet, address);
      } catch (e) {
        setShown((old) => ({ ...old, error: asError(e) }));
      }
    },
    [host],
  );

  return { ...shown, refresh, create, select };
}
