import type { Parsed } from './parsed';
import { cleanText } from './text';

/** RENAVAMs have had 9 digits and now have 11; old ones are zero-padded. */
const RENAVAM_LENGTH = 11;
const OLD_RENAVAM_LENGTH = 9;
const SEPARATORS = /[\s.-]/g;

/**
 * The RENAVAM as its 11 canonical digits (a 9-digit one gains its leading
 * zeros, as DETRAN pads them). All zeros means none. A number may have lost
 * its leading zeros in transit, so any number of up to 11 digits is padded.
 */
export function normalizeRenavam(raw: unknown): Parsed<string> {
  const invalid = { problem: 'is not a RENAVAM of 9 to 11 digits; ignored' };
  if (typeof raw === 'number' && !(Number.isSafeInteger(raw) && raw >= 0)) {
    return invalid;
  }
  const text = cleanText(raw);
  if (text === undefined) return {};
  const digits = text.replace(SEPARATORS, '');
  if (!/^\d+$/.test(digits)) return invalid;
  if (/^0+$/.test(digits)) return {};
  const shortest = typeof raw === 'number' ? 1 : OLD_RENAVAM_LENGTH;
  if (digits.length < shortest || digits.length > RENAVAM_LENGTH) {
    return invalid;
  }
  return { value: digits.padStart(RENAVAM_LENGTH, '0') };
}
