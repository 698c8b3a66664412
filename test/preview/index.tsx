import { createRoot } from "react-dom/client";
import { type ExcelRun, createExcelHost } from "../../src/hosts/excel/excelHost";
import { App } from "../../src/taskpane/App";
import { uiLangFrom } from "../../src/taskpane/uiLanguage";
import { PREVIEW_TEXT } from "./previewText";
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
// the pane's width in CSS pixels, as Excel's pane may be dragged: 320 is the narrowest Excel allows
const paneWidth = Number(params.get("pane")) || undefined;
const text = PREVIEW_TEXT[uiLangFrom(displayLanguage)];
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
        <strong>{text.title}</strong> {text.banner}
      </header>
      <div className="preview-body">
        <aside className="preview-pane" aria-label="Task pane" style={paneWidth === undefined ? undefined : { width: paneWidth }}>
          <App host={host} displayLanguage={displayLanguage} />
        </aside>
        <main className="preview-workbook" aria-label="Workbook">
          <Grid workbook={workbook} recalc={recalc} text={text} />
        </main>
      </div>
    </div>
  );
}

createRoot(document.getElementById("container")!).render(<Preview />);
