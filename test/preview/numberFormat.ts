import { isIsoDate, isoToSerial, serialToIso } from "../../src/domain/dates";

const DAY_MONTH = new Set(["dd.mm.", "dd-mm", "d mmm"]);
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Shows a cell value the way Excel would with the number formats our sheets use. */
export function formatValue(value: string | number | boolean, format: string): string {
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
    return `${(value * 100).toFixed(digits)}%`;
  }
  // amounts with thousands separators
  if (f === "#,##0") return Math.round(value).toLocaleString("en-US");
  if (f === "0") return String(Math.round(value));
  if (f === "0.00") return value.toFixed(2);
  if (f === "0.0#") return value.toFixed(2).replace(/0$/, "");
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e9) / 1e9);
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
