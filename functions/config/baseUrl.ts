import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * True when `url` is https, or http to a loopback host (the local servers
 * and tests). Anything else would send tokens in clear text.
 */
export function isAllowedBaseUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
}

/** A base URL: https, or http on loopback; a trailing slash is dropped. */
export const baseUrlSchema = z
  .string()
  .refine(isAllowedBaseUrl, {
    message: 'must be an https URL (http only for localhost/127.0.0.1/[::1])',
  })
  .transform((url) => url.replace(/\/+$/, ''));
