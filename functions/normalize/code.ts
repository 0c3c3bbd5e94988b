import type { Parsed } from './parsed';
import { cleanText } from './text';

/**
 * Longest code accepted. SGA codes are small integers; a longer value is
 * junk, and cutting it could make two records share one identity, so it is
 * refused rather than truncated.
 */
export const MAX_CODE_LENGTH = 64;

/**
 * An SGA code (vehicle, associate, model, FIPE) as text, whether SGA sent
 * it as a string or a number (`10232` -> `'10232'`).
 */
export function normalizeCode(raw: unknown): Parsed<string> {
  if (typeof raw === 'number' && !(Number.isSafeInteger(raw) && raw >= 0)) {
    return { problem: 'is a number but not a whole non-negative one' };
  }
  const code = cleanText(raw);
  if (code === undefined) return {};
  if (code.length > MAX_CODE_LENGTH) {
    return { problem: `is longer than ${MAX_CODE_LENGTH} characters` };
  }
  return { value: code };
}
