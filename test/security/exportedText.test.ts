import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { defaultCompetenceModel, withCompetence } from "../../src/kinds/competences/domain/assessment";
import { defaultReadinessModel, withCondition } from "../../src/kinds/readiness/domain/checklist";
import { defaultTaskModel, withTasks } from "../../src/kinds/tasks/domain/tasklist";
import type { SheetHost } from "../../src/hosts/host";
import { createXlsxHost } from "../../src/hosts/xlsx/xlsxHost";
import { renderCompetences } from "../../src/kinds/competences/sheets/render";
import { renderReadiness } from "../../src/kinds/readiness/sheets/render";
import { renderTasks } from "../../src/kinds/tasks/sheets/render";
import { loadKinds } from "../../src/kinds/registry";
import { portableCopy } from "../../src/workflows/portable";
import { Sheet } from "../office";
import { excelOnDouble } from "../hosts/setup";

/** Text a spreadsheet takes for a formula (or a signed number) when it is typed or parsed as input. */
const HOSTILE = ["=1+1", "+1", "-1", "@SUM(A1)", '=HYPERLINK("http://x")', "\t=1", "＝1+1"];
/** The same layout with harmless text, to compare formulas with. */
const PLAIN = ["a", "b", "c", "d", "e", "f", "g"];

/**
 * The three sheets with `texts` wherever users type text: respondents, own conditions and their notes; candidates
 * and own competences; own tasks with their phase, owner, link and notes. Written as typed (not trimmed).
 */
async function writeSheets(host: SheetHost, texts: readonly string[], portable: boolean): Promise<void> {
  const r = texts.reduce(withCondition, defaultReadinessModel([...texts]));
  await host.writeSheet(
    renderReadiness(
      { ...r, conditions: r.conditions.map((c, i) => ({ ...c, text: i >= 14 ? texts[i - 14]! : c.text, note: texts[i % texts.length]! })) },
      "en",
      { portable },
    ),
  );
  const c = texts.reduce(withCompetence, defaultCompetenceModel("default", texts));
  await host.writeSheet(
    renderCompetences({ ...c, requirements: c.requirements.map((q, i) => (i >= 8 ? { ...q, text: texts[i - 8]! } : q)) }, "en", {
      portable,
    }),
  );
  const t = withTasks(
    defaultTaskModel(),
    texts.map((x) => ({ phase: x, text: `${x}.`, responsible: "x", link: "x" })),
  );
  const own = (i: number) => i - (t.tasks.length - texts.length);
  await host.writeSheet(
    renderTasks(
      {
        ...t,
        tasks: t.tasks.map((k, i) =>
          own(i) >= 0 ? { ...k, text: texts[own(i)]!, responsible: texts[own(i)]!, link: texts[own(i)]!, notes: texts[own(i)]! } : k,
        ),
      },
      "en",
      { portable },
    ),
  );
}

interface XmlCell {
  readonly type: string | null;
  readonly formula: string | null;
  readonly text: string | null;
}

const decode = (xml: string) =>
  xml.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (_, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(Number(e[1] === "x" || e[1] === "X" ? `0${e.slice(1)}` : e.slice(1)))
      : ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[e]!,
  );
/** The text of an element's <t> runs (a shared or inline string, plain or rich). */
const runs = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1]!)).join("");

/** Every cell of every sheet in a saved .xlsx, read from its XML: type attribute, formula, and its text if a string. */
async function cellsOf(bytes: ArrayBuffer | Buffer): Promise<Map<string, XmlCell>> {
  const zip = await JSZip.loadAsync(bytes);
  const sharedXml = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runs(m[1]!));
  const cells = new Map<string, XmlCell>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const sheet = await zip.file(path)!.async("string");
    for (const m of sheet.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attr = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? null;
      const body = m[2] ?? "";
      const type = attr("t");
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const f = /<f(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
      const text =
        type === "s" ? shared[Number(v)]! : type === "inlineStr" ? runs(body) : type === "str" && v !== undefined ? decode(v) : null;
      cells.set(`${path}!${attr("r")}`, { type, formula: f === null ? null : decode(f[1] ?? ""), text });
    }
  }
  return cells;
}

/**
 * Every cell holding one of the texts is a plain string cell (shared or inline), without a formula. (Names and
 * conditions read back from a sheet are trimmed: "\t=1" may come back as "=1", which must be text all the same.)
 */
function expectTextCells(cells: Map<string, XmlCell>, texts: readonly string[], sheets: number) {
  for (const text of texts) {
    const holding = [...cells].filter(([, c]) => c.text === text || c.text === text.trim());
    // each sheet holds each text somewhere (readiness: respondent, condition, note; …)
    expect(new Set(holding.map(([at]) => at.split("!")[0])).size).toBeGreaterThanOrEqual(sheets);
    for (const [at, c] of holding)
      expect({ at, text, type: c.type, formula: c.formula }).toEqual({
        at,
        text,
        type: expect.stringMatching(/^(s|inlineStr)$/),
        formula: null,
      });
  }
}

const formulas = (cells: Map<string, XmlCell>) =>
  new Map([...cells].filter(([, c]) => c.formula !== null).map(([at, c]) => [at, c.formula]));

async function xlsxBytes(texts: readonly string[], portable: boolean): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  await writeSheets(createXlsxHost(wb), texts, portable);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

describe("user text in exported files never becomes a formula", () => {
  for (const portable of [false, true]) {
    it(`the .xlsx host${portable ? " (portable)" : ""} saves each text as a string cell, and no formula that plain text would not have`, async () => {
      const hostile = await cellsOf(await xlsxBytes(HOSTILE, portable));
      expectTextCells(hostile, HOSTILE, 3);
      // a text turned into a formula would add one, or change one, at its cell
      expect(formulas(hostile)).toEqual(formulas(await cellsOf(await xlsxBytes(PLAIN, portable))));
      expect([...formulas(hostile).values()].filter((f) => /HYPERLINK|1\+1|SUM\(A1\)/.test(f!))).toEqual([]);
    });
  }

  it("the command line's kam new writes candidates and respondents as strings", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "kam-security-")), "new.xlsx");
    const names = HOSTILE.filter((h) => h.trim() === h);
    const io = {
      out: () => undefined,
      err: (t: string) => {
        throw new Error(t);
      },
    };
    expect(await main(["new", file, "--lang", "en", "--candidates", names.join(","), "--respondents", names.join(",")], io)).toBe(0);
    expectTextCells(await cellsOf(readFileSync(file)), names, 2);
  });

  it("the Excel host sends every such text with Excel's text prefix (an apostrophe), so Excel stores it as the text", async () => {
    const { excel, host } = excelOnDouble();
    const inputs: unknown[] = [];
    // what the host hands Excel for each cell (the double then stores it as Excel would)
    const original = Sheet.prototype.write;
    Sheet.prototype.write = function (this: Sheet, row: number, col: number, input: unknown) {
      inputs.push(input);
      original.call(this, row, col, input);
    };
    try {
      await writeSheets(host, HOSTILE, false);
    } finally {
      Sheet.prototype.write = original;
    }
    for (const text of HOSTILE) {
      expect(inputs.filter((i) => i === text)).toEqual([]);
      expect(inputs.filter((i) => i === `'${text}`).length).toBeGreaterThanOrEqual(3);
    }
    // and the workbook holds them as text, not formulas
    const readiness = excel.workbook.sheet("Readiness");
    const texts = [...readiness.cells.values()].filter((c) => HOSTILE.includes(c.value as string));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((c) => c.formula !== undefined)).toEqual([]);
  });

  it("the pane's portable download keeps them as strings: written to Excel, read back, saved as .xlsx", async () => {
    const { host } = excelOnDouble();
    await writeSheets(host, HOSTILE, false);
    const { bytes, sheets } = await portableCopy(host, await loadKinds());
    expect(sheets).toEqual(["Readiness", "Competences", "Tasks"]);
    expectTextCells(await cellsOf(bytes), HOSTILE, 3);
  });
});
