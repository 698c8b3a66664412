// `npm start`: serve the add-in over https on localhost:3000 (Office dev certificates) and sideload it.
// On Windows and macOS, Office's own tool sideloads into Excel desktop; on Linux, where no Excel runs, the
// dev server serves the add-in for Excel on the web (upload manifest.xml there, see README).
import { spawn } from "node:child_process";
import { platform } from "node:os";

const npx = platform() === "win32" ? "npx.cmd" : "npx";
const run = (args) => spawn(npx, args, { stdio: "inherit", shell: platform() === "win32" });

if (platform() === "win32" || platform() === "darwin") {
  // office-addin-debugging starts the dev server (npm run dev-server) and sideloads manifest.xml into Excel
  const child = run(["--yes", "office-addin-debugging@6", "start", "manifest.xml", "desktop", "--app", "excel"]);
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log(
    [
      "Serving KAM Workbench at https://localhost:3000/taskpane.html",
      "No Excel desktop on this system: open a workbook in Excel on the web, Home > Add-ins > More add-ins > My add-ins > Upload my add-in,",
      "and upload manifest.xml from this folder (the browser must trust the dev certificate: visit the URL above once).",
      "To try the add-in without Excel: npm run preview (http://localhost:3001).",
    ].join("\n"),
  );
  const child = run(["webpack", "serve", "--mode", "development"]);
  child.on("exit", (code) => process.exit(code ?? 0));
}
