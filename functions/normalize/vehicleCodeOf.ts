import { normalizeCode } from './code';

/**
 * The vehicle code of a raw record, when it has a usable one, even if the
 * rest of the record was rejected: a vehicle SGA still lists, however
 * badly, must never be taken for one that left. Never throws, whatever
 * the input (a hostile getter included).
 */
export function vehicleCodeOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  try {
    const code = (raw as Record<string, unknown>).codigo_veiculo;
    return normalizeCode(code).value;
  } catch {
    return undefined;
  }
}
