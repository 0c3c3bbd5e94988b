import type { Parsed } from './parsed';
import { cleanText } from './text';

/** `YYYY-MM-DD`, optionally followed by a time of day, which is dropped. */
const ISO_DATE = new RegExp(
  String.raw`^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})` +
    String.raw`(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$`,
);
const BRAZILIAN_DATE = /^(?<day>\d{2})\/(?<month>\d{2})\/(?<year>\d{4})$/;
/** SGA's placeholders for "no date": `0000-00-00`, `9999-99-99`. */
const PLACEHOLDER_DIGITS = /^(?:0+|9+)$/;

/** Whether year, month and day name a real day (29 February included). */
export function isCalendarDate(
  year: number,
  month: number,
  day: number,
): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999; set the year explicitly.
  date.setUTCFullYear(year);
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/**
 * A date as `YYYY-MM-DD`, from ISO (`1984-03-12`, with or without a time)
 * or Brazilian (`12/03/1984`) text. Absent for null, `""`, `0000-00-00`
 * and `9999-99-99`; a problem for anything else that is not a real day.
 *
 * @example normalizeDate('31/12/1999') // { value: '1999-12-31' }
 */
export function normalizeDate(raw: unknown): Parsed<string> {
  const text = cleanText(raw);
  if (text === undefined) return {};
  const parts = (ISO_DATE.exec(text) ?? BRAZILIAN_DATE.exec(text))?.groups;
  if (parts === undefined) return { problem: 'is not a date; ignored' };
  const { year, month, day } = parts;
  if (PLACEHOLDER_DIGITS.test(`${year}${month}${day}`)) return {};
  if (!isCalendarDate(Number(year), Number(month), Number(day))) {
    return { problem: 'is not a calendar date; ignored' };
  }
  return { value: `${year}-${month}-${day}` };
}
