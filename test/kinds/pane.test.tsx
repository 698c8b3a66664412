/**
 * @jest-environment jsdom
 *
 * A kind added to the registry gets its tab in the pane, and its panel when the tab is chosen; the pane is told
 * nothing else of it.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { KINDS } from "../../src/kinds/registry";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "../taskpane/fakeHost";
import { NOTES } from "./notesKind";

const WITH_NOTES = [...KINDS, NOTES];

describe("a kind added to the registry", () => {
  it("gets a tab in the pane, and its panel when the tab is chosen", async () => {
    render(<App host={new FakeHost()} displayLanguage="en-GB" kinds={WITH_NOTES} />);
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(KINDS.length + 1);
    [...KINDS.map((k) => k.text.tab.en), "Notes"].forEach((name, i) => expect(tabs[i]).toHaveAccessibleName(name));
    await userEvent.click(screen.getByRole("tab", { name: "Notes" }));
    expect(await screen.findByText("Notes panel on a host", {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});
