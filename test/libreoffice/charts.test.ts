/**
 * The charts of a saved .xlsx as LibreOffice opens them: converted headless to .ods, each is a native chart
 * (not a picture) of the right kind, bound to the sheet's cells, with its title, axes and colours. Without
 * LibreOffice this fails (see recalc.ts), it is never skipped.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createXlsxHost, saveWorkbook } from "../../src/hosts/xlsx/xlsxHost";
import { createCompetences } from "../../src/kinds/competences/workflows/competences";
import { createPlans } from "../../src/kinds/plans/workflows/plans";
import { createReadiness } from "../../src/kinds/readiness/workflows/readiness";
import { createSelection } from "../../src/kinds/selection/workflows/selection";
import { barChart, chartSheet, columnChart } from "../hosts/chartSheet";
import { soffice } from "./recalc";

jest.setTimeout(240_000);

/** The .xlsx converted to .ods by LibreOffice, its parts by name. */
async function asOds(bytes: Uint8Array): Promise<Map<string, string>> {
  const work = mkdtempSync(join(tmpdir(), "kam-lo-charts-"));
  mkdirSync(join(work, "profile"));
  writeFileSync(join(work, "charts.xlsx"), bytes);
  const out = join(work, "out");
  execFileSync(
    soffice(),
    [
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "ods",
      "--outdir",
      out,
      join(work, "charts.xlsx"),
    ],
    {
      stdio: "pipe",
      timeout: 240_000,
    },
  );
  const zip = await JSZip.loadAsync(readFileSync(join(out, "charts.ods")));
  const parts = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir && f.name.endsWith(".xml")) parts.set(f.name, await f.async("string"));
  return parts;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const tags = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))].map((m) => m[0]);
const unescape = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** A chart as LibreOffice holds it: its class, title, series' ranges, and the chart properties of its parts. */
function chart(ods: Map<string, string>, sheet: string, name: string) {
  const content = ods.get("content.xml")!;
  const table = content.split("<table:table ").find((t) => unescape(attr(` ${t}`, "table:name") ?? "") === sheet)!;
  const frame = new RegExp(`<draw:frame [^>]*draw:name="${name}"[^>]*>\\s*<draw:object [^>]*xlink:href="\\./([^"]*)"`).exec(table);
  if (frame === null) throw new Error(`No chart ${name} on ${sheet}`);
  const xml = ods.get(`${frame[1]}/content.xml`)!;
  const style = (tag: string | undefined) => {
    const styleName = tag === undefined ? undefined : attr(tag, "chart:style-name");
    return new RegExp(`<style:style style:name="${styleName}"[\\s\\S]*?</style:style>`).exec(xml)?.[0] ?? "";
  };
  const axis = (dimension: string) => tags(xml, "chart:axis").find((t) => attr(t, "chart:dimension") === dimension);
  return {
    object: frame[1],
    class: attr(tags(xml, "chart:chart")[0]!, "chart:class"),
    title: unescape(/<chart:title\b[^>]*>\s*<text:p>([^<]*)<\/text:p>/.exec(xml)?.[1] ?? ""),
    categories: tags(xml, "chart:categories").map((t) => unescape(attr(t, "table:cell-range-address")!)),
    values: tags(xml, "chart:series").map((t) => unescape(attr(t, "chart:values-cell-range-address")!)),
    /** Each series' domains (an XY chart's y, then x values; later series share the first one's x). */
    domains: xml
      .split("<chart:series ")
      .slice(1)
      .map((part) => tags(part.split("</chart:series>")[0]!, "chart:domain").map((t) => unescape(attr(t, "table:cell-range-address")!))),
    names: tags(xml, "chart:series").map((t) => unescape(attr(t, "loext:label-string") ?? "")),
    fills: tags(xml, "chart:series").map((t) => /draw:fill-color="([^"]*)"/.exec(style(t))?.[1]),
    plotArea: style(tags(xml, "chart:plot-area")[0]),
    x: style(axis("x")),
    y: style(axis("y")),
  };
}

describe("charts in a saved .xlsx, opened by LibreOffice", () => {
  const sheets = ["Reife Ist", "Kunden d'Or", "Übersicht"];
  let ods: Map<string, string>;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    for (const name of sheets) await host.writeSheet(chartSheet(name));
    ods = await asOds(await saveWorkbook(wb));
  });

  it.each(sheets)("bars on %s: a native bar chart over the sheet's cells, first category at the top, crossing at 3", (sheet) => {
    const q = /^[\p{L}\d_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
    const bars = chart(ods, sheet, "KAM_Maturity");
    expect(bars).toMatchObject({
      class: "chart:bar",
      title: barChart().title,
      categories: [`${q}.A10:${q}.A23`],
      values: [`${q}.B10:${q}.B23`],
      fills: ["#1f77b4"],
    });
    // across, not upright
    expect(bars.plotArea).toContain('chart:vertical="true"');
    expect(bars.x).toContain('chart:reverse-direction="true"');
    expect(bars.x).toContain('chart:axis-position="3"');
    expect(bars.y).toMatch(/chart:minimum="1" chart:maximum="5" chart:interval-major="1"/);
    // the value axis at the last category: at the bottom, as the categories run from the top
    expect(bars.y).toContain('chart:axis-position="end"');
  });

  it.each(sheets)("columns on %s: a native column chart, a series per row, percent from 0 to 1", (sheet) => {
    const q = /^[\p{L}\d_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
    const columns = chart(ods, sheet, "KAM_Shares");
    expect(columns).toMatchObject({
      class: "chart:bar",
      title: columnChart().title,
      categories: [`${q}.B2:${q}.D2`],
      values: [`${q}.B3:${q}.D3`, `${q}.B4:${q}.D4`],
      fills: ["#2ca02c", "#d62728"],
    });
    expect(columns.plotArea).not.toContain('chart:vertical="true"');
    expect(columns.y).toMatch(/chart:minimum="0" chart:maximum="1" chart:interval-major="0.25"/);
    // the axis' own number format, a percentage
    const format = /style:data-style-name="([^"]*)"/.exec(columns.y)?.[1];
    expect(columns.y).toContain('chart:link-data-style-to-source="false"');
    expect(ods.get(`${columns.object}/content.xml`)).toMatch(
      new RegExp(`<number:percentage-style style:name="${format}">\\s*<number:number number:decimal-places="0"`),
    );
  });
});

describe("the sheets' own charts in a portable workbook, opened by LibreOffice", () => {
  let ods: Map<string, string>;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const host = createXlsxHost(wb);
    await createReadiness(host, { lang: "de", respondents: ["Zentrale", "Benelux"], portable: true });
    await createCompetences(host, { lang: "nl", candidates: ["Anna", "Bert"], portable: true });
    await createSelection(host, { lang: "en", customers: [{ name: "Müller GmbH", revenue: 1200 }, { name: "Jansen BV" }], portable: true });
    await createPlans(host, { lang: "nl", accounts: [{ id: "A01", name: "Jansen BV" }], today: "2026-12-04" });
    ods = await asOds(await saveWorkbook(wb));
  });

  it("draws the readiness profile from each respondent's scores, bars either side of the threshold", () => {
    const c = chart(ods, "Voraussetzungen", "KAM_ReadinessProfile");
    expect(c).toMatchObject({
      class: "chart:bar",
      title: "Bewertung je Voraussetzung: links vom Schwellenwert 3 schwach",
      categories: ["Voraussetzungen.A10:Voraussetzungen.A23"],
      values: ["Voraussetzungen.I10:Voraussetzungen.I23", "Voraussetzungen.J10:Voraussetzungen.J23"],
    });
    expect(c.x).toContain('chart:axis-position="3"');
  });

  it("draws each candidate's fit as a column from the fit row", () => {
    const c = chart(ods, "Competenties", "KAM_CandidateFit");
    expect(c).toMatchObject({
      class: "chart:bar",
      title: "Geschiktheid per kandidaat",
      categories: ["Competenties.G9:Competenties.H9"],
      values: ["Competenties.G4:Competenties.H4"],
    });
  });

  it("draws the selection's portfolio as bubbles from the chart's columns, lines at the cut-off", () => {
    const c = chart(ods, "Key account selection", "KAM_Portfolio");
    const q = "'Key account selection'";
    // two customers, 300 spare rows: rows 18 to 319; criteria in E to N, the chart's columns T to V
    const rows = (col: string) => `${q}.${col}18:${q}.${col}319`;
    expect(c).toMatchObject({
      class: "chart:bubble",
      title: "Portfolio: bubble = revenue, lines at the cut-off 5",
      // the bubbles' sizes; the attractiveness (y), then the strength (x)
      values: [rows("V")],
      domains: [[rows("U"), rows("T")]],
      names: ['"Customer"'],
      fills: ["#2e75b6"],
    });
    // both axes from 0 to 10, each crossing the other at the cut-off
    for (const axis of [c.x, c.y]) {
      expect(axis).toMatch(/chart:minimum="0" chart:maximum="10" chart:interval-major="1"/);
      expect(axis).toContain('chart:axis-position="5"');
    }
  });

  it("draws a plan's spend and our revenue per year as columns from the spend table, the axis from 0 scaled to the amounts", () => {
    const q = "'Plan Jansen BV'";
    const c = chart(ods, "Plan Jansen BV", "KAM_AccountSpend");
    expect(c).toMatchObject({
      class: "chart:bar",
      title: "Besteding van het account en onze omzet",
      categories: [`${q}.A23:${q}.A28`],
      values: [`${q}.B23:${q}.B28`, `${q}.C23:${q}.C28`],
      fills: ["#2e75b6", "#a9d18e"],
    });
    expect(c.plotArea).not.toContain('chart:vertical="true"');
    expect(c.y).toContain('chart:minimum="0"');
    expect(c.y).not.toContain("chart:maximum=");
  });
});
