// `npm start`: serve the add-in over https on localhost:3000 (Office dev certificates) and sideload it.
// `npm stop`: end that session and remove the sideloaded add-in again.
// On Windows and macOS, Office's own tool (office-addin-debugging, the version pinned below) sideloads into Excel
// desktop; on Linux, where no Excel runs, the dev server serves the add-in for Excel on the web (upload
// manifest.xml there, see README).
import { spawn } from "node:child_process";
import { platform } from "node:os";

const DEBUGGING = "office-addin-debugging@6.1.2";
const npx = platform() === "win32" ? "npx.cmd" : "npx";
const run = (args) => spawn(npx, args, { stdio: "inherit", shell: platform() === "win32" });
const desktop = platform() === "win32" || platform() === "darwin";
const stop = process.argv[2] === "stop";

if (stop) {
  if (desktop) run(["--yes", DEBUGGING, "stop", "manifest.xml"]).on("exit", (code) => process.exit(code ?? 0));
  else
    console.log(
      "Nothing was sideloaded on this system. In Excel on the web, an uploaded add-in goes when you clear the browser's cache for the Office site.",
    );
} else if (desktop) {
  // office-addin-debugging starts the dev server (npm run dev-server) and sideloads manifest.xml into Excel
  run(["--yes", DEBUGGING, "start", "manifest.xml", "desktop", "--app", "excel"]).on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      "Serving KAM Workbench at https://localhost:3000/taskpane.html",
      "No Excel desktop on this system: open a workbook in Excel on the web, Home > Add-ins > More Settings > Upload My Add-in,",
      "and upload manifest.xml from this folder (the browser must trust the dev certificate: visit the URL above once).",
      "To try the add-in without Excel: npm run preview (http://localhost:3001).",
    ].join("\n"),
  );
  run(["webpack", "serve", "--mode", "development"]).on("exit", (code) => process.exit(code ?? 0));
}
