import type { Parsed } from './parsed';
import { cleanText } from './text';

/** The longest address mail servers accept. */
const MAX_EMAIL_LENGTH = 254;
/** Deliberately loose: one `@`, no spaces, a dot in the domain. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/**
 * An e-mail address, trimmed and lower-cased. Only the shape is checked:
 * whether it delivers is not for a sync to find out.
 *
 * @example normalizeEmail(' Luiz@Example.com ') // 'luiz@example.com'
 */
export function normalizeEmail(raw: unknown): Parsed<string> {
  const text = cleanText(raw);
  if (text === undefined) return {};
  const email = text.toLowerCase();
  if (email.length <= MAX_EMAIL_LENGTH && EMAIL.test(email)) {
    return { value: email };
  }
  return { problem: 'is not an e-mail address; ignored' };
}
