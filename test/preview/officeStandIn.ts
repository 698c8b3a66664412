import "../customFunctionsShim";
import { OfficeDouble, Workbook, officeGlobal } from "../office";

/*
 * A stand-in for Office.js, for the browser tests of the shipped page (dist/taskpane.html): the tests serve it in
 * place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js, so the built pane and functions run, under
 * the page's own Content Security Policy, against the in-memory workbook. Globals as Office.js defines them:
 * Office (onReady, context with Excel on the web's platform, addin), Excel.run, CustomFunctions (associate records what
 * the functions bundle registers).
 */
const params = new URLSearchParams(location.search);
const workbook = new Workbook();
const excel = new OfficeDouble(workbook);
const associated: string[] = [];
const office = officeGlobal(["ExcelApi 1.9", "SharedRuntime 1.1"], params.get("lang") ?? "en-US");

Object.assign(globalThis, {
  Office: {
    ...office,
    context: { ...office.context, platform: "OfficeOnline" },
    onReady: (callback?: () => void) => Promise.resolve().then(() => (callback?.(), { host: "Excel", platform: "OfficeOnline" })),
    // SharedRuntime 1.1: the pane stays shown here
    addin: { onVisibilityModeChanged: async () => async () => undefined },
  },
  Excel: { run: excel.run },
  CustomFunctions: {
    ...(globalThis as unknown as { CustomFunctions: object }).CustomFunctions,
    associate: (id: string) => void associated.push(id),
  },
  // for the tests: the workbook the pane wrote into, and the functions registered
  kamStandIn: { workbook, associated },
});
