import { type DriftCounts, parseDriftKey, RECORDS_KEY } from './driftKeys';

/** One way a run's records differed from what the sync assumes. */
export interface DriftItem {
  kind: 'new field' | 'missing field' | 'new format' | 'new status';
  /** The SGA field; for a new status, `descricao_situacao`. */
  field: string;
  /** The format that came (new format) or the status text (new status). */
  value?: string;
  records: number;
}

/** The drift of a run, as its report carries it. */
export interface DriftSummary {
  records: number;
  items: DriftItem[];
  /** Why the run was refused before writing; empty when it was not. */
  sudden: string[];
}

const KINDS = {
  unknown: 'new field',
  missing: 'missing field',
  format: 'new format',
  status: 'new status',
} as const;

/** Items shown at most; the largest first. */
const MAX_ITEMS = 100;

/**
 * The counts of a run as report items, the most frequent first.
 *
 * @example
 * summarizeDrift({ records: 9, 'unknown|placa_nova': 9 }, []).items
 * // [{ kind: 'new field', field: 'placa_nova', records: 9 }]
 */
export function summarizeDrift(
  counts: DriftCounts,
  sudden: readonly string[],
): DriftSummary {
  const items: DriftItem[] = [];
  for (const [key, records] of Object.entries(counts)) {
    const parsed = parseDriftKey(key);
    if (!parsed) continue;
    const item: DriftItem = {
      kind: KINDS[parsed.kind],
      field: parsed.kind === 'status' ? 'descricao_situacao' : parsed.subject,
      records,
    };
    if (parsed.kind === 'status') item.value = parsed.subject;
    if (parsed.format !== undefined) item.value = parsed.format;
    items.push(item);
  }
  items.sort((a, b) => b.records - a.records || a.field.localeCompare(b.field));
  return {
    records: counts[RECORDS_KEY] ?? 0,
    items: items.slice(0, MAX_ITEMS),
    sudden: [...sudden],
  };
}

/** The drift items as one line each, for logs and the terminal. */
export function describeDriftItem(item: DriftItem): string {
  const value =
    item.value === undefined ? '' : ` ${JSON.stringify(item.value)}`;
  return `${item.kind} ${item.field}${value}: ${item.records} records`;
}
