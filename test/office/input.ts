/**
 * How Excel (en-US) takes text written into a cell through `values` or `formulas`, or typed: as a number, a
 * percentage, a date, TRUE/FALSE or an error value when it reads as one, and as text otherwise. An apostrophe
 * before the text keeps it text. The double applies this so that tests fail where Excel would change a user's
 * text ("007" becomes 7, "TRUE" a boolean, "#N/A" an error, "2026-03-31" a date).
 */
import type { Cell } from "./model";

const ERRORS = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"];
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const CURRENCY = /^[+-]?\$\s?(\d+(\.\d*)?|\d{1,3}(,\d{3})+(\.\d+)?)$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

/** The serial day of a calendar date (1900 date system), or undefined when there is no such day. */
function serialOf(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || year < 1900 || year > 9999) return undefined;
  const days = Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
  return days < 61 ? days - 1 : days;
}

/** The cell Excel makes of a string that is not a formula and has no apostrophe; undefined when it stays text. */
export function excelParse(text: string): Cell | undefined {
  const t = text.trim();
  if (t === "") return undefined;
  const error = ERRORS.find((e) => e === t.toUpperCase());
  if (error !== undefined) return { value: error, error };
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
  if (NUMBER.test(t)) return { value: Number(t) };
  if (t.endsWith("%") && NUMBER.test(t.slice(0, -1).trim())) return { value: Number(t.slice(0, -1)) / 100, numberFormat: "0%" };
  if (THOUSANDS.test(t)) return { value: Number(t.replace(/,/g, "")) };
  if (CURRENCY.test(t)) return { value: Number(t.replace(/[$,\s]/g, "")), numberFormat: "$#,##0.00" };
  const iso = ISO_DATE.exec(t);
  const us = US_DATE.exec(t);
  const serial = iso
    ? serialOf(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : us
      ? serialOf(us[3]!.length === 2 ? 2000 + Number(us[3]) : Number(us[3]), Number(us[1]), Number(us[2]))
      : undefined;
  if (serial !== undefined) return { value: serial, numberFormat: "m/d/yyyy" };
  return undefined;
}
