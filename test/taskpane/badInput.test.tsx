/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultReadinessModel } from "../../src/kinds/readiness/domain/checklist";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import type { SheetGrid } from "../../src/sheets/read";
import { specToGrid } from "../../src/sheets/specToGrid";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fakeHost";

/** The English checklist with a column the user inserted after the condition and typed into. */
function withOwnerColumn(): SheetGrid {
  const g = specToGrid(renderReadiness(defaultReadinessModel(), "en"));
  const insert = <T,>(rows: readonly (readonly T[])[], blank: T, at: Record<number, T>) =>
    rows.map((r, i) => [...r.slice(0, 2), at[i] ?? blank, ...r.slice(2)]);
  return {
    name: g.name,
    values: insert(g.values, "", { 8: "Owner", 11: "Anna" }),
    formulas: insert(g.formulas, "", { 8: "Owner", 11: "Anna" }),
    valueTypes: insert(g.valueTypes, "Empty", { 8: "String", 11: "String" }),
  };
}

describe("the pane with sheets users changed", () => {
  it("names the inserted column's cells, in the pane's language, and does not re-create over them", async () => {
    const host = new FakeHost();
    host.sheets.set("Readiness", withOwnerColumn());
    render(<App host={host} displayLanguage="de-DE" />);
    expect(await screen.findByText(/'?Readiness'?!C9: Diese Spalte gehört nicht zum Blatt/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Checkliste neu anlegen (Eingaben bleiben erhalten)" }));
    expect(await screen.findByTestId("error")).toHaveTextContent(
      "Das Blatt „Readiness“ wurde nicht neu angelegt: Einträge, die nicht zum Blatt gehören (C9, C12), stehen dort, wo das Blatt geschrieben wird",
    );
    expect(host.writes).toHaveLength(0);
  });

  it("says which sheet it shows when there are two checklists, and refuses to rename one onto the other", async () => {
    const host = new FakeHost();
    for (const lang of ["de", "en"] as const) {
      const spec = renderReadiness(defaultReadinessModel(), lang);
      host.sheets.set(spec.name, specToGrid(spec));
    }
    render(<App host={host} displayLanguage="en-US" />);
    expect(await screen.findByTestId("duplicates")).toHaveTextContent(
      'More sheets of this kind: Readiness. The task pane shows "Voraussetzungen".',
    );
    await userEvent.selectOptions(screen.getByLabelText("Sheet language"), "en");
    await userEvent.click(screen.getByRole("button", { name: "Re-create checklist (entries are kept)" }));
    expect(await screen.findByTestId("error")).toHaveTextContent(
      'There are two KAM sheets of this kind: "Readiness" and "Voraussetzungen". The task pane uses "Voraussetzungen".',
    );
    expect(host.writes).toHaveLength(0);
  });
});
