/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The add-in's manifest as Office reads it (the build only swaps https://localhost:3000/ for the public URL). */
function manifest(): Document {
  const doc = new DOMParser().parseFromString(readFileSync(join(__dirname, "../../manifest.xml"), "utf8"), "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

const OFFICE_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";

/** Every URL the manifest names, in attributes or as element text. */
function urls(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of Array.from(el.attributes)) if (/^[a-z]+:\/\//i.test(attr.value)) found.push(attr.value);
    if (el.children.length === 0 && /^\s*[a-z]+:\/\//i.test(el.textContent ?? "")) found.push(el.textContent!.trim());
  }
  return found.filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
}

describe("the manifest asks for the least", () => {
  it("requests ReadWriteDocument, the one permission Excel's JavaScript API works with, once", () => {
    const permissions = manifest().getElementsByTagNameNS(OFFICE_APP, "Permissions");
    expect(Array.from(permissions, (p) => p.textContent?.trim())).toEqual(["ReadWriteDocument"]);
  });

  it("lists no other domain: no AppDomains, and every URL on the add-in's own https origin", () => {
    const doc = manifest();
    expect(doc.getElementsByTagNameNS(OFFICE_APP, "AppDomains")).toHaveLength(0);
    expect(doc.getElementsByTagNameNS(OFFICE_APP, "AppDomain")).toHaveLength(0);
    const all = urls(doc);
    // the icons, the pane, the functions' script and metadata, the support page
    expect(all.length).toBeGreaterThanOrEqual(9);
    expect([...new Set(all.map((u) => new URL(u).origin))]).toEqual(["https://localhost:3000"]);
  });
});

describe("the manifest in German and Dutch", () => {
  /** Office picks an override by the exact locale (de-AT is not de-DE on every platform): localization.md. */
  const LOCALES = ["de-DE", "de-AT", "de-CH", "nl-NL", "nl-BE"];

  it("overrides every localized element for the same German and Dutch locales", () => {
    const localized = Array.from(manifest().getElementsByTagName("*")).filter((e) =>
      Array.from(e.children).some((c) => c.localName === "Override"),
    );
    expect(localized.length).toBeGreaterThanOrEqual(8);
    for (const e of localized)
      expect([e.localName, Array.from(e.children, (c) => c.getAttribute("Locale"))]).toEqual([e.localName, LOCALES]);
  });

  it("points each German and Dutch locale at its custom-functions metadata, the names and help in its language", () => {
    const url = Array.from(manifest().getElementsByTagName("*")).find(
      (e) => e.localName === "Url" && e.getAttribute("id") === "Functions.Metadata.Url",
    )!;
    expect(url.getAttribute("DefaultValue")).toBe("https://localhost:3000/functions.json");
    expect(Array.from(url.children, (o) => [o.getAttribute("Locale"), o.getAttribute("Value")])).toEqual(
      LOCALES.map((l) => [l, `https://localhost:3000/functions-${l.slice(0, 2)}.json`]),
    );
  });
});

describe("the support page", () => {
  const help = () => new DOMParser().parseFromString(readFileSync(join(__dirname, "../../src/help/help.html"), "utf8"), "text/html");

  it("is where the manifest's support and learn-more links point, in each user's language", () => {
    const doc = manifest();
    const support = doc.getElementsByTagNameNS(OFFICE_APP, "SupportUrl")[0]!;
    const overrides = Array.from(support.getElementsByTagNameNS(OFFICE_APP, "Override"), (o) => [
      o.getAttribute("Locale"),
      o.getAttribute("Value"),
    ]);
    expect([support.getAttribute("DefaultValue"), ...overrides]).toEqual([
      "https://localhost:3000/help.html#en",
      ["de-DE", "https://localhost:3000/help.html#de"],
      ["de-AT", "https://localhost:3000/help.html#de"],
      ["de-CH", "https://localhost:3000/help.html#de"],
      ["nl-NL", "https://localhost:3000/help.html#nl"],
      ["nl-BE", "https://localhost:3000/help.html#nl"],
    ]);
    const learnMore = Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === "Url" && e.getAttribute("id") === "Help.Url");
    expect(learnMore.map((e) => e.getAttribute("DefaultValue"))).toEqual(["https://localhost:3000/help.html#en"]);
    expect(
      Array.from(doc.getElementsByTagName("*"))
        .filter((e) => e.localName === "LearnMoreUrl")
        .map((e) => e.getAttribute("resid")),
    ).toEqual(["Help.Url"]);
  });

  it("has a section per language, each with getting started, troubleshooting, removing the add-in and support, and no script", () => {
    const page = help();
    expect(page.querySelectorAll("script")).toHaveLength(0);
    for (const lang of ["en", "de", "nl"]) {
      const section = page.getElementById(lang)!;
      expect(section.getAttribute("lang")).toBe(lang);
      expect(section.querySelectorAll("h2")).toHaveLength(4);
    }
  });
});
