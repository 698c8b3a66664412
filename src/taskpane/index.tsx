import { createRoot } from "react-dom/client";
import { type ExcelRun, createExcelHost } from "../hosts/excel/excelHost";
import { App } from "./App";

Office.onReady(() => {
  const host = createExcelHost(Excel.run.bind(Excel) as ExcelRun);
  createRoot(document.getElementById("container")!).render(<App host={host} displayLanguage={Office.context.displayLanguage} />);
});
