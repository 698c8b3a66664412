import { createRoot } from "react-dom/client";
import type { ExcelRun } from "../hosts/excel/excelHost";
import { deferredHost } from "../hosts/host";
import { App } from "./App";
import { deliveryFor } from "./delivery";
import { officeVisibility } from "./visibility";

Office.onReady(() => {
  // the Excel host's code is not needed to draw the frame: it loads alongside the first screen's panels
  const host = deferredHost(
    import(/* webpackChunkName: "excel-host" */ "../hosts/excel/excelHost").then((m) =>
      m.createExcelHost(Excel.run.bind(Excel) as ExcelRun),
    ),
  );
  // a portable copy opens as a new workbook on the desktop, where a download would not arrive (delivery.ts)
  const delivery = deliveryFor(Office.context.platform, (base64) => Excel.createWorkbook(base64));
  createRoot(document.getElementById("container")!).render(
    <App host={host} displayLanguage={Office.context.displayLanguage} visibility={officeVisibility(Office.addin)} delivery={delivery} />,
  );
});
