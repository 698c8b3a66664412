/**
 * Calendar dates as the add-in holds them: ISO strings "YYYY-MM-DD", free of time zones, and Excel serial dates
 * (1900 date system: 1 = 1900-01-01, with Excel's fictitious 1900-02-29 as 60). All arithmetic is on UTC
 * midnights, so no time zone ever shifts a day.
 */
const MS_PER_DAY = 86_400_000;
/** Serial 0 counts from here for every serial from 61 (1900-03-01) on. */
const EPOCH = Date.UTC(1899, 11, 30);

export type IsoDate = string;

/** The days Excel can show: serial 1 to 2,958,465. */
export const FIRST_DATE: IsoDate = "1900-01-01";
export const LAST_DATE: IsoDate = "9999-12-31";
const LAST_SERIAL = 2_958_465;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // a day the month lacks (02-30, 04-31, 01-00) rolls into another month; a year below 100 is read as 19xx
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1;
}

function isoOfUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function utcOf(iso: IsoDate): number {
  const m = ISO.exec(iso)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The serial's calendar day; the fraction (time of day) is ignored. Undefined for serials Excel cannot show. */
export function serialToIso(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return undefined;
  const day = Math.floor(serial);
  // Excel's 1900-02-29 does not exist: serials 1–59 lie one day later than the epoch arithmetic says
  if (day === 60) return undefined;
  return isoOfUtc(EPOCH + (day < 60 ? day + 1 : day) * MS_PER_DAY);
}

/**
 * The serial a file stores for a moment (UTC milliseconds), with its fraction of a day, counted straight from the
 * epoch as ExcelJS counts it (no 1900-02-29: a 1 typed before March 1900 comes back as 1).
 */
export function utcMsToSerial(ms: number): number {
  return (ms - EPOCH) / MS_PER_DAY;
}

export function isoToSerial(iso: IsoDate): number {
  const days = Math.round((utcOf(iso) - EPOCH) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoOfUtc(utcOf(iso) + days * MS_PER_DAY);
}

/** Days from `a` to `b` (positive when b is later). */
/**
 * The days from a to b as a sheet counts them, the difference of their serials: across 1 March 1900 one more than
 * the calendar has (Excel's fictitious 1900-02-29).
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToSerial(b) - isoToSerial(a);
}

/** Today in the user's own time zone (the calendar day on their clock), as Excel's TODAY() shows it. */
export function localToday(now: Date = new Date()): IsoDate {
  return isoOfUtc(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
