/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SelectionModel } from "../../src/kinds/selection/domain/model";
import { defaultSelectionModel } from "../../src/kinds/selection/domain/selection";
import { FIRST_CUSTOMER_ROW, ROW } from "../../src/kinds/selection/sheets/layout";
import { parseSelection } from "../../src/kinds/selection/sheets/parse";
import { renderSelection } from "../../src/kinds/selection/sheets/render";
import { parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { specToGrid } from "../../src/sheets/specToGrid";
import { App } from "../../src/taskpane/App";
import { defaultReadinessModel } from "../../src/kinds/readiness/domain/checklist";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { FakeHost } from "./fakeHost";

/** Lazily loaded panels get the time a loaded machine needs. */
const LOADED = { timeout: 10_000 };

async function openSelection() {
  await userEvent.click(await screen.findByRole("tab", { name: "Selection" }));
}

/** Müller a key account, Jansen a key development account, Acme a maintenance account, Orion not scored. */
function scored(capacity = 4): SelectionModel {
  const m = defaultSelectionModel([
    { name: "Müller GmbH", revenue: 1200 },
    { name: "Jansen BV", revenue: 800 },
    { name: "Acme Ltd", revenue: 300 },
    { name: "Orion SE" },
  ]);
  const scores = [[9, 8, 8, 8, 7, 9, 8, 8, 8, 4], [8, 8, 7, 7, 8, 3, 4, 2, 5, 4], [2, 2, 3, 2, 1, 8, 8, 8, 7, 9], new Array(10).fill(null)];
  return { ...m, capacity, customers: m.customers.map((c, i) => ({ ...c, scores: scores[i]! })) };
}

function hostWith(model: SelectionModel): FakeHost {
  const host = new FakeHost();
  const spec = renderSelection(model, "en");
  host.sheets.set(spec.name, specToGrid(spec));
  return host;
}

describe("the selection panel", () => {
  it("creates the selection with pasted customers (and revenue), a weight set by the criterion's name, and an own criterion", async () => {
    const host = new FakeHost();
    render(<App host={host} displayLanguage="en-GB" />);
    await openSelection();
    expect(await screen.findByText("This workbook has no key account selection yet.", {}, LOADED)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Sheet language"), "de");
    const growth = screen.getByLabelText("Weight of Growth");
    await userEvent.clear(growth);
    await userEvent.type(growth, "25");
    await userEvent.tab();
    expect(screen.getByText(/Customer attractiveness · Total: 105 of 100/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText("Own criterion"), "Payment behaviour");
    await userEvent.selectOptions(screen.getByLabelText("Group"), "attractiveness");
    await userEvent.type(screen.getByLabelText(/Add customers/), "Müller GmbH\t1200{enter}Jansen BV;800{enter}Acme Ltd{enter}müller gmbh");
    await userEvent.click(screen.getByRole("button", { name: "Create key account selection" }));
    await waitFor(() => expect(host.sheets.has("Key-Account-Auswahl")).toBe(true));
    const read = parseSelection(host.sheets.get("Key-Account-Auswahl")!);
    if (!read.ok) throw new Error("not read");
    expect(read.model.customers.map((c) => [c.id, c.name, c.revenue])).toEqual([
      ["A01", "Müller GmbH", 1200],
      ["A02", "Jansen BV", 800],
      ["A03", "Acme Ltd", null],
    ]);
    expect(read.model.criteria.map((c) => [c.id, c.weight])).toEqual(
      expect.arrayContaining([
        ["K02", 25],
        ["K11", 0],
      ]),
    );
    // the own criterion follows its group's last one, before the strength criteria
    expect(read.model.criteria.map((c) => c.id).slice(4, 7)).toEqual(["K05", "K11", "K06"]);
    expect(host.writes[0]!.spec.cells[ROW.header]![9]).toBe("K11 Payment behaviour");
    expect(read.problems.map((p) => [p.cell, p.code])).toEqual([["P14", "weightSum"]]);
    expect(await screen.findByTestId("unscored", {}, LOADED)).toHaveTextContent("Not scored (3): Müller GmbH, Jansen BV, Acme Ltd");
  });

  it("shows the portfolio, the key and key development accounts with their levers; a click selects the customer's row", async () => {
    const host = hostWith(scored());
    render(<App host={host} displayLanguage="en" />);
    await openSelection();
    const keys = within(await screen.findByTestId("key-accounts", {}, LOADED));
    expect(keys.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Müller GmbH · customer attractiveness 8\.20 · relative strength 7\.60Biggest levers: Service and delivery/),
    ]);
    const development = within(screen.getByTestId("development-accounts"));
    expect(development.getByRole("listitem")).toHaveTextContent("Biggest levers: Access to decision makers and relationship stage");
    expect(screen.getByTestId("other-accounts")).toHaveTextContent("Maintenance accounts: 1 · opportunistic accounts: 0");
    expect(screen.getByTestId("unscored")).toHaveTextContent("Not scored (1): Orion SE");
    expect(screen.getByTestId("capacity")).toHaveTextContent("1 of 4 key accounts (capacity)");

    const bubbles = within(screen.getByTestId("portfolio")).getAllByRole("button");
    expect(bubbles.map((b) => b.getAttribute("data-class"))).toEqual(["KEY", "DEVELOPMENT", "MAINTENANCE"]);
    await userEvent.click(within(screen.getByTestId("portfolio")).getByRole("button", { name: /Jansen BV/ }));
    expect(host.selections).toEqual([`Key account selection!B${FIRST_CUSTOMER_ROW + 2}`]);
    await userEvent.click(keys.getByRole("button", { name: "Select the row of Müller GmbH" }));
    expect(host.selections.at(-1)).toBe(`Key account selection!B${FIRST_CUSTOMER_ROW + 1}`);
  });

  it("warns when there are more key accounts than the capacity", async () => {
    render(<App host={hostWith(scored(0))} displayLanguage="de" />);
    await userEvent.click(await screen.findByRole("tab", { name: "Auswahl" }));
    expect(await screen.findByTestId("capacity", {}, LOADED)).toHaveTextContent(
      "Key Accounts: 1, Kapazität: 0. Wählen Sie nie mehr Key Accounts, als Ihre Key-Account-Manager betreuen können.",
    );
  });

  it("plans one account plan task per key account, once, linked by the customer's number", async () => {
    const host = hostWith(scored());
    render(<App host={host} displayLanguage="en" />);
    await openSelection();
    const plan = await screen.findByRole("button", { name: "Plan tasks for the key accounts" }, LOADED);
    await userEvent.click(plan);
    expect(await screen.findByTestId("planned", {}, LOADED)).toHaveTextContent("Tasks planned: 1; they are on the sheet Tasks.");
    await userEvent.click(plan);
    await waitFor(() => expect(screen.getByTestId("planned")).toHaveTextContent("Tasks planned: 0"));
    const tasks = parseTasks(host.sheets.get("Tasks")!);
    if (!tasks.ok) throw new Error("not read");
    expect(tasks.model.tasks.filter((t) => t.link !== "").map((t) => [t.phase, t.text, t.link])).toEqual([
      [4, "Write the account analysis and account plan for Müller GmbH", "A01"],
    ]);
  });

  it("shows in the readiness panel, beside R05, what the selection says, and follows the selection's changes", async () => {
    const host = hostWith(scored());
    host.sheets.set("Readiness", specToGrid(renderReadiness(defaultReadinessModel(), "en")));
    render(<App host={host} displayLanguage="en" />);
    const remark = await screen.findByTestId("remark-R05", {}, LOADED);
    expect(remark).toHaveTextContent(
      'R05 The right key accounts selected: According to "Key account selection": key accounts 1 (capacity 4), key development accounts 1, not scored 1.',
    );
    // Orion SE is scored meanwhile, as a key account
    const m = scored();
    const orion = { ...m, customers: m.customers.map((c, i) => (i === 3 ? { ...c, scores: new Array(10).fill(9) } : c)) };
    host.userChanges("Key account selection", specToGrid(renderSelection(orion, "en")));
    await waitFor(
      () =>
        expect(screen.getByTestId("remark-R05")).toHaveTextContent(
          "key accounts 2 (capacity 4), key development accounts 1, not scored 0.",
        ),
      LOADED,
    );
  });
});
