/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { deserialize, serialize } from "node:v8";
import { defaultReadinessModel } from "../../src/kinds/readiness/domain/checklist";
import type { ReadinessModel } from "../../src/kinds/readiness/domain/model";
import { type ExcelRun, createExcelHost } from "../../src/hosts/excel/excelHost";
import type { SheetHost, SheetMatcher } from "../../src/hosts/host";
import type { SheetGrid } from "../../src/sheets/read";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { App } from "../../src/taskpane/App";
import { REFRESH_DELAY_MS, SheetSync } from "../../src/taskpane/useSheet";
import { ALWAYS_VISIBLE, officeVisibility } from "../../src/taskpane/visibility";
import { OfficeDouble, Workbook, officeGlobal } from "../office";
import { FakeHost } from "./fakeHost";

// the Office.js double copies what a load returns as Excel does (structured clone); jsdom's window lacks it
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The German checklist with these scores (the rest unrated). */
function checklist(scores: (number | null)[]): SheetGrid {
  const m: ReadinessModel = defaultReadinessModel();
  const model = { ...m, conditions: m.conditions.map((c, i) => ({ ...c, scores: [scores[i] ?? null] })) };
  return specToGrid(renderReadiness(model, "de"));
}

const ALL_4 = checklist(new Array(14).fill(4));
const TWO_WEAK = checklist([1, 1, ...new Array(12).fill(4)]);

/** A FakeHost that counts reads and can hold one: it reads the sheets at once but answers only when released. */
class HeldHost extends FakeHost {
  reads = 0;
  private held: Promise<void> | null = null;

  /** The next read takes its snapshot now and answers when the returned function is called. */
  holdNextRead(): () => void {
    const gate = deferred<void>();
    this.held = gate.promise;
    return () => gate.resolve();
  }

  override async readSheets(names: readonly string[], matching?: SheetMatcher) {
    this.reads++;
    const grids = await super.readSheets(names, matching);
    const held = this.held;
    this.held = null;
    if (held !== null) await held;
    return grids;
  }
}

/** Lets every timer due within `ms` run, and what they start settle. */
async function pass(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

const verdict = () => screen.getByTestId("verdict");

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("a panel keeping up with its sheet", () => {
  it("reads once after a burst of changes, when the sheet has been quiet, and shows the last state", async () => {
    const host = new HeldHost();
    host.sheets.set("Voraussetzungen", checklist([]));
    render(<App host={host} displayLanguage="en" />);
    expect(await screen.findByTestId("verdict")).toHaveAttribute("data-verdict", "INCOMPLETE");
    await waitFor(() => expect(host.watcherCount()).toBe(1));
    const before = host.reads;
    for (let i = 0; i < 10; i++) {
      act(() => host.userChanges("Voraussetzungen", i % 2 === 0 ? TWO_WEAK : ALL_4));
      await pass(REFRESH_DELAY_MS - 1);
    }
    expect(host.reads).toBe(before);
    expect(verdict()).toHaveAttribute("data-verdict", "INCOMPLETE");
    await pass(1);
    expect(host.reads).toBe(before + 1);
    expect(verdict()).toHaveAttribute("data-verdict", "READY");
    await pass(10 * REFRESH_DELAY_MS);
    expect(host.reads).toBe(before + 1);
  });

  it("shows an edit made while a read was under way, once that read is done", async () => {
    const host = new HeldHost();
    host.sheets.set("Voraussetzungen", checklist([]));
    render(<App host={host} displayLanguage="en" />);
    expect(await screen.findByTestId("verdict")).toHaveAttribute("data-verdict", "INCOMPLETE");
    await waitFor(() => expect(host.watcherCount()).toBe(1));
    const release = host.holdNextRead();
    await act(async () => screen.getByRole("button", { name: "Refresh" }).click());
    // the held read has taken its snapshot; now the user scores every condition
    act(() => host.userChanges("Voraussetzungen", ALL_4));
    await pass(REFRESH_DELAY_MS);
    expect(screen.getByRole("button", { name: "Refresh" })).toBeDisabled();
    await act(async () => release());
    await pass(0);
    expect(verdict()).toHaveAttribute("data-verdict", "READY");
    await pass(10 * REFRESH_DELAY_MS);
    expect(verdict()).toHaveAttribute("data-verdict", "READY");
    expect(screen.getByRole("button", { name: "Refresh" })).toBeEnabled();
  });

  it("notices its sheet renamed away or deleted, and one renamed or created into its place", async () => {
    const host = new HeldHost();
    render(<App host={host} displayLanguage="en" />);
    expect(await screen.findByText("This workbook has no readiness checklist yet.")).toBeInTheDocument();
    act(() => host.userChanges("Voraussetzungen", TWO_WEAK)); // another pane created it
    expect(await screen.findByTestId("verdict")).toHaveAttribute("data-verdict", "NOT_READY");
    act(() => host.userRenames("Voraussetzungen", "Alt"));
    expect(await screen.findByText("This workbook has no readiness checklist yet.")).toBeInTheDocument();
    act(() => host.userRenames("Alt", "Voraussetzungen"));
    expect(await screen.findByTestId("verdict")).toHaveAttribute("data-verdict", "NOT_READY");
    act(() => host.userRenames("Voraussetzungen", null));
    expect(await screen.findByText("This workbook has no readiness checklist yet.")).toBeInTheDocument();
  });

  it("stops everything when closed: no read after a change, no watch left", async () => {
    const host = new HeldHost();
    host.sheets.set("Voraussetzungen", checklist([]));
    const { unmount } = render(<App host={host} displayLanguage="en" />);
    await screen.findByTestId("verdict");
    await waitFor(() => expect(host.watcherCount()).toBe(1));
    act(() => host.userChanges("Voraussetzungen", ALL_4));
    const before = host.reads;
    unmount();
    await pass(10 * REFRESH_DELAY_MS);
    expect(host.reads).toBe(before);
    expect(host.watcherCount()).toBe(0);
  });
});

/** Office's visibility event as the pane receives it: the test shows and hides the pane. */
class FakeAddin {
  private handlers = new Set<(m: Office.VisibilityModeChangedMessage) => void>();
  async onVisibilityModeChanged(handler: (m: Office.VisibilityModeChangedMessage) => void) {
    this.handlers.add(handler);
    return async () => void this.handlers.delete(handler);
  }
  set(mode: "Hidden" | "Taskpane") {
    for (const h of this.handlers) h({ visibilityMode: mode as Office.VisibilityMode });
  }
  get listening() {
    return this.handlers.size;
  }
}

describe("a pane the user closed (the shared runtime keeps running)", () => {
  it("reads nothing for changes while hidden, catches up once when shown, and reads nothing more without a change", async () => {
    const host = new HeldHost();
    const addin = new FakeAddin();
    host.sheets.set("Voraussetzungen", checklist([]));
    render(<App host={host} displayLanguage="en" visibility={officeVisibility(addin)} />);
    expect(await screen.findByTestId("verdict")).toHaveAttribute("data-verdict", "INCOMPLETE");
    await waitFor(() => expect(addin.listening).toBeGreaterThan(0));
    const before = host.reads;
    act(() => addin.set("Hidden"));
    for (const grid of [TWO_WEAK, ALL_4, TWO_WEAK]) {
      act(() => host.userChanges("Voraussetzungen", grid));
      await pass(10 * REFRESH_DELAY_MS);
    }
    expect(host.reads).toBe(before);
    act(() => addin.set("Taskpane"));
    await pass(0);
    expect(host.reads).toBe(before + 1);
    expect(verdict()).toHaveAttribute("data-verdict", "NOT_READY");
    // hidden and shown again with nothing changed: nothing to read
    act(() => addin.set("Hidden"));
    act(() => addin.set("Taskpane"));
    await pass(10 * REFRESH_DELAY_MS);
    expect(host.reads).toBe(before + 1);
  });

  it("does not drop a read whose quiet period was running when the pane was hidden", async () => {
    const host = new HeldHost();
    const addin = new FakeAddin();
    host.sheets.set("Voraussetzungen", checklist([]));
    render(<App host={host} displayLanguage="en" visibility={officeVisibility(addin)} />);
    await screen.findByTestId("verdict");
    await waitFor(() => expect(addin.listening).toBeGreaterThan(0));
    const before = host.reads;
    act(() => host.userChanges("Voraussetzungen", ALL_4));
    await pass(REFRESH_DELAY_MS / 2);
    act(() => addin.set("Hidden"));
    await pass(10 * REFRESH_DELAY_MS);
    expect(host.reads).toBe(before);
    act(() => addin.set("Taskpane"));
    await pass(0);
    expect(verdict()).toHaveAttribute("data-verdict", "READY");
  });

  it("stops listening to Office's visibility event when closed", async () => {
    const addin = new FakeAddin();
    const { unmount } = render(<App host={new HeldHost()} displayLanguage="en" visibility={officeVisibility(addin)} />);
    await waitFor(() => expect(addin.listening).toBeGreaterThan(0));
    unmount();
    await pass(0);
    expect(addin.listening).toBe(0);
  });
});

describe("reads and creates that overlap (SheetSync)", () => {
  type State = { readonly name: string };

  function sync() {
    const shown: { state: State | null; busy: boolean; error: Error | null } = { state: null, busy: false, error: null };
    const reads: ReturnType<typeof deferred<State>>[] = [];
    const s = new SheetSync<State>(
      () => {
        const d = deferred<State>();
        reads.push(d);
        return d.promise;
      },
      (u) => Object.assign(shown, u),
    );
    return { s, shown, reads };
  }

  /** Two operations running, the earlier started first; each settles when the test says. */
  function twoRunning(s: SheetSync<State>) {
    const start = () => {
      const d = deferred<State>();
      return { ...d, done: s.run(() => d.promise) };
    };
    const earlier = start();
    return { earlier, later: start() };
  }

  it("never lets a read replace what one that started later showed; busy until the last is done", async () => {
    const { s, shown } = sync();
    const { earlier, later } = twoRunning(s);
    later.resolve({ name: "new" });
    await later.done;
    expect(shown).toEqual({ state: { name: "new" }, busy: true, error: null });
    earlier.resolve({ name: "old" });
    await earlier.done;
    expect(shown).toEqual({ state: { name: "new" }, busy: false, error: null });
  });

  it("keeps a create's result when a read that started before it answers after it, and drops that read's error", async () => {
    const { s, shown } = sync();
    const { earlier: read, later: create } = twoRunning(s);
    create.resolve({ name: "created" });
    await create.done;
    read.reject(new Error("the sheet was being written"));
    await read.done;
    expect(shown).toEqual({ state: { name: "created" }, busy: false, error: null });
  });

  it("shows an older read's result while a newer operation runs, and the newer's error if it fails", async () => {
    const { s, shown } = sync();
    const { earlier: read, later: create } = twoRunning(s);
    read.resolve({ name: "read" });
    await read.done;
    create.reject(new Error("refused"));
    await create.done;
    expect(shown).toEqual({ state: { name: "read" }, busy: false, error: new Error("refused") });
  });

  it("reads again after a read during which the workbook changed", async () => {
    const { s, shown, reads } = sync();
    s.changed();
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    expect(reads).toHaveLength(1);
    s.changed();
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    expect(reads).toHaveLength(1);
    reads[0]!.resolve({ name: "before the change" });
    await jest.advanceTimersByTimeAsync(0);
    expect(reads).toHaveLength(2);
    reads[1]!.resolve({ name: "after" });
    await jest.advanceTimersByTimeAsync(0);
    expect(shown).toEqual({ state: { name: "after" }, busy: false, error: null });
  });
});

describe("two panes on one workbook", () => {
  /** Two task panes, each with its own Excel host, over one workbook (as two windows or add-in instances). */
  function twoPanes(version = "1.17") {
    const excel = new OfficeDouble(new Workbook(), version);
    const requirements = officeGlobal([`ExcelApi ${version}`]).context.requirements;
    const pane = () => within(render(<App host={createExcelHost(excel.run as ExcelRun, requirements)} displayLanguage="en" />).container);
    return { excel, a: pane(), b: pane() };
  }

  it.each(["1.17", "1.8"])("with ExcelApi %s: each ends showing what the other and the user did", async (version) => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTimeAsync });
    const { excel, a, b } = twoPanes(version);
    const missing = "This workbook has no readiness checklist yet.";
    expect(await a.findByText(missing)).toBeInTheDocument();
    expect(await b.findByText(missing)).toBeInTheDocument();

    // pane A creates the checklist: pane B shows it
    await user.click(a.getByRole("button", { name: "Create readiness checklist" }));
    expect(await a.findByTestId("verdict")).toHaveAttribute("data-verdict", "INCOMPLETE");
    expect(await b.findByTestId("verdict")).toHaveAttribute("data-verdict", "INCOMPLETE");
    // made in the pane's language: English
    expect(b.getByLabelText("Sheet language")).toHaveValue("en");

    // the user scores every condition: both show the new verdict
    const sheet = excel.workbook.sheet("Readiness");
    for (let row = 10; row <= 23; row++) sheet.userEdit(`I${row}`, 4);
    await waitFor(() => expect(a.getByTestId("verdict")).toHaveAttribute("data-verdict", "READY"));
    await waitFor(() => expect(b.getByTestId("verdict")).toHaveAttribute("data-verdict", "READY"));

    // pane B re-creates it in German: pane A shows the German sheet, the scores kept
    await user.selectOptions(b.getByLabelText("Sheet language"), "de");
    await user.click(b.getByRole("button", { name: "Re-create checklist (entries are kept)" }));
    await waitFor(() => expect(excel.workbook.find("Readiness")).toBeUndefined());
    await waitFor(() => expect(a.getByLabelText("Sheet language")).toHaveValue("de"));
    expect(a.getByTestId("verdict")).toHaveAttribute("data-verdict", "READY");

    // the user deletes it: both say it is missing
    excel.workbook.userDelete("Voraussetzungen");
    expect(await a.findByText(missing)).toBeInTheDocument();
    expect(await b.findByText(missing)).toBeInTheDocument();
  });

  it("reads at most once more after its own create, and never again without a change", async () => {
    const excel = new OfficeDouble(new Workbook());
    const inner = createExcelHost(excel.run as ExcelRun, officeGlobal(["ExcelApi 1.17"]).context.requirements);
    let reads = 0;
    const host: SheetHost = { ...inner, readSheets: (names) => (reads++, inner.readSheets(names)) };
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTimeAsync });
    render(<App host={host} displayLanguage="en" />);
    await screen.findByText("This workbook has no readiness checklist yet.");
    const before = reads;
    await user.click(screen.getByRole("button", { name: "Create readiness checklist" }));
    expect(await screen.findByTestId("verdict")).toHaveAttribute("data-verdict", "INCOMPLETE");
    await pass(10 * REFRESH_DELAY_MS);
    const afterCreate = reads - before;
    // the create reads the sheets it merges once; its own writes fire events: one read follows them
    expect(afterCreate).toBeLessThanOrEqual(2);
    await pass(100 * REFRESH_DELAY_MS);
    expect(reads - before).toBe(afterCreate);
  });
});

describe("an Office without the visibility event", () => {
  it("keeps the pane reading as always", () => {
    expect(officeVisibility(undefined)).toBe(ALWAYS_VISIBLE);
    expect(officeVisibility({} as Pick<typeof Office.addin, "onVisibilityModeChanged">)).toBe(ALWAYS_VISIBLE);
  });
});
