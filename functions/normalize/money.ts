import type { Parsed } from './parsed';
import { cleanText } from './text';

/** Longest money text read; no FIPE value needs more. */
const MAX_MONEY_LENGTH = 32;
const CURRENCY = /^R\$\s*/i;

/**
 * An amount: a whole part, either grouped in thousands by one separator or
 * plain digits, then an optional decimal part.
 */
const AMOUNT = new RegExp(
  '^(?:' +
    String.raw`(?<dotGrouped>\d{1,3}(?:\.\d{3})+)` +
    String.raw`|(?<commaGrouped>\d{1,3}(?:,\d{3})+)` +
    String.raw`|(?<plain>\d+)` +
    ')' +
    String.raw`(?:(?<decimalMark>[.,])(?<decimals>\d+))?$`,
);

const INVALID = { problem: 'is not an amount of money; ignored' };

/**
 * An amount in reais from SGA's several spellings: a number, `"130599.00"`,
 * `"1.234,56"`, `"R$ 1.234,56"`.
 *
 * Ambiguous strings follow one rule: a separator followed by exactly three
 * digits, after a group of one to three digits, groups thousands, so
 * `"45.678"` and `"45,678"` are 45678. SGA writes decimal values with two
 * decimals (`"130599.00"`), and Brazilian formatting uses the dot for
 * thousands, so three digits after the only separator are never cents.
 * Any other last separator is the decimal mark (`"12,5"` is 12.5). A value
 * mixing the same separator as grouping and decimal mark is refused.
 *
 * @example normalizeMoney('R$ 1.234,56') // { value: 1234.56 }
 */
export function normalizeMoney(raw: unknown): Parsed<number> {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) && raw >= 0 ? { value: raw } : INVALID;
  }
  const text = cleanText(raw);
  if (text === undefined) return {};
  if (text.length > MAX_MONEY_LENGTH) return INVALID;
  const amount = text.replace(CURRENCY, '');
  const groups = AMOUNT.exec(amount)?.groups;
  if (groups === undefined) return INVALID;
  const { dotGrouped, commaGrouped, plain, decimalMark, decimals } = groups;
  const groupMark = dotGrouped ? '.' : commaGrouped ? ',' : undefined;
  if (decimalMark !== undefined && decimalMark === groupMark) return INVALID;
  const whole = (dotGrouped ?? commaGrouped ?? plain).replace(/[.,]/g, '');
  const value = Number(decimals === undefined ? whole : `${whole}.${decimals}`);
  return Number.isFinite(value) ? { value } : INVALID;
}
