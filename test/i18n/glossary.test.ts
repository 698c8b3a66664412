/**
 * Every user-visible text, in every language, against the glossary (docs/glossary.md): one term per concept and
 * language. A term must be in use; what the glossary rules out must not appear.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { STANDARD_COMPETENCES } from "../../src/kinds/competences/domain/profile";
import { LANGS, type Lang } from "../../src/domain/lang";
import { STANDARD_CONDITIONS } from "../../src/kinds/readiness/domain/conditions";
import { DEFAULT_TASKS, PHASES } from "../../src/kinds/tasks/domain/plan";
import { STATUS_TEXT } from "../../src/domain/status";
import { CLI_TEXT } from "../../src/i18n/cliText";
import type { Catalog } from "../../src/i18n/format";
import { FUNCTION_TEXT } from "../../src/i18n/functionText";
import { PANE_TEXT } from "../../src/i18n/paneText";
import { PRINT_TEXT } from "../../src/i18n/printText";
import { PROBLEM_TEXT } from "../../src/i18n/problemText";
import { kindCatalogs } from "./kindCatalogs";

const ROOT = join(__dirname, "../..");

const CATALOGS: Record<string, Catalog<string>> = {
  pane: PANE_TEXT,
  ...kindCatalogs(),
  problems: PROBLEM_TEXT,
  "command line": CLI_TEXT,
  functions: FUNCTION_TEXT,
  print: PRINT_TEXT,
};

interface Text {
  readonly where: string;
  readonly text: string;
}

/** The function metadata's names, descriptions and argument help in German and Dutch (English is the JSDoc). */
function metadataTexts(lang: Lang): Text[] {
  if (lang === "en") return [];
  const kinds = join(ROOT, "src/kinds");
  const files = readdirSync(kinds)
    .map((k) => join(kinds, k, "i18n/functionMetadata.json"))
    .filter((f) => existsSync(f));
  expect(files.length).toBeGreaterThanOrEqual(3);
  const all = files.map(
    (f) =>
      JSON.parse(readFileSync(f, "utf8")) as Record<
        string,
        Record<string, { name: string; description: string; parameters: Record<string, [string, string]> }>
      >,
  );
  return all
    .flatMap((texts) => Object.entries(texts[lang]!))
    .flatMap(([id, f]) => [
      { where: `functionMetadata ${id}.description`, text: f.description },
      ...Object.entries(f.parameters).map(([p, [name, help]]) => ({
        where: `functionMetadata ${id}.${p}`,
        text: `${name.replace(/_/g, " ")}: ${help}`,
      })),
    ]);
}

/** The help page's section in `lang`, as text. */
function helpText(lang: Lang): Text[] {
  const html = readFileSync(join(ROOT, "src/help/help.html"), "utf8");
  const section = new RegExp(`<section id="${lang}" lang="${lang}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
  return [{ where: "help.html", text: section.replace(/<[^>]+>/g, " ").replace(/&[a-z]+;/g, " ") }];
}

function textsIn(lang: Lang): Text[] {
  return [
    ...Object.entries(CATALOGS).flatMap(([name, c]) => Object.entries(c[lang]).map(([key, text]) => ({ where: `${name}.${key}`, text }))),
    ...STANDARD_CONDITIONS.map((c) => ({ where: `condition ${c.id}`, text: c.text[lang] })),
    ...STANDARD_COMPETENCES.flatMap((c) => [
      { where: `competence ${c.id}`, text: c.text[lang] },
      { where: `competence ${c.id} (short)`, text: c.short[lang] },
    ]),
    ...DEFAULT_TASKS.map((t) => ({ where: `task ${t.id}`, text: t.text[lang] })),
    ...PHASES.map((p, i) => ({ where: `phase ${i + 1}`, text: p[lang] })),
    ...Object.entries(STATUS_TEXT).map(([s, t]) => ({ where: `status ${s}`, text: t[lang] })),
    ...metadataTexts(lang),
    ...helpText(lang),
  ];
}

interface Entry {
  readonly concept: string;
  readonly terms: Readonly<Record<Lang, string>>;
  readonly not: readonly { readonly lang: Lang; readonly word: string }[];
}

function glossary(): Entry[] {
  const md = readFileSync(join(ROOT, "docs/glossary.md"), "utf8");
  const rows = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Concept") && !l.startsWith("| ---"));
  return rows.map((row) => {
    const [concept, de, nl, en, not] = row
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
    const ruledOut = (not ?? "")
      .split(";")
      .map((x) => x.trim())
      .filter((x) => x !== "")
      .map((x) => {
        const [lang, ...word] = x.split(":");
        return { lang: lang!.trim() as Lang, word: word.join(":").trim() };
      });
    return { concept: concept!, terms: { de: de!, nl: nl!, en: en! }, not: ruledOut };
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `word` as a whole word: no letter, digit or hyphen right before or after it. */
const wholeWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(word)}(?![\\p{L}\\p{N}-])`, "u");
/** A term in use: its parts (split at "…") in this order in one text, ignoring case. */
const used = (term: string) =>
  new RegExp(
    term
      .split("…")
      .map((p) => escape(p.trim()))
      .join(".*"),
    "iu",
  );

const ENTRIES = glossary();

describe("the glossary", () => {
  it("checks the kinds' catalogs, found in their folders", () => {
    expect(Object.keys(CATALOGS)).toEqual(
      expect.arrayContaining([
        "readiness READINESS_PANE_TEXT",
        "readiness READINESS_SHEET_TEXT",
        "readiness VERDICT_TEXT",
        "competences COMPETENCE_PANE_TEXT",
        "competences COMPETENCE_SHEET_TEXT",
        "tasks TASK_PANE_TEXT",
        "tasks TASK_SHEET_TEXT",
        "tasks TASK_TEXT",
      ]),
    );
  });

  it("has a term in every language for each concept, and rules out only words of its three languages", () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(30);
    for (const e of ENTRIES) {
      for (const lang of LANGS) expect([e.concept, lang, e.terms[lang]]).not.toEqual([e.concept, lang, ""]);
      for (const n of e.not) expect(LANGS).toContain(n.lang);
    }
  });

  describe.each(LANGS)("in %s", (lang) => {
    const texts = textsIn(lang);

    it("every text is written, none left empty", () => {
      for (const t of texts) expect([t.where, t.text.trim() === ""]).toEqual([t.where, false]);
    });

    it.each(ENTRIES.map((e) => [e.concept, e] as const))("uses the term for %s", (_, e) => {
      expect(texts.some((t) => used(e.terms[lang]).test(t.text))).toBe(true);
    });

    it("uses none of the words the glossary rules out", () => {
      const found = ENTRIES.flatMap((e) =>
        e.not
          .filter((n) => n.lang === lang)
          .flatMap((n) =>
            texts.filter((t) => wholeWord(n.word).test(t.text)).map((t) => `${t.where}: "${n.word}" (${e.concept}: ${e.terms[lang]})`),
          ),
      );
      expect(found).toEqual([]);
    });
  });

  it("Dutch quotes with “…”, German with „…“", () => {
    expect(
      textsIn("nl")
        .filter((t) => t.text.includes("„"))
        .map((t) => t.where),
    ).toEqual([]);
    // German closes with “ and never uses ”: a “ without a „ opens a quote the English or Dutch way
    expect(
      textsIn("de")
        .filter((t) => t.text.includes("”") || (t.text.includes("“") && !t.text.includes("„")))
        .map((t) => t.where),
    ).toEqual([]);
  });
});
