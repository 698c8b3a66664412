/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultReadinessModel } from "../../src/kinds/readiness/domain/checklist";
import type { ReadinessModel } from "../../src/kinds/readiness/domain/model";
import { gridFromValues } from "../../src/sheets/read";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { specToGrid } from "../../src/sheets/specToGrid";
import { App } from "../../src/taskpane/App";
import { REFRESH_DELAY_MS } from "../../src/taskpane/useSheet";
import { FakeHost } from "./fakeHost";

function scored(scores: (number | null)[], respondents = 1): ReadinessModel {
  const m = defaultReadinessModel(Array.from({ length: respondents }, (_, i) => (respondents === 1 ? "" : `P${i + 1}`)));
  return { ...m, conditions: m.conditions.map((c, i) => ({ ...c, scores: c.scores.map(() => scores[i] ?? null) })) };
}

function hostWith(model: ReadinessModel, lang: "de" | "nl" | "en" = "de"): FakeHost {
  const host = new FakeHost();
  const spec = renderReadiness(model, lang);
  host.sheets.set(spec.name, specToGrid(spec));
  return host;
}

describe("the task pane", () => {
  it("offers to create the checklist in an empty workbook, in Office's display language", async () => {
    const host = new FakeHost();
    render(<App host={host} displayLanguage="nl-NL" />);
    expect(await screen.findByText("Deze werkmap heeft nog geen checklist met voorwaarden.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Checklist maken" })).toBeEnabled();
  });

  it("falls back to English for other display languages, and can be switched", async () => {
    render(<App host={new FakeHost()} displayLanguage="fr-FR" />);
    expect(await screen.findByText("This workbook has no readiness checklist yet.")).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Task pane language"), "de");
    expect(screen.getByText("Diese Arbeitsmappe hat noch keine Checkliste der Voraussetzungen.")).toBeInTheDocument();
  });

  it("makes a new sheet in the pane's language, following the pane until the user picks one", async () => {
    const host = new FakeHost();
    render(<App host={host} displayLanguage="nl-NL" />);
    await screen.findByText("Deze werkmap heeft nog geen checklist met voorwaarden.");
    expect(screen.getByLabelText("Taal van het blad")).toHaveValue("nl");
    await userEvent.selectOptions(screen.getByLabelText("Taal van het taakvenster"), "en");
    expect(screen.getByLabelText("Sheet language")).toHaveValue("en");
    await userEvent.click(screen.getByRole("button", { name: "Create readiness checklist" }));
    await waitFor(() => expect(host.sheets.has("Readiness")).toBe(true));
    expect(host.sheets.has("Voraussetzungen")).toBe(false);
  });

  it("keeps a sheet language the user picked when the pane's language changes", async () => {
    render(<App host={new FakeHost()} displayLanguage="en-US" />);
    await screen.findByText("This workbook has no readiness checklist yet.");
    await userEvent.selectOptions(screen.getByLabelText("Sheet language"), "de");
    await userEvent.selectOptions(screen.getByLabelText("Task pane language"), "nl");
    expect(screen.getByLabelText("Taal van het blad")).toHaveValue("de");
  });

  it("creates the checklist in the chosen sheet language with respondent columns", async () => {
    const host = new FakeHost();
    render(<App host={host} displayLanguage="en-US" />);
    await screen.findByText("This workbook has no readiness checklist yet.");
    await userEvent.selectOptions(screen.getByLabelText("Sheet language"), "nl");
    await userEvent.type(screen.getByLabelText(/Respondents/), "Centraal, Benelux");
    await userEvent.click(screen.getByRole("button", { name: "Create readiness checklist" }));
    await waitFor(() => expect(host.sheets.has("Voorwaarden")).toBe(true));
    expect(host.writes[0]!.spec.cells[8]!.slice(8, 10)).toEqual(["Centraal", "Benelux"]);
    expect(await screen.findByTestId("verdict")).toHaveTextContent("Incomplete: not all conditions rated yet");
    expect(screen.getByText("Not rated (14)")).toBeInTheDocument();
  });

  it("colours the weak conditions' heading red only when some are weak", async () => {
    const { unmount } = render(<App host={hostWith(scored(new Array(14).fill(4)))} displayLanguage="en" />);
    expect(await screen.findByTestId("weak-heading")).toHaveTextContent("(0)");
    expect(screen.getByTestId("weak-heading")).toHaveAttribute("data-alarm", "false");
    unmount();
    render(<App host={hostWith(scored([2, 1, ...new Array(12).fill(4)]))} displayLanguage="en" />);
    expect(await screen.findByTestId("weak-heading")).toHaveTextContent("(2)");
    expect(screen.getByTestId("weak-heading")).toHaveAttribute("data-alarm", "true");
  });

  it("shows a NOT_READY verdict, the index and the weak conditions; a click selects the row", async () => {
    const host = hostWith(scored([2, 1, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]));
    render(<App host={host} displayLanguage="en-GB" />);
    const verdict = await screen.findByTestId("verdict");
    expect(verdict).toHaveTextContent("Not ready: put the weak conditions in place first");
    expect(verdict).toHaveAttribute("data-verdict", "NOT_READY");
    expect(screen.getByTestId("index")).toHaveTextContent("3.64 / 5 · 66%");
    const weak = within(screen.getByTestId("weak"));
    expect(weak.getByText(/Top management commitment/)).toHaveTextContent("2.0");
    await userEvent.click(weak.getByRole("button", { name: "R02" }));
    expect(host.selections).toEqual(["Voraussetzungen!A11:I11"]);
  });

  it("draws the readiness profile: a bar per condition on 1–5, the threshold across, weak ones red, said in one sentence", async () => {
    const host = hostWith(scored([2, 1, 4, 5, null, 4, 4, 4, 4, 4, 4, 4, 4, 4]));
    render(<App host={host} displayLanguage="en-GB" />);
    const profile = await screen.findByTestId("profile");
    const picture = within(profile).getByRole("img");
    expect(picture).toHaveAccessibleName(
      "Mean of each of the 14 conditions on the scale 1–5; dashed, the threshold 3.0, with 2 below it (red).",
    );
    const bars = [...profile.querySelectorAll("[data-bar]")];
    expect(bars.map((b) => b.getAttribute("data-bar"))).toEqual(Array.from({ length: 14 }, (_, i) => `R${String(i + 1).padStart(2, "0")}`));
    expect(bars.slice(0, 5).map((b) => [b.getAttribute("data-tone"), b.getAttribute("data-value")])).toEqual([
      ["bad", "2"],
      ["bad", "1"],
      ["good", "4"],
      ["good", "5"],
      ["none", ""],
    ]);
    // the bar's length is the mean out of 5 (a 1 still shows), and the threshold line sits at 3 (60 %)
    expect((bars[0]!.firstElementChild as HTMLElement).style.width).toBe("40.00%");
    expect((bars[1]!.firstElementChild as HTMLElement).style.width).toBe("20.00%");
    expect((bars[0]!.lastElementChild as HTMLElement).style.left).toBe("60.00%");
  });

  it("lists disputed conditions and names invalid cells", async () => {
    const m = scored([3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], 2);
    const model = {
      ...m,
      conditions: m.conditions.map((c, i) => (i === 0 ? { ...c, scores: [1, 5] } : i === 1 ? { ...c, scores: [{ value: 7 }, 4] } : c)),
    };
    render(<App host={hostWith(model, "en")} displayLanguage="en" />);
    expect(await screen.findByTestId("disputed")).toHaveTextContent("R01");
    expect(screen.getByTestId("problems")).toHaveTextContent("I11: 7 is outside the scale 1 to 5.");
  });

  it("reads the sheet again when the user changes it", async () => {
    const host = hostWith(scored([]));
    render(<App host={host} displayLanguage="en" />);
    expect(await screen.findByTestId("verdict")).toHaveAttribute("data-verdict", "INCOMPLETE");
    await waitFor(() => expect(host.watcherCount("Voraussetzungen")).toBe(1));
    jest.useFakeTimers();
    try {
      const all4 = specToGrid(renderReadiness(scored(new Array(14).fill(4)), "de"));
      act(() => host.userChanges("Voraussetzungen", all4));
      await act(async () => {
        jest.advanceTimersByTime(REFRESH_DELAY_MS + 10);
      });
    } finally {
      jest.useRealTimers();
    }
    await waitFor(() => expect(screen.getByTestId("verdict")).toHaveAttribute("data-verdict", "READY"));
  });

  it("refuses to overwrite a sheet of the user's that has the checklist's name", async () => {
    const host = new FakeHost();
    host.sheets.set("Readiness", gridFromValues("Readiness", [["Budget"], [1, 2]]));
    render(<App host={host} displayLanguage="en" />);
    expect(await screen.findByText(/The sheet "Readiness" exists but is not a KAM checklist/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Sheet language"), "en");
    await userEvent.click(screen.getByRole("button", { name: "Create readiness checklist" }));
    expect(await screen.findByTestId("error")).toHaveTextContent(
      'The sheet "Readiness" exists but is not a KAM checklist. Rename it or pick another language.',
    );
    expect(host.writes).toEqual([]);
    expect(host.sheets.get("Readiness")!.values[0]![0]).toBe("Budget");
  });
});

describe("after the user acts", () => {
  it("puts focus on the panel's heading once the sheet is created, not on the page", async () => {
    const host = new FakeHost();
    render(<App host={host} displayLanguage="en" />);
    const create = await screen.findByRole("button", { name: "Create readiness checklist" });
    await userEvent.click(create);
    await screen.findByTestId("verdict");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Readiness for KAM" })));
  });

  it("says once that a sheet of the user's has the checklist's name", async () => {
    const host = new FakeHost();
    host.sheets.set("Readiness", gridFromValues("Readiness", [["my own list"], ["a", "b"]]));
    render(<App host={host} displayLanguage="en" />);
    const warning = 'The sheet "Readiness" exists but is not a KAM checklist.';
    await screen.findByText(new RegExp(warning.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await userEvent.click(screen.getByRole("button", { name: "Create readiness checklist" }));
    await screen.findByTestId("error");
    expect(host.writes).toHaveLength(0);
    expect(screen.getAllByText(new RegExp(warning.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))).toHaveLength(1);
  });
});
