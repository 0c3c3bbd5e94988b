import { Random } from './random';

/**
 * Brazilian document numbers with real check digits: CPF (people), CNPJ
 * (companies) and RENAVAM (vehicle registration). The sync validates check
 * digits, so invented numbers must pass unless a record is meant to be bad.
 */

const CPF_FIRST_WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];
const CPF_SECOND_WEIGHTS = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_FIRST_WEIGHTS = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_SECOND_WEIGHTS = [6, ...CNPJ_FIRST_WEIGHTS];
const RENAVAM_WEIGHTS = [3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

function weightedSum(digits: string, weights: number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * +digits[i], 0);
}

function modElevenDigit(digits: string, weights: number[]): string {
  const rest = weightedSum(digits, weights) % 11;
  return String(rest < 2 ? 0 : 11 - rest);
}

function cpfFromBase(base: string): string {
  const first = base + modElevenDigit(base, CPF_FIRST_WEIGHTS);
  return first + modElevenDigit(first, CPF_SECOND_WEIGHTS);
}

function cnpjFromBase(base: string): string {
  const first = base + modElevenDigit(base, CNPJ_FIRST_WEIGHTS);
  return first + modElevenDigit(first, CNPJ_SECOND_WEIGHTS);
}

/** An 11-digit CPF with valid check digits, never all one digit. */
export function makeCpf(random: Random): string {
  let base = random.chars('0123456789', 9);
  while (/^(\d)\1+$/.test(base)) base = random.chars('0123456789', 9);
  return cpfFromBase(base);
}

/** A 14-digit CNPJ of a head office (`0001`) with valid check digits. */
export function makeCnpj(random: Random): string {
  return cnpjFromBase(random.chars('0123456789', 8) + '0001');
}

/** An 11-digit RENAVAM with its check digit. */
export function makeRenavam(random: Random): string {
  const base = random.chars('0123456789', 10);
  const digit = (weightedSum(base, RENAVAM_WEIGHTS) * 10) % 11;
  return base + String(digit === 10 ? 0 : digit);
}

/** The same CPF with its last check digit changed, so that it fails. */
export function breakCheckDigit(document: string): string {
  const last = +document[document.length - 1];
  return document.slice(0, -1) + String((last + 1) % 10);
}

/** `52596589060` as `525.965.890-60`, the way some SGA records send it. */
export function formatCpf(cpf: string): string {
  return cpf.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4');
}

/** Whether the digits of `text` form a CPF with valid check digits. */
export function isValidCpf(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 11 || /^(\d)\1+$/.test(digits)) return false;
  return cpfFromBase(digits.slice(0, 9)) === digits;
}

/** Whether the digits of `text` form a CNPJ with valid check digits. */
export function isValidCnpj(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 14 || /^(\d)\1+$/.test(digits)) return false;
  return cnpjFromBase(digits.slice(0, 12)) === digits;
}
