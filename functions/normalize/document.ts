import type { Parsed } from './parsed';
import { cleanText } from './text';

const CPF_LENGTH = 11;
const CNPJ_LENGTH = 14;
const FORMATTED_DOCUMENT = /^[\d.\-/\s]+$/;
const SAME_DIGIT_REPEATED = /^(\d)\1*$/;
const CNPJ_FIRST_WEIGHTS = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_SECOND_WEIGHTS = [6, ...CNPJ_FIRST_WEIGHTS];

/** Modulo-11 check digit over `digits` with the given weights. */
function checkDigit(digits: string, weights: readonly number[]): number {
  const sum = weights.reduce((total, w, i) => total + w * Number(digits[i]), 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
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
 * Whether `digits` is a CNPJ: 14 digits whose two check digits agree.
 *
 * TODO: CNPJs with letters (issued from July 2026) fail here, so a company
 * holding one loses its associate until they are supported.
 */
export function isValidCnpj(digits: string): boolean {
  if (!/^\d{14}$/.test(digits) || SAME_DIGIT_REPEATED.test(digits)) {
    return false;
  }
  const first = checkDigit(digits, CNPJ_FIRST_WEIGHTS);
  const second = checkDigit(digits, CNPJ_SECOND_WEIGHTS);
  return digits.endsWith(`${first}${second}`);
}

/**
 * Restores the leading zeros a numeric value lost: up to 10 digits is a
 * CPF, 12 or 13 a CNPJ. Text keeps its digits as they are, since padding
 * a mistyped string could turn it into someone else's valid document.
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
  if (text === undefined || !FORMATTED_DOCUMENT.test(text)) return undefined;
  return text.replace(/\D/g, '');
}

/**
 * The digits of a CPF or CNPJ, check digits verified. Formatted input is
 * accepted (`921.903.006-30` -> `92190300630`).
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
