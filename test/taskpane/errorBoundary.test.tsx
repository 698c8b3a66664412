/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { ErrorBoundary } from "../../src/taskpane/ErrorBoundary";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fakeHost";

describe("a part of the pane that fails", () => {
  it("shows what happened in its place, keeps the rest, and can be tried again", async () => {
    let fail = true;
    function Flaky() {
      if (fail) throw new Error("the dashboard broke");
      return <p>dashboard</p>;
    }
    function Page() {
      const [n, setN] = useState(0);
      return (
        <>
          <button onClick={() => setN(n + 1)}>other part {n}</button>
          <ErrorBoundary fallback={(e, retry) => <button onClick={retry}>{`failed: ${e.message}`}</button>}>
            <Flaky />
          </ErrorBoundary>
        </>
      );
    }
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(<Page />);
    expect(screen.getByRole("button", { name: "failed: the dashboard broke" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "other part 0" }));
    expect(screen.getByRole("button", { name: "other part 1" })).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole("button", { name: "failed: the dashboard broke" }));
    expect(screen.getByText("dashboard")).toBeInTheDocument();
  });

  it("a workbook read that fails gives a message in the panel, not a blank pane", async () => {
    const host = new FakeHost();
    host.readSheets = async () => {
      throw new Error("The workbook is busy (a cell is being edited).");
    };
    render(<App host={host} displayLanguage="en-US" />);
    expect(await screen.findByTestId("error")).toHaveTextContent("Error: The workbook is busy (a cell is being edited).");
    expect(screen.getByRole("tab", { name: "Competences" })).toBeInTheDocument();
  });
});
