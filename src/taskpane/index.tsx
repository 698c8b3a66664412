import { createRoot } from "react-dom/client";
import { createExcelHost } from "../hosts/excel/excelHost";
import { App } from "./App";

Office.onReady(() => {
  const host = createExcelHost((batch) => Excel.run(batch));
  createRoot(document.getElementById("container")!).render(<App host={host} displayLanguage={Office.context.displayLanguage} />);
});
