import type { FieldObservation } from './probeTypes';
import { typeOf } from './valueFormat';

/** Distinct formats kept per field; the rest are counted as `other`. */
const MAX_FORMATS = 8;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every field name of `records`, with the JSON types and the formats its
 * values came in; `formatOf` names a value's format without its value.
 */
export function observeRecords(
  records: readonly unknown[],
  formatOf: (field: string, value: unknown) => string,
): Record<string, FieldObservation> {
  const fields: Record<string, FieldObservation> = {};
  for (const record of records) {
    if (!isPlainObject(record)) continue;
    for (const [name, value] of Object.entries(record)) {
      const seen = (fields[name] ??= { records: 0, types: {}, formats: {} });
      seen.records++;
      const type = typeOf(value);
      seen.types[type] = (seen.types[type] ?? 0) + 1;
      let format = formatOf(name, value);
      const known = Object.keys(seen.formats);
      if (!(format in seen.formats) && known.length >= MAX_FORMATS) {
        format = 'other';
      }
      seen.formats[format] = (seen.formats[format] ?? 0) + 1;
    }
  }
  return fields;
}

/** Where an answer's records are, and how they came. */
export function recordsOf(body: unknown) {
  if (body === undefined) return { shape: 'empty' as const, records: [] };
  if (Array.isArray(body)) return { shape: 'array' as const, records: body };
  if (!isPlainObject(body)) return { shape: 'other' as const, records: [] };
  const entries = Object.entries(body);
  const numeric = entries.filter(([key]) => /^\d+$/.test(key));
  if (numeric.length === 0) return { shape: 'object' as const, records: [] };
  return {
    shape: 'numeric-keys object' as const,
    records: numeric
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, value]) => value),
    otherKeys: entries.map(([key]) => key).filter((k) => !/^\d+$/.test(k)),
  };
}
