import type { Parsed } from './parsed';
import { cleanText } from './text';

/** No vehicle still insured was built earlier. */
export const MIN_YEAR = 1900;
/** Model years run ahead of the calendar; two years covers every launch. */
export const YEARS_AHEAD = 2;

/**
 * A manufacturing or model year from a number or digits (`"2012"`), in
 * 1900 .. this year + 2. Absent for null, `""` and 0 (SGA's "unknown").
 *
 * @param now - the moment that sets "this year"; tests pass a fixed one.
 */
export function normalizeYear(
  raw: unknown,
  now: Date = new Date(),
): Parsed<number> {
  const text = cleanText(raw);
  if (text === undefined) return {};
  if (!/^\d{1,4}$/.test(text)) return { problem: 'is not a year; ignored' };
  const year = Number(text);
  if (year === 0) return {};
  if (year < MIN_YEAR || year > now.getUTCFullYear() + YEARS_AHEAD) {
    return { problem: 'is not a plausible year; ignored' };
  }
  return { value: year };
}
