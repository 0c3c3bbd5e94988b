/**
 * Drift is counted as numbers under flat keys, so that each page can add
 * its counts to the run with one DynamoDB `ADD` per key:
 *
 * - `records`: records SGA sent;
 * - `unknown|<field>`: records carrying a field the sync does not assume;
 * - `missing|<field>`: records without an assumed field (a required one
 *   counts as missing when empty too);
 * - `format|<field>|<format>`: values in a format not assumed for the field;
 * - `status|<status>`: records whose status is not a known one.
 */
export type DriftCounts = Record<string, number>;

export type DriftKind = 'unknown' | 'missing' | 'format' | 'status';

/** One decoded key. */
export interface DriftKey {
  kind: DriftKind;
  /** The SGA field, or the status text for `status`. */
  subject: string;
  format?: string;
}

export const RECORDS_KEY = 'records';
const SEPARATOR = '|';
const LONGEST_PART = 40;

/**
 * A field name or status as SGA sent it, made safe to store and show:
 * anything but letters, digits, `_`, `-` and spaces becomes `_`, cut short.
 */
export function safePart(text: string): string {
  return text.replace(/[^\p{L}\p{N}_\- ]/gu, '_').slice(0, LONGEST_PART);
}

export function driftKey(kind: DriftKind, subject: string, format?: string) {
  const parts = [kind, safePart(subject)];
  if (format !== undefined) parts.push(format.replaceAll(SEPARATOR, '/'));
  return parts.join(SEPARATOR);
}

/** The parts of a key; `undefined` for `records` and unknown keys. */
export function parseDriftKey(key: string): DriftKey | undefined {
  const [kind, subject, format] = key.split(SEPARATOR);
  if (!['unknown', 'missing', 'format', 'status'].includes(kind)) {
    return undefined;
  }
  if (subject === undefined) return undefined;
  return { kind: kind as DriftKind, subject, format };
}

/** Adds `more` into `into`, key by key. */
export function addCounts(into: DriftCounts, more: DriftCounts): DriftCounts {
  for (const [key, n] of Object.entries(more)) into[key] = (into[key] ?? 0) + n;
  return into;
}
