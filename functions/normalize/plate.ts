import type { Parsed } from './parsed';
import { cleanText } from './text';

const OLD_PLATE = /^[A-Z]{3}\d{4}$/;
const MERCOSUL_PLATE = /^[A-Z]{3}\d[A-Z]\d{2}$/;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/**
 * A plate as SGA's users type it, in canonical form: upper-case, letters
 * and digits only (`hgb-3390` -> `HGB3390`). Not yet checked.
 */
export function canonicalPlate(text: string): string {
  return text.toUpperCase().replace(NOT_LETTER_OR_DIGIT, '');
}

/** Whether a canonical plate is old-style `AAA9999` or Mercosul `AAA9A99`. */
export function isValidPlate(plate: string): boolean {
  return OLD_PLATE.test(plate) || MERCOSUL_PLATE.test(plate);
}

/**
 * The vehicle's plate: absent when SGA sends none (a new vehicle not yet
 * plated), a problem when it is not a Brazilian plate. Plates are how
 * Softruck finds a vehicle, so the caller rejects a record with a problem.
 *
 * @example normalizePlate('hgb-3390') // { value: 'HGB3390' }
 */
export function normalizePlate(raw: unknown): Parsed<string> {
  const text = cleanText(raw);
  if (text === undefined) return {};
  const plate = canonicalPlate(text);
  if (isValidPlate(plate)) return { value: plate };
  return { problem: 'is neither an old (AAA9999) nor a Mercosul plate' };
}
