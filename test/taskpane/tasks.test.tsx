/** @jest-environment jsdom */
import { translator } from "../../src/i18n/format";
import { TASK_PANE_TEXT } from "../../src/kinds/tasks/i18n/paneText";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultReadinessModel } from "../../src/kinds/readiness/domain/checklist";
import { isoToSerial } from "../../src/domain/dates";
import type { TaskModel } from "../../src/kinds/tasks/domain/model";
import { defaultTaskModel } from "../../src/kinds/tasks/domain/tasklist";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { parseTasks } from "../../src/kinds/tasks/sheets/parse";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fakeHost";

const TODAY = "2026-11-23";

function plan(): TaskModel {
  const m = defaultTaskModel();
  return {
    today: { value: isoToSerial(TODAY) },
    tasks: m.tasks.map((t) =>
      t.id === "T01"
        ? { ...t, responsible: "Ina", due: "2026-11-20" }
        : t.id === "T02"
          ? { ...t, responsible: "Ole", due: "2026-11-25" }
          : t.id === "T03"
            ? { ...t, status: "DONE" }
            : t,
    ),
  };
}

function tasksOf(host: FakeHost) {
  const r = parseTasks(host.sheets.get("Aufgaben") ?? host.sheets.get("Tasks")!);
  if (!r.ok) throw new Error("not a task sheet");
  return r.model.tasks;
}

async function openTasks() {
  await userEvent.click(await screen.findByRole("tab", { name: "Tasks" }));
}

describe("the task panel", () => {
  it("creates the default plan", async () => {
    const host = new FakeHost();
    render(<App host={host} displayLanguage="en" />);
    await openTasks();
    await screen.findByText("This workbook has no task overview yet.");
    await userEvent.click(screen.getByRole("button", { name: "Create task overview" }));
    // in the pane's language
    await waitFor(() => expect(host.sheets.has("Tasks")).toBe(true));
    expect(tasksOf(host)).toHaveLength(22);
    expect(await screen.findByTestId("phases")).toHaveTextContent("1 Goals and framework: 0 of 6 done");
  });

  it("selects a task's row where the table is after the user inserted a column left of it", async () => {
    const host = new FakeHost();
    const spec = renderTasks(plan(), "en");
    const grid = specToGrid(spec);
    const shifted = <T,>(rows: T[][]) => rows.map((r) => ["" as T, ...r]);
    host.sheets.set(spec.name, {
      ...grid,
      values: shifted(grid.values as unknown[][]) as typeof grid.values,
      formulas: shifted(grid.formulas as unknown[][]) as typeof grid.formulas,
    });
    render(<App host={host} displayLanguage="en" />);
    await openTasks();
    await userEvent.click(within(await screen.findByTestId("overdue")).getByRole("button", { name: "T01" }));
    expect(host.selections).toEqual(["Tasks!B13:L13"]);
  });

  it("shows progress, overdue and due-soon tasks; a click selects the row; filters by responsible; marks done", async () => {
    const host = new FakeHost();
    const spec = renderTasks(plan(), "en");
    host.sheets.set(spec.name, specToGrid(spec));
    render(<App host={host} displayLanguage="en" />);
    await openTasks();
    // dates as the language writes them, as on the sheet and in `kam read`
    expect(await screen.findByText("Reference date: 23/11/2026")).toBeInTheDocument();
    expect(screen.getByTestId("phases")).toHaveTextContent("1 Goals and framework: 1 of 6 done");
    const overdue = within(screen.getByTestId("overdue"));
    expect(overdue.getByText(/Analyse the position/)).toHaveTextContent("· Ina");
    await userEvent.click(overdue.getByRole("button", { name: "T01" }));
    expect(host.selections).toEqual(["Tasks!A13:K13"]);
    expect(screen.getByTestId("due-soon")).toHaveTextContent("T02");

    await userEvent.selectOptions(screen.getByLabelText("Filter by person responsible"), "Ole");
    expect(screen.getByText("Overdue (0)")).toBeInTheDocument();
    expect(screen.getByTestId("tasks-of")).toHaveTextContent("T02");

    await userEvent.selectOptions(screen.getByLabelText("Filter by person responsible"), "");
    // the button says what it does, not a state the task could be read as having ("Done"); its accessible name
    // holds its visible text (WCAG 2.5.3, checked by axe in the browser tests) and names the task
    expect(within(screen.getByTestId("overdue")).getByRole("button", { name: "Mark done: T01" })).toHaveTextContent(/^Mark done$/);
    await userEvent.click(within(screen.getByTestId("overdue")).getByRole("button", { name: "Mark done: T01" }));
    await waitFor(() => expect(tasksOf(host).find((t) => t.id === "T01")!.status).toBe("DONE"));
    expect(await screen.findByText("Nothing overdue.")).toBeInTheDocument();
  });

  it("adds a task from the form", async () => {
    const host = new FakeHost();
    const spec = renderTasks(plan(), "en");
    host.sheets.set(spec.name, specToGrid(spec));
    render(<App host={host} displayLanguage="en" />);
    await openTasks();
    await screen.findByTestId("phases");
    const form = within(screen.getByRole("form", { name: "Add task" }));
    await userEvent.selectOptions(form.getByLabelText("Phase"), "4");
    await userEvent.type(form.getByLabelText("Task"), "Visit the top 5 accounts");
    await userEvent.type(form.getByLabelText("Responsible"), "Ina");
    await userEvent.click(form.getByRole("button", { name: "Add task" }));
    await waitFor(() => expect(tasksOf(host)).toHaveLength(23));
    expect(tasksOf(host)[22]).toMatchObject({ id: "T23", phase: 4, text: "Visit the top 5 accounts", responsible: "Ina", status: "OPEN" });
  });

  it("plans tasks for weak conditions from the readiness dashboard, once, and shows when a condition is no longer weak", async () => {
    const host = new FakeHost();
    const r = defaultReadinessModel();
    const weak = { ...r, conditions: r.conditions.map((c) => ({ ...c, scores: [c.id === "R05" || c.id === "R11" ? 1 : 4] })) };
    host.sheets.set("Voraussetzungen", specToGrid(renderReadiness(weak, "de")));
    render(<App host={host} displayLanguage="en" />);
    const plan = await screen.findByRole("button", { name: "Plan tasks for weak conditions" });
    await userEvent.click(plan);
    expect(await screen.findByTestId("planned")).toHaveTextContent("Tasks planned: 2; they are on the sheet Aufgaben.");
    await userEvent.click(plan);
    await waitFor(() => expect(screen.getByTestId("planned")).toHaveTextContent("Tasks planned: 0"));
    expect(
      tasksOf(host)
        .map((t) => t.link)
        .filter((l) => l !== ""),
    ).toEqual(["R05", "R11"]);

    // R05 is fixed meanwhile
    host.sheets.set(
      "Voraussetzungen",
      specToGrid(renderReadiness({ ...weak, conditions: weak.conditions.map((c) => (c.id === "R05" ? { ...c, scores: [4] } : c)) }, "de")),
    );
    await userEvent.click(screen.getByRole("tab", { name: "Tasks" }));
    const linked = within(await screen.findByTestId("linked")).getAllByRole("listitem");
    expect(linked.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^T23 Voraussetzung schaffen: Die richtigen Key Accounts ausgewählt.*Condition no longer weak/),
      expect.not.stringContaining("no longer weak"),
    ]);
  });
});

describe("the mark-done button's names", () => {
  it.each(["de", "nl", "en"] as const)("in %s: the accessible name holds the visible text (WCAG 2.5.3, label in name)", (lang) => {
    const t = translator(TASK_PANE_TEXT, lang);
    expect(t("markDoneOf", { id: "T01" }).toLowerCase()).toContain(t("markDone").toLowerCase());
    expect(t("markDoneOf", { id: "T01" })).toContain("T01");
  });
});
