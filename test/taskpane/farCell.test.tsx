/** @jest-environment jsdom */
import { render, within } from "@testing-library/react";
import { deserialize, serialize } from "node:v8";
import { type ExcelRun, createExcelHost } from "../../src/hosts/excel/excelHost";
import { createReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { App } from "../../src/taskpane/App";
import { OfficeDouble, Workbook, officeGlobal } from "../office";

// the Office.js double copies what a load returns as Excel does (structured clone); jsdom's window lacks it
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;

/** Loads under test get the time a busy machine needs. */
const LOADED = { timeout: 30_000 };

/** A checklist with one score, and an entry a user left in XFD1048576, in an Excel of the given ExcelApi version. */
async function pane(version: string, displayLanguage: string) {
  const excel = new OfficeDouble(new Workbook(), version);
  const requirements = officeGlobal([`ExcelApi ${version}`]).context.requirements;
  await createReadiness(createExcelHost(excel.run as ExcelRun, requirements), { lang: "en" });
  const sheet = excel.workbook.sheet("Readiness");
  sheet.userEdit("I10", 2);
  sheet.setCell("XFD1048576", "x");
  return within(render(<App host={createExcelHost(excel.run as ExcelRun, requirements)} displayLanguage={displayLanguage} />).container);
}

describe("the pane on a sheet with one entry far out", () => {
  it("reads it where Excel reads sparse areas, and names the far entry", async () => {
    const p = await pane("1.17", "en");
    expect(await p.findByTestId("verdict", {}, LOADED)).toHaveAttribute("data-verdict", "INCOMPLETE");
    expect(await p.findByText(/Readiness!XFD1048576/, {}, LOADED)).toBeInTheDocument();
  });

  it("says which sheet and cell and what to do, in the pane's language, where Excel cannot (ExcelApi 1.8)", async () => {
    const p = await pane("1.8", "de-DE");
    expect(await p.findByText(/Das Blatt „Readiness“ hat Einträge bis XFD1048576/, {}, LOADED)).toBeInTheDocument();
  });
});
