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

/** What the shipped add-in costs to load: first-render JavaScript, lazy chunks, the custom functions, and the floor. */
export function bundles(dist: string, floor: string): BundleRow[] {
  const js = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".js")).map((f) => join(dir, f));
  const all = js(dist);
  const first = [join(dist, "taskpane.js")];
  const functions = [join(dist, "functions.js")];
  const lazy = all.filter((f) => !first.includes(f) && !functions.includes(f));
  const rows: BundleRow[] = [];
  const add = (what: string, files: string[]) => {
    const s = size(files);
    rows.push({ what, rawKb: kb(s.raw), gzipKb: kb(s.gzip) });
  };
  add("task pane, first render (taskpane.js)", first);
  add("task pane, loaded on demand (ExcelJS …)", lazy);
  add("custom functions (functions.js)", functions);
  add("reference: React 18 + Fluent UI v9, one button", js(floor));
  const fn = readFileSync(functions[0]!, "utf8");
  if (/react|fluentui/i.test(fn)) throw new Error("functions.js pulls React or Fluent UI");
  return rows;
}

const OFFICE_STUB = `window.Office = { onReady: (cb) => { cb({ host: "Excel" }); return Promise.resolve(); },
  context: { displayLanguage: "en-US", requirements: { isSetSupported: () => true } } };
  window.Excel = { run: () => new Promise(() => {}) };`;

/** Time from navigation to the first rendered heading, median of `runs`, in headless Chromium. */
export async function firstRender(dir: string, page: string, heading: string, chromiumPath: string, runs = 5): Promise<number> {
  const server = createServer((req, res) => {
    const path = join(dir, (req.url ?? "/").split("?")[0]!.replace(/^\/+/, "") || page);
    try {
      if (!statSync(path).isFile()) throw new Error();
      res.writeHead(200, { "content-type": extname(path) === ".js" ? "text/javascript" : "text/html" }).end(readFileSync(path));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/${page}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const p = await context.newPage();
      // Office.js comes from Microsoft's CDN in Office; here a stub answers for it
      await p.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
      const t0 = Date.now();
      await p.goto(url);
      await p.getByRole("heading", { name: heading }).first().waitFor();
      times.push(Date.now() - t0);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}
