/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultCompetenceModel } from "../../src/kinds/competences/domain/assessment";
import { defaultReadinessModel, withCondition } from "../../src/kinds/readiness/domain/checklist";
import { isoToSerial } from "../../src/domain/dates";
import { defaultTaskModel, withTask } from "../../src/kinds/tasks/domain/tasklist";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import type { SheetSpec } from "../../src/sheets/spec";
import { specToGrid } from "../../src/sheets/specToGrid";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "../taskpane/fakeHost";

/** What a cell may hold that a careless pane would turn into markup (and, for the image, run script). */
const IMG = "<img src=x onerror=alert(1)>";
const BOLD = "<b>x</b>";

/** A workbook whose sheets carry markup where users type: a condition, a score, candidates, a task, its owner. */
function hostileHost(): FakeHost {
  const host = new FakeHost();
  const put = (spec: SheetSpec) => host.sheets.set(spec.name, specToGrid(spec));

  const r = withCondition(defaultReadinessModel(), IMG);
  put(
    renderReadiness(
      {
        ...r,
        conditions: r.conditions.map((c, i) => ({ ...c, scores: [i === 0 ? { value: BOLD } : i === 14 ? 1 : i === 1 ? 2 : 4] })),
      },
      "en",
    ),
  );

  const c = defaultCompetenceModel("default", [IMG, BOLD]);
  put(renderCompetences({ ...c, requirements: c.requirements.map((q, i) => ({ ...q, ratings: [5, i === 0 ? 1 : 4] })) }, "en"));

  const t = withTask(defaultTaskModel(), { phase: 1, text: IMG, responsible: BOLD, due: "2026-11-01" });
  put(renderTasks({ ...t, today: { value: isoToSerial("2026-11-23") } }, "en"));
  return host;
}

/** No element came out of cell text: no <img>, no <b>, no element with an inline event handler. */
function expectNoMarkupFromCells(container: HTMLElement) {
  expect(container.querySelectorAll("img, b, script, iframe, object, embed")).toHaveLength(0);
  const handlers = Array.from(container.querySelectorAll("*")).filter((el) =>
    Array.from(el.attributes).some((a) => a.name.startsWith("on")),
  );
  expect(handlers).toEqual([]);
}

describe("cell text in the pane", () => {
  let alert: jest.SpyInstance;
  beforeEach(() => {
    alert = jest.spyOn(window, "alert").mockImplementation(() => undefined);
  });
  afterEach(() => alert.mockRestore());

  it("shows markup typed into the readiness checklist as text: an own weak condition, an invalid score", async () => {
    const { container } = render(<App host={hostileHost()} displayLanguage="en" />);
    const weak = await screen.findByTestId("weak");
    expect(weak).toHaveTextContent(IMG);
    expect(await screen.findByTestId("problems")).toHaveTextContent(BOLD);
    expectNoMarkupFromCells(container);
    expect(alert).not.toHaveBeenCalled();
  });

  it("shows markup in candidates' names as text: best fit, ranking, deficits", async () => {
    const { container } = render(<App host={hostileHost()} displayLanguage="en" />);
    await userEvent.click(await screen.findByRole("tab", { name: "Competences" }));
    expect(await screen.findByTestId("best")).toHaveTextContent(`Best fit: ${IMG}`);
    const ranking = within(screen.getByTestId("ranking"));
    expect(ranking.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      expect.stringContaining(`1. ${IMG}`),
      expect.stringContaining(`2. ${BOLD}`),
    ]);
    expect(screen.getByTestId("deficits")).toHaveTextContent(`${BOLD}: Commitment to our offering`);
    expectNoMarkupFromCells(container);
    expect(alert).not.toHaveBeenCalled();
  });

  it("shows markup in a task and its owner as text: the overdue list and the owner filter", async () => {
    const { container } = render(<App host={hostileHost()} displayLanguage="en" />);
    await userEvent.click(await screen.findByRole("tab", { name: "Tasks" }));
    const overdue = await screen.findByTestId("overdue");
    expect(overdue).toHaveTextContent(`${IMG} · ${BOLD}`);
    expect(within(screen.getByLabelText("Filter by person responsible")).getByRole("option", { name: BOLD })).toBeInTheDocument();
    expectNoMarkupFromCells(container);
    expect(alert).not.toHaveBeenCalled();
  });
});
