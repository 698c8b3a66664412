/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultReadinessModel } from "../../src/domain/readiness/checklist";
import { renderReadiness } from "../../src/sheets/readiness/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { App } from "../../src/taskpane/App";
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

  it("says so when there is nothing to share", async () => {
    render(<App host={new FakeHost()} displayLanguage="en" />);
    await userEvent.click(await screen.findByRole("button", { name: "Make this workbook portable" }));
    expect(await screen.findByTestId("shared")).toHaveTextContent("No KAM sheet in this workbook yet.");
  });
});
