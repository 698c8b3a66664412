// What ships, checked after `npm run build` (npm test runs this stage after the build): no string-to-code in the
// bundles, no script from outside but Office.js, a Content Security Policy on the pane's page, and that page, as
// built, working under its policy in Chromium with no violation: load, create the sheets, download a portable
// workbook, make the workbook portable. Office.js is replaced by a stand-in over the in-memory workbook
// (test/preview/officeStandIn.ts), served at Office.js's own address so the policy judges it as it would Office.js.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { browserSession } from "./harness.mjs";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const PREVIEW = fileURLToPath(new URL("../../test-results/preview/", import.meta.url));
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

// ---------------------------------------------------------------------------------------------------------------
// string-to-code in the bundles

/** Calls that turn a string into code: eval(…), new Function(…), Function(…), setTimeout("…") / setInterval("…"). */
const STRING_CODE = /(?<![\w$.])(?:new\s+Function|Function|eval)\s*\(|(?<![\w$.])set(?:Timeout|Interval)\s*\(\s*["'`]/g;

/**
 * The places in third-party code (ExcelJS's dependencies, webpack's runtime) that can build a function from a
 * string, each unreachable in a browser that runs the pane. Every other place fails the test. The browser tests
 * below prove it at run time: the page's policy has no 'unsafe-eval', so reaching any of them would be a violation.
 */
const KNOWN_FALLBACKS = [
  {
    what: "webpack's runtime: globalThis first",
    where: /"object"==typeof globalThis\)return globalThis;try\{return this\|\|new Function\("return this"\)/,
  },
  {
    what: "core-js (in ExcelJS): globalThis, window or self first",
    where: /\("object"==typeof globalThis&&globalThis\)\|\|[^;]{0,160}\|\|this\|\|Function\("return this"\)/,
  },
  {
    what: "lodash (in ExcelJS): global or self first",
    where: /"object"==typeof self&&self&&self\.Object===Object&&self,[\w$]+=[\w$]+\|\|[\w$]+\|\|Function\("return this"\)/,
  },
  {
    what: "regenerator-runtime (in ExcelJS): globalThis first",
    where: /"object"==typeof globalThis\?globalThis\.regeneratorRuntime=[\w$]+:Function\("r","regeneratorRuntime = r"\)/,
  },
  {
    what: "setImmediate polyfill (in ExcelJS): only for a string argument; ExcelJS passes functions",
    where: /setImmediate=function\([\w$]+\)\{"function"!=typeof [\w$]+&&\([\w$]+=new Function\(""\+[\w$]+\)/,
  },
];

/** Each string-to-code call in `source` with its surroundings, and which known fallback it is (if any). */
export function stringCode(source) {
  return [...source.matchAll(STRING_CODE)].map((m) => {
    const around = source.slice(Math.max(0, m.index - 200), m.index + m[0].length + 40);
    return {
      at: m.index,
      match: m[0],
      code: source.slice(Math.max(0, m.index - 60), m.index + m[0].length + 30),
      known: KNOWN_FALLBACKS.find((k) => k.where.test(around))?.what,
    };
  });
}

function shippedScripts() {
  const files = [
    ...readdirSync(DIST).filter((f) => f.endsWith(".js")),
    ...readdirSync(join(DIST, "cli"))
      .filter((f) => f.endsWith(".js"))
      .map((f) => `cli/${f}`),
  ];
  assert.ok(
    files.includes("taskpane.js") && files.includes("functions.js") && files.includes("cli/cli.js"),
    `dist/ is incomplete (${files.join(", ")}): run npm run build`,
  );
  return files.map((file) => ({ file, source: readFileSync(join(DIST, file), "utf8") }));
}

// ---------------------------------------------------------------------------------------------------------------
// the pages and their policy

/** The Content Security Policy a page declares in a <meta http-equiv>, directive → sources; null when it has none. */
export function pagePolicy(html) {
  const meta = /<meta\s[^>]*http-equiv=(["']?)Content-Security-Policy\1[^>]*>/i.exec(html);
  if (meta === null) return null;
  const content = /\scontent=(?:"([^"]*)"|'([^']*)')/i.exec(meta[0]);
  const policy = new Map();
  for (const directive of (content?.[1] ?? content?.[2] ?? "").split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return { policy, at: meta.index, text: content?.[1] ?? content?.[2] };
}

/** The <script> elements of a page: src (or null) and inline text, in order. */
export function pageScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => {
    const src = /\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(` ${m[1]}`);
    return { at: m.index, src: src === null ? null : (src[1] ?? src[2] ?? src[3]), inline: m[2].trim() };
  });
}

const sameOrigin = (src) => !/^[a-z][a-z\d+.-]*:/i.test(src) && !src.startsWith("//");

const taskpaneHtml = () => readFileSync(join(DIST, "taskpane.html"), "utf8");

describe("what ships", () => {
  it("finds string-to-code where there is some, and not in names that merely contain it", () => {
    const found = stringCode(
      'a.eval(x);totalsRowFunction(1);isFunction(2);evaluate(3);new Function("x");eval(y);Function("return 1")();setTimeout("go()",9);setTimeout(f,9)',
    );
    assert.deepEqual(
      found.map((f) => f.match),
      ["new Function(", "eval(", "Function(", 'setTimeout("'],
    );
    assert.ok(
      found.every((f) => f.known === undefined),
      "none of these is a known fallback",
    );
  });

  it("has no eval, new Function or string timer in any shipped script but the known unreachable fallbacks", () => {
    const unknown = [];
    const known = new Map();
    for (const { file, source } of shippedScripts()) {
      for (const f of stringCode(source)) {
        if (f.known === undefined) unknown.push(`${file} at ${f.at}: …${f.code}…`);
        else known.set(f.known, (known.get(f.known) ?? 0) + 1);
      }
    }
    assert.deepEqual(
      unknown,
      [],
      "string-to-code that is not a known fallback: remove it, or prove it unreachable and add it to KNOWN_FALLBACKS",
    );
    assert.ok(known.size <= KNOWN_FALLBACKS.length);
  });

  it("ships a support page that runs no script at all and loads nothing, under a policy that says so", () => {
    const pages = readdirSync(DIST)
      .filter((f) => f.endsWith(".html"))
      .sort();
    assert.deepEqual(pages, ["help.html", "taskpane.html"]);
    const html = readFileSync(join(DIST, "help.html"), "utf8");
    assert.deepEqual(pageScripts(html), []);
    const csp = pagePolicy(html);
    assert.ok(csp !== null, "help.html has a Content-Security-Policy meta element");
    assert.deepEqual(csp.policy.get("default-src"), ["'none'"]);
    assert.ok(!csp.policy.has("script-src"), "help.html allows no script");
    assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+\s*=/i, "help.html: an inline event handler");
  });

  it("loads no script but its own and Office.js from Microsoft's CDN, and none inline", () => {
    const pages = ["taskpane.html"];
    for (const page of pages) {
      const html = readFileSync(join(DIST, page), "utf8");
      const scripts = pageScripts(html);
      assert.ok(scripts.length >= 3, `${page}: Office.js, the functions and the pane`);
      for (const s of scripts) {
        assert.ok(s.src !== null && s.inline === "", `${page}: an inline script: ${s.inline.slice(0, 80)}`);
        assert.ok(sameOrigin(s.src) || s.src === OFFICE_JS, `${page}: a script from elsewhere: ${s.src}`);
      }
      assert.equal(scripts.filter((s) => s.src === OFFICE_JS).length, 1, `${page}: Office.js once, from ${OFFICE_JS}`);
      assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+\s*=/i, `${page}: an inline event handler`);
      assert.doesNotMatch(html, /javascript:/i, `${page}: a javascript: URL`);
    }
  });

  it("gives the pane's page a Content Security Policy before any script: own scripts and Office.js only, no eval, no inline script", () => {
    const html = taskpaneHtml();
    const csp = pagePolicy(html);
    assert.ok(csp !== null, "taskpane.html has a Content-Security-Policy meta element");
    assert.ok(csp.at < pageScripts(html)[0].at, "the policy comes before the first script");
    const { policy } = csp;
    assert.deepEqual(policy.get("default-src"), ["'none'"], "whatever is not named is refused");
    assert.deepEqual([...policy.get("script-src")].sort(), ["'self'", "https://appsforoffice.microsoft.com"]);
    for (const [name, sources] of policy) {
      assert.ok(!sources.includes("'unsafe-eval'") && !sources.includes("'wasm-unsafe-eval'"), `${name} allows eval`);
      assert.ok(
        !sources.some((s) => s === "*" || /^(https?|data|blob|wss?):$/.test(s) || s.includes("*")),
        `${name} allows a whole scheme or a wildcard: ${sources.join(" ")}`,
      );
    }
    for (const name of [
      "script-src-elem",
      "script-src-attr",
      "object-src",
      "frame-src",
      "child-src",
      "worker-src",
      "img-src",
      "font-src",
      "media-src",
      "manifest-src",
    ]) {
      assert.ok(!policy.has(name), `${name} would widen default-src 'none'`);
    }
    assert.deepEqual(policy.get("base-uri"), ["'none'"]);
    assert.deepEqual(policy.get("form-action"), ["'none'"]);
    assert.deepEqual(policy.get("connect-src"), ["'self'"]);
  });

  it("runs the preview under the pane's own policy", () => {
    const preview = pagePolicy(readFileSync(join(PREVIEW, "index.html"), "utf8"));
    assert.ok(preview !== null, "the preview page has a Content-Security-Policy");
    assert.equal(preview.text, pagePolicy(taskpaneHtml()).text);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// the shipped page in Chromium

const session = browserSession({ root: DIST, index: "taskpane.html" });

/**
 * The built taskpane.html, Office.js replaced by the stand-in. Every policy violation is recorded (the listener is
 * in place before the page's first script), every request that leaves the add-in's origin is refused and recorded.
 */
async function openShipped(lang = "en-US") {
  const page = await session.browser.newPage({ viewport: { width: 420, height: 900 }, acceptDownloads: true });
  const outside = [];
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ path: join(PREVIEW, "office-stand-in.js"), contentType: "text/javascript" });
    if (url.startsWith(session.server.url)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.cspViolations.push(`${e.effectiveDirective} refused ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  await page.goto(`${session.server.url}taskpane.html?lang=${lang}`);
  const violations = () => page.evaluate(() => window.cspViolations);
  return { page, outside, errors, violations };
}

describe("the shipped pane under its Content Security Policy", () => {
  it("loads, creates the three sheets, downloads a portable workbook and makes the workbook portable without a violation", async () => {
    const { page, outside, errors, violations } = await openShipped();
    await page.getByRole("heading", { name: "KAM Workbench" }).waitFor();
    // the functions bundle ran in the page and registered its functions (the shared runtime)
    const associated = await page.evaluate(() => window.kamStandIn.associated);
    assert.ok(associated.includes("READINESS") && associated.includes("RANKING"), `functions registered: ${associated.join(", ")}`);

    await page.getByRole("button", { name: "Create readiness checklist" }).click();
    await page.getByTestId("verdict").waitFor();
    // Fluent's styles (inserted at run time by Griffel) apply: a Fluent button has rounded corners, a bare one none
    const radius = await page
      .getByRole("button", { name: "Download a portable workbook" })
      .evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
    assert.notEqual(radius, "0px", "Fluent UI's styles are applied");

    const pane = page.getByRole("tablist").first();
    await pane.getByRole("tab", { name: "Competences" }).click();
    await page.getByLabel("Add candidates").fill("Anna, Bert");
    await page.getByRole("button", { name: "Create competence assessment" }).click();
    await page.getByTestId("best").waitFor();
    await pane.getByRole("tab", { name: "Tasks" }).click();
    await page.getByRole("button", { name: "Create task overview" }).click();
    await page.getByTestId("phases").waitFor();
    // made in the pane's language, English here
    assert.deepEqual(await page.evaluate(() => window.kamStandIn.workbook.sheets.map((s) => s.name)), [
      "Readiness",
      "Competences",
      "Tasks",
    ]);

    // the portable copy: ExcelJS's chunk loads and writes the file; the browser saves it from a blob: URL
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download a portable workbook" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "KAM-Workbench.xlsx");
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    assert.match(await zip.file("xl/workbook.xml").async("string"), /name="Readiness".*name="Competences".*name="Tasks"/s);
    await page.getByTestId("shared").filter({ hasText: "Downloaded" }).waitFor();

    await page.getByRole("button", { name: "Make this workbook portable" }).click();
    await page.getByTestId("shared").filter({ hasText: "Made portable" }).waitFor();

    assert.deepEqual(await violations(), [], "no Content Security Policy violation");
    assert.deepEqual(outside, [], "no request beyond the add-in's origin and Office.js");
    assert.deepEqual(errors, [], "no error in the page");
    await page.close();
  });

  it("is in force: eval, inline script and a script from elsewhere are refused", async () => {
    const { page, violations } = await openShipped();
    await page.getByRole("heading", { name: "KAM Workbench" }).waitFor();
    assert.deepEqual(await violations(), []);
    // a script of the add-in's origin that tries eval and new Function (code Playwright evaluates is exempt, a page's is not)
    await page.route(`${session.server.url}probe.js`, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: 'window.probe = {}; try { eval("1"); window.probe.eval = "ran"; } catch (e) { window.probe.eval = e.name; } try { new Function("return 1")(); window.probe.fn = "ran"; } catch (e) { window.probe.fn = e.name; }',
      }),
    );
    await page.evaluate(async (base) => {
      const load = (el) =>
        new Promise((resolve) => ((el.onload = el.onerror = resolve), document.head.append(el), setTimeout(resolve, 2000)));
      const own = Object.assign(document.createElement("script"), { src: `${base}probe.js` });
      await load(own);
      const inline = Object.assign(document.createElement("script"), { textContent: "window.inlineRan = true" });
      document.head.append(inline);
      await load(Object.assign(document.createElement("script"), { src: "https://example.com/x.js" }));
    }, session.server.url);
    assert.deepEqual(await page.evaluate(() => window.probe), { eval: "EvalError", fn: "EvalError" });
    assert.equal(await page.evaluate(() => window.inlineRan), undefined, "an inline script does not run");
    const seen = (await violations()).join("\n");
    assert.match(seen, /script-src refused eval/);
    assert.match(seen, /script-src-elem refused inline/);
    assert.match(seen, /script-src-elem refused https:\/\/example\.com\/x\.js/);
    await page.close();
  });
});
