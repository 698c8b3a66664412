/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { defaultReadinessModel } from "../../src/kinds/readiness/domain/checklist";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { App } from "../../src/taskpane/App";
import { BROWSER_DOWNLOAD, deliveryFor, toBase64 } from "../../src/taskpane/delivery";
import { createXlsxFileHost, openXlsx } from "../../src/hosts/xlsx/file";
import { FakeHost } from "./fakeHost";

describe("sharing the workbook", () => {
  it("makes the workbook portable in place: no KAM formulas left, entries kept", async () => {
    const host = new FakeHost();
    const m = defaultReadinessModel();
    host.sheets.set("Readiness", specToGrid(renderReadiness({ ...m, conditions: m.conditions.map((c) => ({ ...c, scores: [3] })) }, "en")));
    render(<App host={host} displayLanguage="en" />);
    await userEvent.click(await screen.findByRole("button", { name: "Make this workbook portable" }));
    expect(await screen.findByTestId("shared")).toHaveTextContent("Made portable: Readiness.");
    const grid = host.sheets.get("Readiness")!;
    expect(grid.formulas.flat().filter((f) => typeof f === "string" && f.includes("KAM."))).toEqual([]);
    expect(grid.values[9]![8]).toBe(3);
  });

  it("says in the pane's language why a sheet was left as it is", async () => {
    const host = new FakeHost();
    const grid = specToGrid(renderReadiness(defaultReadinessModel(), "de"));
    // the user inserted a column inside the table and typed into it: rewriting the sheet would overwrite C12
    const inserted = <T,>(rows: T[][], at: (r: number) => T) => rows.map((row, r) => [...row.slice(0, 2), at(r), ...row.slice(2)]);
    host.sheets.set("Voraussetzungen", {
      ...grid,
      values: inserted(grid.values as unknown[][], (r) => (r === 11 ? "Anna" : "")) as typeof grid.values,
      formulas: inserted(grid.formulas as unknown[][], (r) => (r === 11 ? "Anna" : "")) as typeof grid.formulas,
    });
    render(<App host={host} displayLanguage="de-DE" />);
    await userEvent.click(await screen.findByRole("button", { name: "Arbeitsmappe portabel machen" }));
    expect(await screen.findByTestId("shared")).toHaveTextContent(
      "Das Blatt „Voraussetzungen“ wurde nicht neu angelegt: Einträge, die nicht zum Blatt gehören (C12)",
    );
  });

  it("says so when there is nothing to share", async () => {
    render(<App host={new FakeHost()} displayLanguage="en" />);
    await userEvent.click(await screen.findByRole("button", { name: "Make this workbook portable" }));
    expect(await screen.findByTestId("shared")).toHaveTextContent("No KAM sheet in this workbook yet.");
  });
});

// the product's .xlsx reader checks the copy here; jsdom's window lacks the TextDecoder it uses
globalThis.TextDecoder ??= NodeTextDecoder as typeof TextDecoder;

/** Office.context.platform as Office sets it: the enum's text ("PC", "Mac", "OfficeOnline"). */
const platform = (name: string) => name as unknown as Office.PlatformType;

describe("a portable copy, on each platform", () => {
  const host = () => {
    const h = new FakeHost();
    const m = defaultReadinessModel();
    h.sheets.set("Readiness", specToGrid(renderReadiness({ ...m, conditions: m.conditions.map((c) => ({ ...c, scores: [4] })) }, "en")));
    return h;
  };
  /** Excel.createWorkbook as the desktop has it: records the base64 it is handed. */
  const created: string[] = [];
  const createWorkbook = async (base64: string) => void created.push(base64);
  beforeEach(() => (created.length = 0));

  it("opens as a new workbook on Windows, with every entry and no KAM formula, and says how to save it", async () => {
    render(<App host={host()} displayLanguage="en" delivery={deliveryFor(platform("PC"), createWorkbook)} />);
    await userEvent.click(await screen.findByRole("button", { name: "Open a portable copy" }));
    expect(await screen.findByTestId("shared")).toHaveTextContent("Opened as a new workbook (Readiness). Save it with File › Save As.");
    expect(created).toHaveLength(1);
    const file = await openXlsx(Buffer.from(created[0]!, "base64"));
    const grid = (await createXlsxFileHost(file).readSheets(["Readiness"])).get("Readiness")!;
    expect(grid.values[9]![8]).toBe(4);
    expect(grid.formulas.flat().filter((f) => typeof f === "string" && f.includes("KAM."))).toEqual([]);
  });

  it("on a Mac says where the new window is (Excel for Mac opens it behind the current one)", async () => {
    render(<App host={host()} displayLanguage="de" delivery={deliveryFor(platform("Mac"), createWorkbook)} />);
    await userEvent.click(await screen.findByRole("button", { name: "Portable Kopie öffnen" }));
    expect(await screen.findByTestId("shared")).toHaveTextContent("Excel für Mac zeigt sie hinter diesem Fenster (Menü Fenster)");
    expect(created).toHaveLength(1);
  });

  it("downloads in Excel on the web, where the browser saves it", () => {
    expect(deliveryFor(platform("OfficeOnline"), createWorkbook)).toBe(BROWSER_DOWNLOAD);
    expect(deliveryFor(undefined, createWorkbook)).toBe(BROWSER_DOWNLOAD);
  });

  it("says what went wrong when Excel refuses to open it, and claims nothing", async () => {
    const refuse = async () => Promise.reject(new Error("The argument is invalid, missing or has an incorrect format."));
    render(<App host={host()} displayLanguage="en" delivery={deliveryFor(platform("PC"), refuse)} />);
    await userEvent.click(await screen.findByRole("button", { name: "Open a portable copy" }));
    expect(await screen.findByTestId("shared")).toHaveTextContent("The argument is invalid");
    expect(screen.getByTestId("shared")).not.toHaveTextContent("Opened");
  });

  it("encodes large files whole (base64 in slices)", () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7919) % 256);
    expect(Buffer.from(toBase64(bytes.buffer), "base64").equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("the sharing section's message", () => {
  it("says there is nothing to share until a sheet is made, then no longer", async () => {
    const host = new FakeHost();
    render(<App host={host} displayLanguage="en" />);
    await userEvent.click(await screen.findByRole("button", { name: "Make this workbook portable" }));
    expect(await screen.findByTestId("shared")).toHaveTextContent("No KAM sheet in this workbook yet.");
    await userEvent.click(screen.getByRole("button", { name: "Create readiness checklist" }));
    await screen.findByTestId("verdict");
    await waitFor(() => expect(screen.queryByTestId("shared")).toBeNull());
  });
});
