import { isIsoDate, isoToSerial, serialToIso } from "../../src/domain/dates";

const DAY_MONTH = new Set(["dd.mm.", "dd-mm", "d mmm"]);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A number with `digits` decimals, separators as `locale` writes them (1.000,5 in de-DE; 1,000.5 in en-US). */
function fixed(value: number, digits: number, locale: string, grouped = false): string {
  return value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: grouped });
}

/**
 * Shows a cell value the way Excel would with the number formats our sheets use, its separators those of the
 * user's region (`locale`, a BCP 47 tag), as Excel takes them from the system.
 */
export function formatValue(value: string | number | boolean, format: string, locale = "en-US"): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return value;
  const f = format.toLowerCase();
  if (f.includes("yy") || DAY_MONTH.has(f)) {
    const iso = serialToIso(value);
    if (iso === undefined) return String(value);
    const [y, m, d] = iso.split("-");
    if (f === "dd.mm.yyyy") return `${d}.${m}.${y}`;
    if (f === "dd-mm-yyyy") return `${d}-${m}-${y}`;
    // the timeline's Mondays
    if (f === "dd.mm.") return `${d}.${m}.`;
    if (f === "dd-mm") return `${d}-${m}`;
    if (f === "d mmm") return `${Number(d)} ${MONTHS[Number(m) - 1]}`;
    return iso;
  }
  if (f.endsWith("%")) {
    const digits = (f.split(".")[1] ?? "").replace("%", "").length;
    return `${fixed(value * 100, digits, locale)}%`;
  }
  // amounts with thousands separators
  if (f === "#,##0") return fixed(value, 0, locale, true);
  if (f === "0") return String(Math.round(value));
  if (f === "0.00") return fixed(value, 2, locale);
  if (f === "0.0#") return fixed(value, 2, locale).replace(/0$/, "");
  return Number.isInteger(value)
    ? String(value)
    : (Math.round(value * 1e9) / 1e9).toLocaleString(locale, { maximumFractionDigits: 9, useGrouping: false });
}

/** What a user typed, read as Excel would: numbers, percentages, dates (in date-formatted cells), else text. */
export function parseInput(text: string, format: string): string | number | boolean {
  const t = text.trim();
  if (t === "") return "";
  if (/^-?\d+([.,]\d+)?%$/.test(t)) return Number(t.slice(0, -1).replace(",", ".")) / 100;
  if (/^-?\d+([.,]\d+)?$/.test(t)) {
    const n = Number(t.replace(",", "."));
    // a percent-formatted cell takes 50 as 50 %
    return format.endsWith("%") && Math.abs(n) > 1 ? n / 100 : n;
  }
  // dates as the three languages write them: 2027-03-31, 31.03.2027, 31-03-2027
  const dmy = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/.exec(t);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : t;
  if (isIsoDate(iso)) return isoToSerial(iso);
  if (/^(true|false|wahr|falsch)$/i.test(t)) return /^(true|wahr)$/i.test(t);
  return t;
}
