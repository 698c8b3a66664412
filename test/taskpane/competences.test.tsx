/** @jest-environment jsdom */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultCompetenceModel } from "../../src/kinds/competences/domain/assessment";
import type { CompetenceModel } from "../../src/kinds/competences/domain/model";
import { FIRST_COMPETENCE_ROW, ROW } from "../../src/kinds/competences/sheets/layout";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fakeHost";

async function openCompetences() {
  await userEvent.click(await screen.findByRole("tab", { name: "Competences" }));
}

function hostWith(model: CompetenceModel): FakeHost {
  const host = new FakeHost();
  const spec = renderCompetences(model, "en");
  host.sheets.set(spec.name, specToGrid(spec));
  return host;
}

describe("the competence panel", () => {
  it("creates the assessment with the chosen profile and candidates", async () => {
    const host = new FakeHost();
    render(<App host={host} displayLanguage="en-US" />);
    await openCompetences();
    expect(await screen.findByText("This workbook has no competence assessment yet.")).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Sheet language"), "de");
    await userEvent.selectOptions(screen.getByLabelText("Competence profile"), "extended");
    await userEvent.type(screen.getByLabelText("Add candidates"), "Anna, Bert");
    await userEvent.type(screen.getByLabelText("Add own competences"), "Negotiation; Dutch");
    await userEvent.click(screen.getByRole("button", { name: "Create competence assessment" }));
    await waitFor(() => expect(host.sheets.has("Kompetenzen")).toBe(true));
    const header = host.writes[0]!.spec.cells[ROW.header]!;
    expect(header.slice(5, 8)).toEqual(["Erfüllt von", "Anna", "Bert"]);
    expect(host.writes[0]!.spec.cells.slice(FIRST_COMPETENCE_ROW, FIRST_COMPETENCE_ROW + 16).map((r) => r[0])).toEqual(
      expect.arrayContaining(["C01", "C14", "C15", "C16"]),
    );
    expect(await screen.findByTestId("best")).toHaveTextContent("No candidate has been assessed enough yet.");
    expect(screen.getByTestId("incomplete")).toHaveTextContent("Incompletely assessed (2): Anna, Bert");
    // nobody assessed has no deficits to speak of: the pane says they are not assessed
    expect(screen.getByTestId("deficits")).toHaveTextContent("Anna: Not assessed yet.");
    expect(screen.getByTestId("deficits")).not.toHaveTextContent("No deficits");
  });

  it("selects a deficit's rating where it is after the user inserted a column left of the table", async () => {
    const m = defaultCompetenceModel("default", ["Anna", "Bert"]);
    const model: CompetenceModel = { ...m, requirements: m.requirements.map((r, i) => ({ ...r, ratings: [4, i === 0 ? 2 : 5] })) };
    const host = hostWith(model);
    const grid = host.sheets.get("Competences")!;
    const shifted = <T,>(rows: T[][]) => rows.map((r) => ["" as T, ...r]);
    host.sheets.set("Competences", {
      ...grid,
      values: shifted(grid.values as unknown[][]) as typeof grid.values,
      formulas: shifted(grid.formulas as unknown[][]) as typeof grid.formulas,
    });
    render(<App host={host} displayLanguage="en" />);
    await openCompetences();
    const bert = within(await screen.findByTestId("deficits")).getAllByRole("listitem")[1]!;
    await userEvent.click(within(bert).getByRole("button", { name: "Commitment to our offering (-2)" }));
    expect(host.selections).toEqual(["Competences!I10"]);
  });

  it("answers who fits best, the deficits (a click selects the cell) and what to build on", async () => {
    const m = defaultCompetenceModel("default", ["Anna", "Bert", "Cem"]);
    // Anna meets everything; Bert misses C01 (a must-have) by 2; Cem rated on only 2 of 8
    const model: CompetenceModel = {
      ...m,
      requirements: m.requirements.map((r, i) => ({ ...r, mustHave: i === 0, ratings: [4, i === 0 ? 2 : 5, i < 2 ? 3 : null] })),
    };
    const host = hostWith(model);
    render(<App host={host} displayLanguage="en" />);
    await openCompetences();
    expect(await screen.findByTestId("best")).toHaveTextContent("Best fit: Anna");
    const ranking = within(screen.getByTestId("ranking"));
    expect(ranking.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      expect.stringContaining("1. Anna: fit 100%"),
      expect.stringMatching(/2\. Bert: fit 94%.*Must-have missed/),
    ]);
    expect(ranking.getAllByRole("progressbar")).toHaveLength(2);
    expect(screen.getByTestId("incomplete")).toHaveTextContent("Cem");
    const bert = within(screen.getByTestId("deficits")).getAllByRole("listitem")[1]!;
    // competences by name, the full text with its id on hover and focus
    expect(bert).toHaveTextContent("Bert: Commitment to our offering (-2)");
    const deficit = within(bert).getByRole("button", { name: "Commitment to our offering (-2)" });
    expect(deficit).toHaveAccessibleDescription("C01 · Identifies with the company's own products and services (Select cell H10)");
    await userEvent.click(deficit);
    expect(host.selections).toEqual(["Competences!H10"]);
    // met by every candidate assessed on it first; C01 (met by Anna only, of three) is no strength
    const buildOn = within(screen.getByTestId("build-on"))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(buildOn[0]).toBe("Speed · met by 2 of 2");
    expect(buildOn).toContain("High qualification · met by 2 of 3");
    expect(buildOn.join()).not.toContain("Commitment");
  });

  it("edits required level, weight and must-have in the pane and writes them, keeping ratings", async () => {
    const m = defaultCompetenceModel("default", ["Anna"]);
    const host = hostWith({ ...m, requirements: m.requirements.map((r) => ({ ...r, ratings: [3] })) });
    render(<App host={host} displayLanguage="en" />);
    await openCompetences();
    await screen.findByTestId("best");
    // the requirement table names each competence briefly; the full text and id on hover and focus
    const table = within(screen.getByRole("table", { name: "Requirements" }));
    expect(table.getByText("High qualification")).toHaveAccessibleDescription("C02 · Is highly qualified");
    await userEvent.selectOptions(screen.getByLabelText("Required: High qualification"), "5");
    await userEvent.selectOptions(screen.getByLabelText("Weight: High qualification"), "3");
    await userEvent.click(screen.getByLabelText("Must-have: High qualification"));
    await userEvent.click(screen.getByRole("button", { name: "Re-create competence assessment (entries are kept)" }));
    await waitFor(() => expect(host.writes).toHaveLength(1));
    const row = host.writes[0]!.spec.cells[FIRST_COMPETENCE_ROW + 1]!;
    expect([...row.slice(0, 5), row[6]]).toEqual(["C02", "Is highly qualified", 5, 3, "x", 3]);
    expect([
      ...host.writes[0]!.spec.cells[FIRST_COMPETENCE_ROW]!.slice(2, 5),
      host.writes[0]!.spec.cells[FIRST_COMPETENCE_ROW]![6],
    ]).toEqual([4, 2, null, 3]);
    expect(await screen.findByTestId("ranking")).toHaveTextContent("Must-have missed");
  });
});

describe("a candidate partly assessed", () => {
  it("has no deficits so far, which the pane says with how far the assessment went", async () => {
    const m = defaultCompetenceModel("default", ["Dirk"]);
    const model = { ...m, requirements: m.requirements.map((r, i) => ({ ...r, ratings: [i < 2 ? 5 : null] })) };
    render(<App host={hostWith(model)} displayLanguage="en" />);
    await openCompetences();
    expect(await screen.findByTestId("deficits")).toHaveTextContent("Dirk: No deficits so far (2 of 8 competences assessed).");
  });
});

describe("the ranking's reasons", () => {
  it("shows the weighted score that breaks a tie in fit, and sets knocked-out candidates apart, however long their bar", async () => {
    const m = defaultCompetenceModel("default", ["Anna", "Bert", "Cem", "Dora"]);
    // Anna and Bert both meet every level (fit 100 %), Bert exceeds more (score 4.5 against 4); Cem misses the
    // must-have C01 by 1 (fit 97 %); Dora meets C01 and fits 78 %, and is ranked above Cem
    const model = {
      ...m,
      requirements: m.requirements.map((r, i) => ({
        ...r,
        mustHave: i === 0,
        ratings: [4, i < 4 ? 5 : 4, i === 0 ? 3 : 4, i === 0 ? 4 : 3],
      })),
    };
    render(<App host={hostWith(model)} displayLanguage="en" />);
    await openCompetences();
    const items = within(await screen.findByTestId("ranking")).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      "1. Bert: fit 100% · weighted score 4.50 ",
      "2. Anna: fit 100% · weighted score 4.00 ",
      "3. Dora: fit 78% · weighted score 3.13 ",
      "Must-have missed: ranked after all others4. Cem: fit 97% · weighted score 3.88 Must-have missed",
    ]);
    expect(screen.getByTestId("tie-break")).toHaveTextContent("Where the fit is equal, the weighted score decides.");
  });
});

describe("a must-have not rated yet", () => {
  it("is no pass: the candidate is named as waiting for it and not ranked, however well the rest fits", async () => {
    const m = defaultCompetenceModel("default", ["Dirk", "Eva"]);
    const model = { ...m, requirements: m.requirements.map((r, i) => ({ ...r, mustHave: i === 0, ratings: [i === 0 ? null : 5, 4] })) };
    render(<App host={hostWith(model)} displayLanguage="en" />);
    await openCompetences();
    expect(await screen.findByTestId("must-have-open")).toHaveTextContent("Must-have not assessed yet (1): Dirk");
    expect(screen.getByTestId("ranking")).not.toHaveTextContent("Dirk");
    expect(screen.getByTestId("best")).toHaveTextContent("Eva");
    expect(screen.getByTestId("deficits")).toHaveTextContent("Dirk: No deficits so far (7 of 8 competences assessed).");
  });
});

describe("many candidates", () => {
  it("names ten of 200 incompletely assessed candidates and shows the rest on request", async () => {
    const names = Array.from({ length: 200 }, (_, i) => `Candidate ${i + 1}`);
    render(<App host={hostWith(defaultCompetenceModel("default", names))} displayLanguage="en" />);
    await openCompetences();
    const line = await screen.findByTestId("incomplete");
    expect(line).toHaveTextContent("Incompletely assessed (200): Candidate 1, Candidate 2");
    expect(line).toHaveTextContent("Candidate 10, …");
    expect(line).not.toHaveTextContent("Candidate 11,");
    await userEvent.click(within(line).getByRole("button", { name: "show all 200" }));
    expect(screen.getByTestId("incomplete")).toHaveTextContent("Candidate 199, Candidate 200");
    expect(within(screen.getByTestId("incomplete")).queryByRole("button")).toBeNull();
  });
});
