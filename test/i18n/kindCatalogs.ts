/**
 * Every catalog the kinds bring (`src/kinds/<kind>/i18n/*.ts`), found by walking the folders: a new kind's words
 * are checked against the glossary and for their placeholders without being listed in a test.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { LANGS } from "../../src/domain/lang";
import type { Catalog } from "../../src/i18n/format";

const KINDS_DIR = join(__dirname, "../../src/kinds");

/** A catalog: a text per key, the same keys in every language. */
function isCatalog(value: unknown): value is Catalog<string> {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return LANGS.every((l) => typeof v[l] === "object" && v[l] !== null && Object.values(v[l] as object).every((t) => typeof t === "string"));
}

/** The kinds' catalogs by "<kind> <export>" (e.g. "readiness READINESS_SHEET_TEXT"). */
export function kindCatalogs(): Record<string, Catalog<string>> {
  const out: Record<string, Catalog<string>> = {};
  for (const kind of readdirSync(KINDS_DIR)) {
    const dir = join(KINDS_DIR, kind, "i18n");
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(dir, file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (isCatalog(value)) out[`${kind} ${name}`] = value;
    }
  }
  return out;
}
