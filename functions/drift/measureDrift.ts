import { canonicalStatus } from '../normalize/status';
import {
  SGA_FIELDS,
  SGA_FIELD_NAMES,
  SGA_KNOWN_STATUSES,
  SGA_UNREAD_FIELDS,
  isSgaFieldName,
} from '../normalize/sgaFields';
import { isEmptySgaValue } from '../normalize/sgaFormats';
import { driftKey, type DriftCounts, RECORDS_KEY } from './driftKeys';
import { formatOf, typeOf } from './valueFormat';

/**
 * Distinct keys one page may add. A page of records each with fields of
 * their own could otherwise grow the run item without bound.
 */
export const MAX_KEYS_PER_PAGE = 60;
const TRUNCATED_KEY = 'truncated';

const isAssumedName = (name: string) =>
  isSgaFieldName(name) || SGA_UNREAD_FIELDS.includes(name);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The drift keys of one record, each once. */
function keysOf(raw: unknown): string[] {
  if (!isPlainObject(raw)) {
    return [driftKey('format', 'record', typeOf(raw))];
  }
  const keys: string[] = [];
  for (const name of Object.keys(raw)) {
    if (!isAssumedName(name)) keys.push(driftKey('unknown', name));
  }
  for (const name of SGA_FIELD_NAMES) {
    const spec = SGA_FIELDS[name];
    const present = Object.hasOwn(raw, name);
    const value = present ? raw[name] : undefined;
    const empty = spec.required && isEmptySgaValue(value);
    if ((!present && spec.expected) || (present && empty)) {
      keys.push(driftKey('missing', name));
    }
    if (!present) continue;
    const format = formatOf(value, spec.kind);
    if (!format.assumed) keys.push(driftKey('format', name, format.name));
  }
  const status = raw.descricao_situacao;
  if (typeof status === 'string' && status.trim() !== '') {
    const canonical = canonicalStatus(status);
    if (!SGA_KNOWN_STATUSES.includes(canonical)) {
      keys.push(driftKey('status', canonical));
    }
  }
  return keys;
}

/**
 * Counts how the records of one page differ from what the sync assumes of
 * SGA (`SGA_FIELDS`, their formats, the known statuses). Reads without
 * throwing, whatever the records hold; counts hold no value.
 *
 * @example
 * measureDrift([{ codigo_veiculo: 1, placa_nova: 'ABC1234' }])
 * // { records: 1, 'unknown|placa_nova': 1, 'missing|placa': 1, ... }
 */
export function measureDrift(raw: readonly unknown[]): DriftCounts {
  const counts: DriftCounts = { [RECORDS_KEY]: raw.length };
  let distinct = 1;
  for (const record of raw) {
    let keys: string[];
    try {
      keys = keysOf(record);
    } catch {
      // A hostile value (a throwing getter) is a record no reader can use.
      keys = [driftKey('format', 'record', 'unreadable')];
    }
    for (const key of keys) {
      if (counts[key] === undefined && distinct >= MAX_KEYS_PER_PAGE) {
        counts[TRUNCATED_KEY] = (counts[TRUNCATED_KEY] ?? 0) + 1;
        continue;
      }
      if (counts[key] === undefined) distinct++;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}
