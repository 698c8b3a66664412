/**
 * npm run bench: what makes the add-in feel fast, measured against references in the same run.
 * Prints tables; `npm run bench -- --json` prints JSON instead.
 */
import { existsSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { functionLoads, selectionLoads } from "./functionCells";
import { functionThroughput } from "./functions";
import { bundles, pageLoad } from "./pane";
import { cliReads, sparseExcelRead } from "./cliRead";
import { parseTimes } from "./parse";
import { largeCompetenceSpec, naiveWrite, registryTrips, roundTrips } from "./roundTrips";

const ROOT = join(__dirname, "..", "..");
/** Excel on the web refuses a request larger than this (RequestPayloadSizeLimitExceeded). */
const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;

function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return "";
  const keys = Object.keys(rows[0]!);
  const cell = (v: unknown) => (typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 3 : 1)) : String(v));
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => cell(r[k]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join("  ");
  return [line(keys), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(keys.map((k) => cell(r[k]))))].join("\n");
}

/** Constant when the large size costs what the small one does (±10 %), else linear or worse by the ratio. */
function growth(small: number, large: number, sizeRatio: number): string {
  if (small === 0 || Math.abs(large - small) / small <= 0.1) return "constant";
  const r = large / small;
  return r <= sizeRatio * 1.5
    ? `linear (×${r.toFixed(1)} for ×${sizeRatio.toFixed(0)} size)`
    : `worse than linear (×${r.toFixed(1)} for ×${sizeRatio.toFixed(0)} size)`;
}

async function run(json: boolean): Promise<void> {
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? "", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  const trips = await roundTrips();
  const kinds = await registryTrips();
  const naive = await naiveWrite(largeCompetenceSpec());
  const oursCreate = trips.find((t) => t.sheet === "competences" && t.size === "30 × 200" && t.operation === "create")!;
  const sizeRatio: Record<string, number> = {
    readiness: (500 * 20) / 14,
    competences: (30 * 200) / 24,
    tasks: 5000 / 20,
    selection: 2000 / 20,
  };
  const tripGrowth = ["create", "read", "re-create", "re-localize"].flatMap((op) =>
    Object.keys(sizeRatio).map((sheet) => {
      const [s, l] = trips.filter((t) => t.sheet === sheet && t.operation === op);
      // two sizes tell no growth law for a handful of requests: the counts say it (a read past 100,000 cells takes
      // one more, whatever its size)
      return {
        sheet,
        operation: op,
        syncs: s!.syncs === l!.syncs ? `constant (${s!.syncs})` : `${s!.syncs} → ${l!.syncs}`,
        bytes: growth(s!.bytes, l!.bytes, sizeRatio[sheet]!),
      };
    }),
  );
  const functions = functionThroughput();
  const recalculation = functionLoads();
  const nativeRecalculation = selectionLoads();
  const parse = parseTimes();
  const cli = await cliReads();
  const sparse = await sparseExcelRead();
  const dist = join(ROOT, "dist");
  const floor = join(ROOT, "test-results", "bench-floor");
  const chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  if (chromiumPath === undefined) throw new Error("The pane's load is timed in Chromium: apt-get install chromium");
  const pane = await pageLoad(dist, "taskpane.html", "KAM Workbench", "Readiness for KAM", chromiumPath);
  const floorLoad = await pageLoad(floor, "index.html", "Floor", "Floor", chromiumPath);
  const floorTabs = join(ROOT, "test-results", "bench-floor-tabs");
  const floorTabsLoad = await pageLoad(floorTabs, "index.html", "Floor", "Floor", chromiumPath);
  const sizes = bundles(dist, floor, floorTabs, pane.js);
  const render = {
    paneFirstRenderMs: pane.firstRenderMs,
    paneFirstScreenMs: pane.firstScreenMs,
    floorMs: floorLoad.firstRenderMs,
    floorWithTabsMs: floorTabsLoad.firstRenderMs,
  };
  const result = {
    machine,
    roundTrips: trips,
    kindTrips: kinds,
    largestRequestUnderWebLimit: trips.every((t) => t.largestRequest < WEB_REQUEST_LIMIT),
    largestResponseUnderWebLimit: trips.every((t) => t.largestResponse < WEB_REQUEST_LIMIT),
    naiveReference: {
      sheet: "competences 30 × 200 create",
      naiveSyncs: naive.syncs,
      oursSyncs: oursCreate.syncs,
      ratio: naive.syncs / oursCreate.syncs,
    },
    growth: tripGrowth,
    functions,
    recalculation,
    nativeRecalculation,
    parse,
    kamRead: cli,
    sparseRead: sparse,
    bundles: sizes,
    firstRender: render,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const out = (title: string, body: string) => process.stdout.write(`\n## ${title}\n\n${body}\n`);
  out("Machine", table([machine]));
  out("Round trips and bytes sent per operation (in-memory workbook)", table(trips as unknown as Record<string, unknown>[]));
  out("Every kind in the registry, as kam new makes it, and all read at once", table(kinds as unknown as Record<string, unknown>[]));
  out("Reference: one request per cell (competences 30 × 200, create)", table([result.naiveReference]));
  out("Growth small → large", table(tripGrowth));
  out(
    "Custom functions against HyperFormula's native formulas (same data, same run)",
    table(functions as unknown as Record<string, unknown>[]),
  );
  out(
    "One full recalculation: cells passed to the KAM.* functions against the input cells they read (goal: at most 10 each)",
    table(recalculation as unknown as Record<string, unknown>[]),
  );
  out(
    "The key-account selection's native formulas: cells one full recalculation reads (the ranks' COUNTIFS read whole columns)",
    table(nativeRecalculation as unknown as Record<string, unknown>[]),
  );
  out("Reading and parsing", table(result.parse as unknown as Record<string, unknown>[]));
  out(
    "kam read --json, in its own process (built command line): wall time and peak memory",
    table(cli as unknown as Record<string, unknown>[]),
  );
  out("The Excel host reading a sheet with one entry far out (in-memory workbook)", table(sparse as unknown as Record<string, unknown>[]));
  out("Bundles", table(sizes as unknown as Record<string, unknown>[]));
  out("Loading the pane in headless Chromium, ms from navigation (median of 5)", table([render as Record<string, unknown>]));
  out(
    "Checks",
    `largest request under Excel on the web's 5 MB limit: ${result.largestRequestUnderWebLimit}\nlargest response under the same limit: ${result.largestResponseUnderWebLimit}`,
  );
}

run(process.argv.includes("--json")).catch((e) => {
  console.error(e);
  process.exit(1);
});
