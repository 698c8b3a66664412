/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SelectionModel } from "../../src/kinds/selection/domain/model";
import { defaultSelectionModel } from "../../src/kinds/selection/domain/selection";
import { renderSelection } from "../../src/kinds/selection/sheets/render";
import { parsePlan } from "../../src/kinds/plans/sheets/parse";
import { renderPlan } from "../../src/kinds/plans/sheets/render";
import { newPlan } from "../../src/kinds/plans/domain/plan";
import { specToGrid } from "../../src/sheets/specToGrid";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fakeHost";
import { parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { defaultReadinessModel } from "../../src/kinds/readiness/domain/checklist";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import type { AccountPlan } from "../../src/kinds/plans/domain/model";

/** Lazily loaded panels get the time a loaded machine needs. */
const LOADED = { timeout: 10_000 };

/** Müller and Nordwind key accounts, Acme a maintenance account. */
function selection(): SelectionModel {
  const m = defaultSelectionModel([{ name: "Müller GmbH" }, { name: "Acme Ltd" }, { name: "Nordwind AG" }]);
  const scores = [
    [9, 8, 8, 8, 7, 9, 8, 8, 8, 4],
    [2, 2, 3, 2, 1, 8, 8, 8, 7, 9],
    [8, 8, 8, 8, 8, 8, 8, 8, 8, 8],
  ];
  return { ...m, customers: m.customers.map((c, i) => ({ ...c, scores: scores[i]! })) };
}

async function openPlans() {
  await userEvent.click(await screen.findByRole("tab", { name: "Plans" }));
}

describe("the account plans panel", () => {
  it("creates a plan for each key account of the selection without one, then shows each plan's state", async () => {
    const host = new FakeHost();
    const spec = renderSelection(selection(), "en");
    host.sheets.set(spec.name, specToGrid(spec));
    render(<App host={host} displayLanguage="en-GB" />);
    await openPlans();
    expect(await screen.findByText("This workbook has no account plans yet.", {}, LOADED)).toBeInTheDocument();
    expect(await screen.findByText("Key accounts without a plan: Müller GmbH, Nordwind AG", {}, LOADED)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Create plans for key accounts without a plan (2)" }));
    await waitFor(() => expect(host.sheets.has("Plan Nordwind AG")).toBe(true), LOADED);
    const read = parsePlan(host.sheets.get("Plan Müller GmbH")!);
    expect(read.ok && [read.model.accountId, read.model.account, read.lang]).toEqual(["A01", "Müller GmbH", "en"]);
    const card = await screen.findByRole("region", { name: "Plan Müller GmbH" }, LOADED);
    expect(within(card).getByText("Müller GmbH (A01)")).toBeInTheDocument();
    expect(within(card).getByText("Relationship stage: not assessed yet")).toBeInTheDocument();
    expect(within(card).getByText(/^Missing: share of wallet, contact matrix without gaps/)).toBeInTheDocument();
    expect(screen.queryByText(/Key accounts without a plan/)).not.toBeInTheDocument();
  });

  it("opens a plan's sheet, and creates a plan for an account named by hand", async () => {
    const host = new FakeHost();
    const spec = renderPlan(
      { ...newPlan({ id: "", name: "Jansen BV" }, "2026-12-04"), texts: { planVision: "Partner" } },
      "en",
      "Plan Jansen BV",
    );
    host.sheets.set(spec.name, specToGrid(spec));
    render(<App host={host} displayLanguage="en-GB" />);
    await openPlans();
    const card = await screen.findByRole("region", { name: "Plan Jansen BV" }, LOADED);
    await userEvent.click(within(card).getByRole("button", { name: "Open plan" }));
    expect(host.selections).toEqual(["Plan Jansen BV!A1"]);
    await userEvent.type(screen.getByLabelText(/Key accounts/), "Orion SE");
    await userEvent.click(screen.getByRole("button", { name: "Create account plans" }));
    await waitFor(() => expect(host.sheets.has("Plan Orion SE")).toBe(true), LOADED);
    const read = parsePlan(host.sheets.get("Plan Orion SE")!);
    // a new plan takes the language of the plans there are
    expect(read.ok && read.lang).toBe("en");
  });

  it("plans the actions not done and the open questions as tasks, once, linked by account and id", async () => {
    const plan: AccountPlan = {
      ...newPlan({ id: "A03", name: "Müller GmbH" }, "2026-12-04"),
      actions: [
        {
          id: "M01",
          text: "Workshop with purchasing",
          responsible: "Eva",
          start: null,
          due: "2027-01-15",
          status: "OPEN",
          objective: "",
          notes: "",
        },
        { id: "M02", text: "Send offer", responsible: "", start: null, due: null, status: "DONE", objective: "", notes: "" },
      ],
      questions: [
        { id: "F01", text: "Who decides on the 2027 budget?", responsible: "Jan", answer: "" },
        { id: "F02", text: "Which sites?", responsible: "", answer: "Hamburg and Lyon" },
      ],
    };
    const host = new FakeHost();
    const spec = renderPlan(plan, "en", "Plan Müller GmbH");
    host.sheets.set(spec.name, specToGrid(spec));
    render(<App host={host} displayLanguage="en" />);
    await openPlans();
    const button = await screen.findByRole("button", { name: "Plan actions and open questions as tasks" }, LOADED);
    await userEvent.click(button);
    expect(await screen.findByTestId("planned", {}, LOADED)).toHaveTextContent("Tasks planned: 2");
    await userEvent.click(button);
    await waitFor(() => expect(screen.getByTestId("planned")).toHaveTextContent("Tasks planned: 0"));
    const tasks = parseTasks(host.sheets.get("Tasks")!);
    if (!tasks.ok) throw new Error("not read");
    expect(tasks.model.tasks.filter((t) => t.link !== "").map((t) => [t.phase, t.text, t.responsible, t.due, t.link])).toEqual([
      [5, "Workshop with purchasing (Müller GmbH)", "Eva", "2027-01-15", "A03/M01"],
      [4, "Find out: Who decides on the 2027 budget? (Müller GmbH)", "Jan", null, "A03/F01"],
    ]);
  });

  it("shows in the readiness panel, beside R08, how many account plans are complete", async () => {
    const host = new FakeHost();
    host.sheets.set("Readiness", specToGrid(renderReadiness(defaultReadinessModel(), "en")));
    const spec = renderPlan(newPlan({ id: "A01", name: "Müller GmbH" }, "2026-12-04"), "en", "Plan Müller GmbH");
    host.sheets.set(spec.name, specToGrid(spec));
    render(<App host={host} displayLanguage="en" />);
    const remark = await screen.findByTestId("remark-R08", {}, LOADED);
    expect(remark).toHaveTextContent("Plan Müller GmbH: 0 of 1 account plans complete");
  });
});
