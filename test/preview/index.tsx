import { createRoot } from "react-dom/client";
import { type ExcelRun, createExcelHost } from "../../src/hosts/excel/excelHost";
import { App } from "../../src/taskpane/App";
import { OfficeDouble, Workbook, officeGlobal } from "../office";
import { Grid } from "./Grid";
import { Recalculator } from "./recalc";
import css from "./preview.css";

/*
 * The preview outside Excel: the real task pane, driving the in-memory Office.js workbook of the tests, beside a
 * grid that shows that workbook. Formulas are calculated by HyperFormula with our KAM.* functions registered.
 */
const style = document.createElement("style");
style.textContent = css;
document.head.append(style);

const params = new URLSearchParams(location.search);
const displayLanguage = params.get("lang") ?? navigator.language;
(globalThis as Record<string, unknown>).Office = officeGlobal(["ExcelApi 1.9", "SharedRuntime 1.1"], displayLanguage);

const workbook = new Workbook();
const recalc = new Recalculator();
workbook.listeners.add((what) => what === "cells" && recalc.run(workbook));
const excel = new OfficeDouble(workbook);
const host = createExcelHost(excel.run as ExcelRun);
// for tests and the curious: the round trips the pane has made
(window as unknown as Record<string, unknown>).kamPreview = { workbook, excel };

function Preview() {
  return (
    <div className="preview">
      <header className="preview-banner" role="banner">
        <strong>KAM Workbench: preview outside Excel.</strong> The task pane is the real one; the workbook beside it is
        an in-memory stand-in for Excel, whose formulas are calculated by a formula engine with the KAM functions. Nothing
        is saved.
      </header>
      <div className="preview-body">
        <aside className="preview-pane" aria-label="Task pane">
          <App host={host} displayLanguage={displayLanguage} />
        </aside>
        <main className="preview-workbook" aria-label="Workbook">
          <Grid workbook={workbook} recalc={recalc} />
        </main>
      </div>
    </div>
  );
}

createRoot(document.getElementById("container")!).render(<Preview />);
