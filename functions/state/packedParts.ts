import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * The most a packed part may weigh. DynamoDB takes items of up to 400 KB,
 * keys and other attributes included; the rest is headroom.
 */
export const PART_LIMIT_BYTES = 350_000;

/**
 * Packs a list into gzip-compressed JSON parts, in order, each under
 * `limit` bytes: one item can then hold hundreds of records, so a run of
 * 50,000 records is a few hundred reads and writes instead of 50,000.
 * A list too large for one part is halved until every part fits; one
 * entry alone is never split, and is the caller's to keep small.
 *
 * @example
 * const parts = packParts(records); // usually one part per SGA page
 * parts.flatMap((p) => unpackPart(p)); // records, in order
 */
export function packParts<T>(
  list: readonly T[],
  limit = PART_LIMIT_BYTES,
): Uint8Array[] {
  if (list.length === 0) return [];
  const packed = gzipSync(JSON.stringify(list));
  if (packed.length <= limit || list.length === 1) return [packed];
  const half = Math.ceil(list.length / 2);
  return [
    ...packParts(list.slice(0, half), limit),
    ...packParts(list.slice(half), limit),
  ];
}

/** The entries of one part, as `packParts` wrote them. */
export function unpackPart<T>(part: Uint8Array): T[] {
  const list: unknown = JSON.parse(gunzipSync(part).toString('utf8'));
  if (!Array.isArray(list)) throw new Error('a packed part is not a list');
  return list as T[];
}
