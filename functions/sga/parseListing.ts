import { SgaResponseError } from './errors';
import type { SgaRoute } from './routes';

const COUNT_KEYS = new Set(['quantidade_veiculos', 'quantidade', 'total']);

/**
 * The records of a listing, whichever shape SGA chose: a JSON array, or
 * an object with numeric keys plus a count (`{"0": {...}, "1": {...},
 * "quantidade_veiculos": 2}`). Records keep their order.
 */
export function parseListing(body: unknown, route: SgaRoute): unknown[] {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object') {
    const entries = Object.entries(body as Record<string, unknown>);
    const numeric = entries
      .filter(([key]) => /^\d+$/.test(key))
      .sort(([a], [b]) => Number(a) - Number(b));
    const others = entries.filter(
      ([key]) => !/^\d+$/.test(key) && !COUNT_KEYS.has(key),
    );
    if (numeric.length > 0 || others.length === 0) {
      return numeric.map(([, value]) => value);
    }
  }
  throw new SgaResponseError(
    'answer is neither a list of records nor a numeric-keys object',
    route,
  );
}

/** Reads a count that SGA may send as a number or as a numeric string. */
export function parseCount(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}
