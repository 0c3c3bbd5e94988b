import { ASSOCIATE_FIELDS, makeAssociate } from './associates';
import { buildRecord, RawRecord } from './buildRecord';
import { Random } from './random';
import { planChange } from './recordChanges';
import { ACTIVE_CODE } from './shares';
import { VehicleIndex } from './vehicleIndex';

export { isActiveStatus } from './vehicleIndex';

/** How much one day changes; every count defaults to 0. */
export interface NextDayOptions {
  seed: number;
  newVehicles?: number;
  changed?: number;
  cancelled?: number;
  reactivated?: number;
  removed?: number;
}

/** Vehicle codes, as strings, of what the day changed. */
export interface DayChanges {
  added: string[];
  changed: string[];
  cancelled: string[];
  reactivated: string[];
  removed: string[];
}

const ENDINGS: [string, number][] = [
  ['CANCELAMENTO', 6],
  ['INADIMPLENTE', 4],
  ['EXCLUIDO', 11],
];
/** Share of new vehicles that belong to an associate already there. */
const FLEET_GROWTH = 0.25;

function statusPatch(record: RawRecord, text: string, code: number) {
  const numeric = typeof record.codigo_situacao === 'number';
  return {
    descricao_situacao: text,
    codigo_situacao: numeric ? code : `${code}`,
  };
}

/** Takes `count` codes out of `pool`, so that no vehicle is picked twice. */
function take(
  random: Random,
  pool: string[],
  count: number | undefined,
  what: string,
): string[] {
  if ((count ?? 0) > pool.length) {
    throw new RangeError(`Only ${pool.length} vehicles can be ${what}`);
  }
  const taken = new Set(random.sample(pool, count ?? 0));
  pool.splice(0, pool.length, ...pool.filter((code) => !taken.has(code)));
  return [...taken].sort((a, b) => Number(a) - Number(b));
}

function highest(records: RawRecord[], field: string): number {
  return records.reduce((max, r) => Math.max(max, Number(r[field]) || 0), 0);
}

function associateOf(record: RawRecord): RawRecord {
  const fields: RawRecord = {};
  for (const field of ASSOCIATE_FIELDS) fields[field] = record[field];
  fields.codigo_associado = String(record.codigo_associado);
  return fields;
}

/**
 * The association one day later: vehicles added, edited, cancelled,
 * reactivated and removed, with every copy of a repeated record edited the
 * same way. The input is not modified.
 *
 * @throws RangeError when there are not enough vehicles for a count.
 * @example
 * const day2 = nextDay(day1, { seed: 8, changed: 20, cancelled: 5 });
 * sandbox.setAssociation('token-a', { records: day2.records });
 */
export function nextDay(
  records: RawRecord[],
  options: NextDayOptions,
): { records: RawRecord[]; changes: DayChanges } {
  const random = new Random(options.seed);
  const today = structuredClone(records);
  const index = new VehicleIndex(today);
  const active = index.codes().filter((code) => index.isActive(code));
  const inactive = index.codes().filter((code) => !index.isActive(code));
  const reactivated = take(
    random,
    inactive,
    options.reactivated,
    'reactivated',
  );
  const cancelled = take(random, active, options.cancelled, 'cancelled');
  const rest = [...active, ...inactive];
  const removed = take(random, rest, options.removed, 'removed');
  const changed = take(random, rest, options.changed, 'changed');

  for (const code of reactivated) {
    index.edit(code, statusPatch(index.first(code), 'ATIVO', ACTIVE_CODE));
  }
  for (const code of cancelled) {
    const [text, status] = random.pick(ENDINGS);
    index.edit(code, statusPatch(index.first(code), text, status));
  }
  for (const code of changed) {
    const lone = index.isLone(code);
    index.edit(code, planChange(random, index.ids, index.first(code), lone));
  }
  const gone = new Set(removed);
  const kept = today.filter((r) => !gone.has(String(r.codigo_veiculo ?? '')));

  const added: string[] = [];
  let vehicleCode = highest(today, 'codigo_veiculo');
  let associateCode = highest(today, 'codigo_associado');
  for (let i = 0; i < (options.newVehicles ?? 0); i += 1) {
    vehicleCode += 1;
    const associate =
      rest.length > 0 && random.chance(FLEET_GROWTH)
        ? associateOf(index.first(random.pick(rest)))
        : makeAssociate(random, (associateCode += 1));
    kept.push(buildRecord(random, index.ids, associate, vehicleCode));
    added.push(String(vehicleCode));
  }
  return {
    records: kept,
    changes: { added, changed, cancelled, reactivated, removed },
  };
}
