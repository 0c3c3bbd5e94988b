import type { Parsed } from './parsed';
import { cleanText } from './text';

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const ASCII_LETTERS_AND_DIGITS = /^[A-Z0-9]+$/;
const SAME_CHARACTER_REPEATED = /^(.)\1*$/;

/**
 * Shortest and longest chassis numbers kept. A modern VIN has 17
 * characters, but vehicles built before 1988 carry shorter factory
 * numbers, and dropping the vehicle over them would lose real cars. Twenty
 * is also the most Softruck stores.
 */
export const MIN_CHASSIS_LENGTH = 6;
export const MAX_CHASSIS_LENGTH = 20;

/**
 * The chassis number, upper-case with spaces and separators removed
 * (`9bd 195 4jm2p5 01234` -> `9BD1954JM2P501234`).
 *
 * Any length from 6 to 20 is kept as is, since old vehicles exist. A value
 * that is clearly not a chassis (too short or long, no digit at all, one
 * character repeated, letters outside A-Z) is dropped with a problem; the
 * vehicle itself stays, as a chassis is not its identity in SGA.
 */
export function normalizeChassis(raw: unknown): Parsed<string> {
  const text = cleanText(raw);
  if (text === undefined) return {};
  const chassis = text.toUpperCase().replace(NOT_LETTER_OR_DIGIT, '');
  if (chassis === '') return {};
  const plausible =
    chassis.length >= MIN_CHASSIS_LENGTH &&
    chassis.length <= MAX_CHASSIS_LENGTH &&
    ASCII_LETTERS_AND_DIGITS.test(chassis) &&
    /\d/.test(chassis) &&
    !SAME_CHARACTER_REPEATED.test(chassis);
  if (plausible) return { value: chassis };
  return { problem: 'does not look like a chassis number; ignored' };
}
