import { SGA_FIELDS, SGA_FIELD_NAMES } from '../normalize/sgaFields';
import { type DriftCounts, parseDriftKey, RECORDS_KEY } from './driftKeys';

/** Above this share of records, a vital field's loss is no accident. */
export const SUDDEN_SHARE = 0.5;
/**
 * Fewest records a verdict is drawn on: below it, a few bad records are
 * rejected one by one as before.
 */
export const SUDDEN_MINIMUM_RECORDS = 10;

/**
 * Fields without which a record cannot be written rightly: the required
 * ones and those whose bad value rejects the record (the plate).
 */
export const VITAL_FIELDS = SGA_FIELD_NAMES.filter(
  (name) => SGA_FIELDS[name].required || SGA_FIELDS[name].scope === 'record',
);

/**
 * The sudden changes in `counts`: each vital field missing, or in a format
 * the sync does not read, on more than half of the records. `where` names
 * the sample (`page 3`, `the run`). Empty when there is none.
 *
 * @example
 * suddenChanges({ records: 50, 'missing|codigo_veiculo': 50 }, 'page 1')
 * // ['page 1: codigo_veiculo missing or unreadable on 50 of 50 records']
 */
export function suddenChanges(counts: DriftCounts, where: string): string[] {
  const records = counts[RECORDS_KEY] ?? 0;
  if (records < SUDDEN_MINIMUM_RECORDS) return [];
  const lost = new Map<string, number>();
  for (const [key, n] of Object.entries(counts)) {
    const parsed = parseDriftKey(key);
    if (!parsed || (parsed.kind !== 'missing' && parsed.kind !== 'format')) {
      continue;
    }
    lost.set(parsed.subject, (lost.get(parsed.subject) ?? 0) + n);
  }
  return VITAL_FIELDS.filter(
    (field) => (lost.get(field) ?? 0) > records * SUDDEN_SHARE,
  ).map(
    (field) =>
      `${where}: ${field} missing or unreadable on ` +
      `${Math.min(lost.get(field) ?? 0, records)} of ${records} records`,
  );
}
