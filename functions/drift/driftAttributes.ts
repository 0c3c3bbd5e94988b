import type { DriftCounts } from './driftKeys';

/**
 * How a run item stores drift: one number attribute per key (`drift#…`),
 * so a page ADDs its counts without reading the run, plus a string set of
 * the sudden changes single pages showed.
 */
const PREFIX = 'drift#';
export const SUDDEN_ATTRIBUTE = 'driftSudden';

/** A page's drift, as `markPageDone` adds it to the run. */
export interface PageDrift {
  counts: DriftCounts;
  sudden: string[];
}

/** The ADD clauses, names and values of a page's drift. */
export function driftUpdate(drift: PageDrift | undefined) {
  const adds: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  Object.entries(drift?.counts ?? {}).forEach(([key, n], i) => {
    names[`#drift${i}`] = `${PREFIX}${key}`;
    values[`:drift${i}`] = n;
    adds.push(`#drift${i} :drift${i}`);
  });
  if (drift?.sudden.length) {
    adds.push(`${SUDDEN_ATTRIBUTE} :driftSudden`);
    values[':driftSudden'] = new Set(drift.sudden);
  }
  return { adds, names, values };
}

/** Splits a stored run item into its drift and everything else. */
export function driftFromItem(item: Record<string, unknown>) {
  const rest: Record<string, unknown> = {};
  const counts: DriftCounts = {};
  for (const [name, value] of Object.entries(item)) {
    if (name.startsWith(PREFIX)) {
      counts[name.slice(PREFIX.length)] = Number(value);
    } else if (name !== SUDDEN_ATTRIBUTE) rest[name] = value;
  }
  const stored = item[SUDDEN_ATTRIBUTE] as Set<string> | undefined;
  const drift = Object.keys(counts).length ? { drift: counts } : {};
  const sudden = stored ? { driftSudden: [...stored].sort() } : {};
  return { rest, ...drift, ...sudden };
}
