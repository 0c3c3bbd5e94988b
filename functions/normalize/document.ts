import type { Parsed } from './parsed';
import { cleanText } from './text';

const CPF_LENGTH = 11;
const CNPJ_LENGTH = 14;
const FORMATTED_DOCUMENT = /^[\d.\-/\s]+$/;
/**
 * A CNPJ with letters (issued since July 2026), compact or written as
 * `12.ABC.345/01DE-35`: twelve letters or digits, two check digits.
 */
const ALPHANUMERIC_CNPJ =
  /^[\dA-Z]{2}\.?[\dA-Z]{3}\.?[\dA-Z]{3}\/?[\dA-Z]{4}-?\d{2}$/i;
const COMPACT_CNPJ = /^[\dA-Z]{12}\d{2}$/;
const SAME_DIGIT_REPEATED = /^(\d)\1*$/;
const CNPJ_FIRST_WEIGHTS = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_SECOND_WEIGHTS = [6, ...CNPJ_FIRST_WEIGHTS];

/**
 * Modulo-11 check digit over `chars` with the given weights. A character
 * counts as its ASCII code less 48: digits keep their value, and the
 * letters of a new CNPJ run from A = 17 to Z = 42, as the Receita Federal
 * defines them.
 */
function checkDigit(chars: string, weights: readonly number[]): number {
  const sum = weights.reduce(
    (total, w, i) => total + w * (chars.charCodeAt(i) - 48),
    0,
  );
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/**
 * A CNPJ as the sync keeps it: separators dropped, letters in upper case
 * (`12.abc.345/01de-35` -> `12ABC34501DE35`).
 */
export function compactCnpj(text: string): string {
  return text.replace(/[^\dA-Za-z]/g, '').toUpperCase();
}

/**
 * Whether `digits` is a CPF: 11 digits whose two check digits agree, and
 * not one digit repeated (`111.111.111-11` passes the arithmetic only).
 */
export function isValidCpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || SAME_DIGIT_REPEATED.test(digits)) {
    return false;
  }
  const first = checkDigit(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = checkDigit(digits, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return digits.endsWith(`${first}${second}`);
}

/**
 * Whether `value` is a CNPJ: 14 characters, the first twelve digits or
 * upper-case letters, whose two check digits agree.
 */
export function isValidCnpj(value: string): boolean {
  if (!COMPACT_CNPJ.test(value) || SAME_DIGIT_REPEATED.test(value)) {
    return false;
  }
  const first = checkDigit(value, CNPJ_FIRST_WEIGHTS);
  const second = checkDigit(value, CNPJ_SECOND_WEIGHTS);
  return value.endsWith(`${first}${second}`);
}

/**
 * Restores the leading zeros a numeric value lost: up to 10 digits is a
 * CPF, 12 or 13 a CNPJ. Text keeps its digits as they are, since padding
 * a mistyped string could turn it into someone else's valid document;
 * text with letters is read only as a CNPJ.
 */
function digitsOf(raw: unknown): string | undefined {
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw) || raw <= 0) return undefined;
    const digits = `${raw}`;
    if (digits.length < CPF_LENGTH) return digits.padStart(CPF_LENGTH, '0');
    if (digits.length === CPF_LENGTH) return digits;
    return digits.padStart(CNPJ_LENGTH, '0');
  }
  const text = cleanText(raw);
  if (text === undefined) return undefined;
  if (FORMATTED_DOCUMENT.test(text)) return text.replace(/\D/g, '');
  return ALPHANUMERIC_CNPJ.test(text) ? compactCnpj(text) : undefined;
}

/**
 * The digits of a CPF or CNPJ (a new CNPJ's letters too), check digits
 * verified. Formatted input is accepted (`921.903.006-30` ->
 * `92190300630`, `12.ABC.345/01DE-35` -> `12ABC34501DE35`).
 */
export function normalizeDocument(raw: unknown): Parsed<string> {
  if (cleanText(raw) === undefined) return {};
  const digits = digitsOf(raw);
  if (digits === undefined) return { problem: 'is not a CPF or a CNPJ' };
  if (digits.length === CPF_LENGTH) {
    return isValidCpf(digits)
      ? { value: digits }
      : { problem: 'is a CPF with wrong check digits' };
  }
  if (digits.length === CNPJ_LENGTH) {
    return isValidCnpj(digits)
      ? { value: digits }
      : { problem: 'is a CNPJ with wrong check digits' };
  }
  return { problem: 'has neither 11 (CPF) nor 14 (CNPJ) digits' };
}
