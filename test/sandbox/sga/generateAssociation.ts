import { isCompany, makeAssociate } from './associates';
import { buildRecord, RawRecord } from './buildRecord';
import { breakCheckDigit, formatCpf } from './documents';
import { Random } from './random';
import { rareCount, SHARES } from './shares';
import { VehicleIdRegistry } from './vehicleIds';

export { nextDay } from './nextDay';
export type { DayChanges, NextDayOptions } from './nextDay';
export type { RawRecord } from './buildRecord';

/** What to generate. */
export interface GenerateOptions {
  /** Equal seeds give equal associations, record for record. */
  seed: number;
  /** Distinct records to make; identical repeats come on top. */
  vehicles: number;
}

/** The first codes handed out, near the samples' so both read alike. */
export const FIRST_VEHICLE_CODE = 20001;
export const FIRST_ASSOCIATE_CODE = 8001;
const MAX_VEHICLES = 200_000;
/** Repeats land this far down the list, so on another page. */
const REPEAT_DISTANCE = [100, 400] as const;

function fleetSize(random: Random): number {
  const roll = random.next();
  if (roll < SHARES.threeVehicles) return 3;
  return roll < SHARES.threeVehicles + SHARES.twoVehicles ? 2 : 1;
}

/** One associate per slot; shuffled so a second vehicle comes later. */
function vehicleSlots(random: Random, vehicles: number) {
  const slots: Record<string, unknown>[] = [];
  for (let code = FIRST_ASSOCIATE_CODE; slots.length < vehicles; code += 1) {
    const associate = makeAssociate(random, code);
    const fleet = Math.min(fleetSize(random), vehicles - slots.length);
    for (let i = 0; i < fleet; i += 1) slots.push(associate);
  }
  return random.sample(slots, slots.length);
}

function spoil(random: Random, records: RawRecord[]): void {
  const owners = new Map<string, number>();
  for (const record of records) {
    const owner = record.codigo_associado;
    owners.set(String(owner), (owners.get(String(owner)) ?? 0) + 1);
  }
  const lonePeople = records.filter(
    (record) =>
      owners.get(String(record.codigo_associado)) === 1 && !isCompany(record),
  );
  const badCpf = random.sample(
    lonePeople,
    rareCount(records.length, SHARES.badCpf),
  );
  for (const record of badCpf) {
    const cpf = String(record.cpf);
    const broken = breakCheckDigit(cpf.replace(/\D/g, ''));
    record.cpf = cpf.includes('.') ? formatCpf(broken) : broken;
  }
  const others = records.filter((record) => !badCpf.includes(record));
  const noCodeCount = rareCount(records.length, SHARES.noVehicleCode);
  for (const record of random.sample(others, noCodeCount)) {
    record.codigo_veiculo = '';
  }
}

function withRepeats(random: Random, records: RawRecord[]): RawRecord[] {
  const coded = records
    .map((record, index) => ({ record, index }))
    .filter(({ record }) => record.codigo_veiculo !== '');
  const farFromEnd = coded.filter(
    ({ index }) => index + REPEAT_DISTANCE[0] < records.length,
  );
  // A list shorter than a page cannot repeat across pages: repeat at the end.
  const sources = farFromEnd.length > 0 ? farFromEnd : coded;
  const count = rareCount(records.length, SHARES.duplicates);
  const repeatsAfter = new Map<number, RawRecord[]>();
  for (const { record, index } of random.sample(sources, count)) {
    const after = Math.min(
      records.length - 1,
      index + random.int(...REPEAT_DISTANCE),
    );
    const list = repeatsAfter.get(after) ?? [];
    repeatsAfter.set(after, [...list, structuredClone(record)]);
  }
  return records.flatMap((record, index) => [
    record,
    ...(repeatsAfter.get(index) ?? []),
  ]);
}

/**
 * A whole association in SGA's raw shape, deterministic from the seed:
 * shared associates, companies, every format oddity of `SHARES`, a few bad
 * records and identical repeats further down the list.
 *
 * @example
 * const records = generateAssociation({ seed: 7, vehicles: 2000 });
 * sandbox.setAssociation('token-a', { records });
 */
export function generateAssociation(options: GenerateOptions): RawRecord[] {
  const { seed, vehicles } = options;
  if (!Number.isInteger(vehicles) || vehicles < 0 || vehicles > MAX_VEHICLES) {
    throw new RangeError(`vehicles must be an integer 0..${MAX_VEHICLES}`);
  }
  const random = new Random(seed);
  const ids = new VehicleIdRegistry();
  let code = FIRST_VEHICLE_CODE;
  const records = vehicleSlots(random, vehicles).map((associate) => {
    const record = buildRecord(random, ids, associate, code);
    code += random.chance(0.1) ? random.int(2, 5) : 1;
    return record;
  });
  spoil(random, records);
  return withRepeats(random, records);
}
