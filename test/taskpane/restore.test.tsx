/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultCompetenceModel, withCandidates } from "../../src/kinds/competences/domain/assessment";
import { defaultReadinessModel } from "../../src/kinds/readiness/domain/checklist";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { ROW, VALUE_COL } from "../../src/kinds/readiness/sheets/layout";
import { specToGrid } from "../../src/sheets/specToGrid";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fakeHost";

describe("results overwritten by hand", () => {
  it("are named, and the pane restores their formulas keeping every entry", async () => {
    const m = defaultReadinessModel();
    const model = { ...m, conditions: m.conditions.map((c, i) => ({ ...c, scores: [i < 2 ? 1 : 4] })) };
    const grid = specToGrid(renderReadiness(model, "en"));
    // "Ready" typed over the verdict, 5 over the index
    const typed = (r: number, c: number, v: string | number) => {
      (grid.values[r] as (string | number)[])[c] = v;
      (grid.formulas[r] as (string | number)[])[c] = v;
    };
    typed(ROW.verdict, VALUE_COL, "Ready");
    typed(ROW.index, VALUE_COL, 5);
    const host = new FakeHost();
    host.sheets.set("Readiness", grid);
    render(<App host={host} displayLanguage="en" />);
    expect(await screen.findByTestId("verdict")).toHaveAttribute("data-verdict", "NOT_READY");
    expect(screen.getByTestId("problems")).toHaveTextContent(
      'Readiness!D8: the sheet computes "Verdict" here, but its formula was replaced by "Ready"',
    );
    expect(screen.getByTestId("overwritten")).toHaveTextContent("Computed cells holding a value instead of their formula: 2.");

    await userEvent.click(screen.getByRole("button", { name: "Restore formulas" }));
    await waitFor(() => expect(screen.queryByTestId("overwritten")).toBeNull(), { timeout: 10_000 });
    const restored = host.sheets.get("Readiness")!;
    expect(restored.formulas[ROW.verdict]![VALUE_COL]).toMatch(/^=KAM\.VERDICT\(/);
    expect(restored.formulas[ROW.index]![VALUE_COL]).toMatch(/^=KAM\.READINESS\(/);
    expect(restored.values[9]![8]).toBe(1);
    expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", "NOT_READY");
  });
});

describe("competence results overwritten by hand", () => {
  it("are named, and the pane restores their formulas", async () => {
    const model = withCandidates(defaultCompetenceModel("default"), ["Anna"]);
    const grid = specToGrid(renderCompetences({ ...model, requirements: model.requirements.map((r) => ({ ...r, ratings: [4] })) }, "en"));
    (grid.values[3] as (string | number)[])[6] = 0.9;
    (grid.formulas[3] as (string | number)[])[6] = 0.9;
    const host = new FakeHost();
    host.sheets.set("Competences", grid);
    render(<App host={host} displayLanguage="en" />);
    await userEvent.click(await screen.findByRole("tab", { name: "Competences" }));
    expect(await screen.findByTestId("overwritten", {}, { timeout: 10_000 })).toHaveTextContent(
      "Computed cells holding a value instead of their formula: 1.",
    );
    await userEvent.click(screen.getByRole("button", { name: "Restore formulas" }));
    await waitFor(() => expect(screen.queryByTestId("overwritten")).toBeNull(), { timeout: 10_000 });
    expect(host.sheets.get("Competences")!.formulas[3]![6]).toMatch(/^=IF\(.*KAM\.FIT\(/);
  });
});
