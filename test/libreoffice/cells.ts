/**
 * The values LibreOffice calculated, straight from the saved .xlsx (ExcelJS drops a cached formula result of 0,
 * so it cannot tell 0 from an empty text).
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Every sheet's cell values by address ("D7"): numbers, texts, booleans, error texts; "" for an empty result. */
export async function calculatedValues(file: string): Promise<Map<string, Map<string, string | number | boolean>>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  const shared = [...(await text("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescape([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const out = new Map<string, Map<string, string | number | boolean>>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const path = `xl/${(target?.[1] ?? target?.[2] ?? "").replace(/^\/?xl\//, "")}`;
    const xml = await text(path);
    const cells = new Map<string, string | number | boolean>();
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /t="(\w+)"/.exec(c[2]!)?.[1] ?? "n";
      const v = /<v>([\s\S]*?)<\/v>/.exec(c[3] ?? "")?.[1];
      const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(c[3] ?? "")?.[1];
      let value: string | number | boolean = "";
      if (type === "s" && v !== undefined) value = shared[Number(v)] ?? "";
      else if (type === "str" || type === "e") value = unescape(v ?? "");
      else if (type === "inlineStr") value = unescape(inline ?? "");
      else if (type === "b") value = v === "1";
      else if (v !== undefined) value = Number(v);
      cells.set(c[1]!, value);
    }
    out.set(unescape(m[1]!), cells);
  }
  return out;
}
