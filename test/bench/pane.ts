import { readFileSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

export interface BundleRow {
  what: string;
  rawKb: number;
  gzipKb: number;
}

const kb = (n: number) => Math.round(n / 102.4) / 10;

function size(files: string[]): { raw: number; gzip: number } {
  const bytes = files.map((f) => readFileSync(f));
  return { raw: bytes.reduce((a, b) => a + b.length, 0), gzip: bytes.reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0) };
}

/**
 * What the shipped add-in costs to load: the first render's JavaScript, the first screen's (the first render's and
 * the chunks the pane requests as it starts, as `firstScreenJs` recorded them), what loads on demand, the custom
 * functions, and the floor.
 */
export function bundles(dist: string, floor: string, floorTabs: string, firstScreenJs: readonly string[]): BundleRow[] {
  const js = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".js"))
      .map((f) => join(dir, f));
  const all = js(dist);
  const first = [join(dist, "taskpane.js")];
  const functions = [join(dist, "functions.js")];
  const screen = [...new Set([...first, ...firstScreenJs.map((f) => join(dist, f))])].filter((f) => !functions.includes(f));
  const lazy = all.filter((f) => !screen.includes(f) && !functions.includes(f));
  const rows: BundleRow[] = [];
  const add = (what: string, files: string[]) => {
    const s = size(files);
    rows.push({ what, rawKb: kb(s.raw), gzipKb: kb(s.gzip) });
  };
  add("task pane, first render (taskpane.js)", first);
  add(`task pane, first screen (+ ${screen.length - first.length} chunks requested at start)`, screen);
  add("task pane, loaded on demand (other panels, ExcelJS …)", lazy);
  add("custom functions (functions.js)", functions);
  add("reference: React 18 + Fluent UI v9, one button", js(floor));
  add("reference: the same and a TabList of three tabs", js(floorTabs));
  const fn = readFileSync(functions[0]!, "utf8");
  if (/react|fluentui/i.test(fn)) throw new Error("functions.js pulls React or Fluent UI");
  return rows;
}

const OFFICE_STUB = `window.Office = { onReady: (cb) => { cb({ host: "Excel" }); return Promise.resolve(); },
  context: { displayLanguage: "en-US", requirements: { isSetSupported: () => true } } };
  window.Excel = { run: () => new Promise(() => {}) };
  window.CustomFunctions = { associate: () => undefined };`;

export interface PageLoad {
  /** Navigation to the first heading (median). */
  readonly firstRenderMs: number;
  /** Navigation to the first screen's last heading, its code loaded (median). */
  readonly firstScreenMs: number;
  /** The JavaScript files the page had requested by then. */
  readonly js: readonly string[];
}

/**
 * Loads a page `runs` times in headless Chromium and times its first rendered heading (`first`) and the heading
 * that completes its first screen (`complete`), noting the scripts requested by then.
 */
export async function pageLoad(
  dir: string,
  page: string,
  first: string,
  complete: string,
  chromiumPath: string,
  runs = 5,
): Promise<PageLoad> {
  let requested: string[] = [];
  const server = createServer((req, res) => {
    const file = (req.url ?? "/").split("?")[0]!.replace(/^\/+/, "") || page;
    const path = join(dir, file);
    try {
      if (!statSync(path).isFile()) throw new Error();
      if (file.endsWith(".js")) requested.push(file);
      res.writeHead(200, { "content-type": extname(path) === ".js" ? "text/javascript" : "text/html" }).end(readFileSync(path));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/${page}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const firsts: number[] = [];
  const completes: number[] = [];
  let js: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const p = await context.newPage();
      // Office.js comes from Microsoft's CDN in Office; here a stub answers for it
      await p.route("https://appsforoffice.microsoft.com/**", (route) =>
        route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }),
      );
      requested = [];
      const t0 = Date.now();
      // timed from the navigation's start: a heading may render before the page's load event
      await p.goto(url, { waitUntil: "commit" });
      await p.getByRole("heading", { name: first }).first().waitFor();
      firsts.push(Date.now() - t0);
      await p.getByRole("heading", { name: complete }).first().waitFor();
      completes.push(Date.now() - t0);
      js = [...requested];
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { firstRenderMs: median(firsts), firstScreenMs: median(completes), js };
}
