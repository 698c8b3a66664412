// Serves the built preview (test-results/preview) and drives it with Debian's Chromium through playwright-core.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync, mkdirSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

const ROOT = fileURLToPath(new URL("../../test-results/preview/", import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".png": "image/png" };

/** Serves the built preview, or (`root`, `index`) another built page such as dist/taskpane.html. */
export async function serve(root = ROOT, index = "index.html") {
  if (!existsSync(join(root, index)))
    throw new Error(
      root === ROOT ? "Build the preview first: npm run build:preview" : `Build first: npm run build (no ${join(root, index)})`,
    );
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^[/\\]+/, "") || index;
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** Chromium as the machine has it; CI installs Debian's package. A missing browser fails the run, never skips it. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(
    Boolean,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium found (looked at ${candidates.join(", ")}); install it: apt-get install -y chromium`);
  return found;
}

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
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
}

/** Types into a grid cell as a user would: click it, type, Enter. */
export async function typeInto(page, cell, text) {
  await page.locator(`[data-cell="${cell}"]`).click();
  await page.keyboard.type(String(text));
  await page.keyboard.press("Enter");
}

/**
 * For a test file: serves the built pages (`serve(root, index)`) and launches Chromium before its tests, making
 * `dirs` first, and closes both after them. The session's `server` and `browser` are set once the tests run.
 */
export function browserSession({ root, index, dirs = [] } = {}) {
  const session = { server: undefined, browser: undefined };
  before(async () => {
    for (const dir of dirs) mkdirSync(dir, { recursive: true });
    session.server = await serve(root, index);
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
