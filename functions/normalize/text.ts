import type { Parsed } from './parsed';

/**
 * Longest free text kept, in characters. Real SGA names and descriptions
 * are far shorter, so a longer value is a paste accident. It is truncated,
 * not rejected: free text never carries identity, and the start of a model
 * name is worth more than none. Codes are never truncated (see `code.ts`).
 */
export const MAX_TEXT_LENGTH = 200;

/**
 * Bound on the characters inspected per value, so that a megabyte of junk
 * costs no more than a long name; every cap is far below it.
 */
const MAX_SCAN_LENGTH = 10_000;

/** SGA's ways of saying "nothing", besides null. */
const EMPTY_MARKERS = new Set(['', '()']);

const CONTROL_CHARACTERS = /\p{Cc}/gu;
const WHITESPACE_RUNS = /\s+/g;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Trimmed text with inner whitespace collapsed and accents kept (in one
 * Unicode form, so `É` always compares equal). Numbers become their digits.
 * Absent for null, `""`, `"()"` and anything that is not text or a number.
 *
 * @example cleanText('  JOSÉ   DA  SILVA ') // 'JOSÉ DA SILVA'
 */
export function cleanText(raw: unknown): string | undefined {
  let text: string;
  if (typeof raw === 'string') text = raw.slice(0, MAX_SCAN_LENGTH);
  else if (typeof raw === 'number' && Number.isFinite(raw)) text = `${raw}`;
  else return undefined;
  const clean = text
    .normalize('NFC')
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(WHITESPACE_RUNS, ' ')
    .trim();
  return EMPTY_MARKERS.has(clean) ? undefined : clean;
}

/**
 * {@link cleanText}, cut to `maxLength` characters (never inside a
 * character) with a problem saying so.
 */
export function normalizeText(
  raw: unknown,
  maxLength = MAX_TEXT_LENGTH,
): Parsed<string> {
  const text = cleanText(raw);
  if (text === undefined) return {};
  if (text.length <= maxLength) return { value: text };
  const characters = Array.from(text);
  if (characters.length <= maxLength) return { value: text };
  return {
    value: characters.slice(0, maxLength).join('').trimEnd(),
    problem: `is longer than ${maxLength} characters; truncated`,
  };
}

/**
 * Removes accents and other combining marks (`CONCEIÇÃO` -> `CONCEICAO`).
 */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/**
 * The form in which SGA's labels (status, vehicle type) are compared:
 * clean, upper-case, without accents.
 *
 * @example foldUpper(' Automóvel ') // 'AUTOMOVEL'
 */
export function foldUpper(text: string): string {
  return foldAccents(cleanText(text) ?? '').toUpperCase();
}
