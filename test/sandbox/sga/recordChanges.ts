import { isCompany, makeRg } from './associates';
import { RawRecord } from './buildRecord';
import { anotherSurname } from './names';
import { Random } from './random';
import { fipeStyleOf, readFipe, writeFipe } from './rawFormats';
import { CATALOG, COLOURS } from './vehicleCatalog';
import { plateKey, VehicleIdRegistry } from './vehicleIds';

/**
 * The edits an association makes to a vehicle between two days, each on a
 * field the sync writes to Softruck, so that a changed record must lead to
 * an update.
 */
export type ChangeKind =
  'model' | 'colour' | 'plate' | 'fipe' | 'associateName' | 'rg';

const VEHICLE_KINDS: ChangeKind[] = ['model', 'colour', 'plate', 'fipe'];
const ALL_KINDS: ChangeKind[] = [...VEHICLE_KINDS, 'associateName', 'rg'];

function modelChange(random: Random, record: RawRecord): RawRecord {
  const others = CATALOG.filter(
    (model) =>
      model.brand === record.descricao_marca &&
      model.type === record.descricao_tipo_veiculo &&
      model.model !== record.descricao_modelo,
  );
  if (others.length === 0) {
    return { descricao_modelo: `${record.descricao_modelo} FLEX` };
  }
  const model = random.pick(others);
  return {
    descricao_modelo: model.model,
    codigo_modelo: model.modelCode,
    codigo_fipe: model.fipeCode,
  };
}

/** An old plate is converted to Mercosul; otherwise a plate is issued. */
function plateChange(
  random: Random,
  ids: VehicleIdRegistry,
  record: RawRecord,
): RawRecord {
  const current = String(record.placa ?? '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  if (/^[A-Z]{3}\d{4}$/.test(current)) return { placa: plateKey(current) };
  return { placa: ids.plate(random, true) };
}

function fipeChange(random: Random, record: RawRecord): RawRecord {
  const old = readFipe(record.valor_fipe);
  const factor = 1 + (random.int(5, 30) / 1000) * (random.chance(0.5) ? 1 : -1);
  const value = Math.round(old * factor * 100) / 100;
  return { valor_fipe: writeFipe(value, fipeStyleOf(record.valor_fipe)) };
}

function nameChange(random: Random, record: RawRecord): RawRecord {
  const name = String(record.nome_associado);
  if (isCompany(record)) return { nome_associado: `${name} EPP` };
  return { nome_associado: `${name} ${anotherSurname(random, name)}` };
}

function rgChange(random: Random, record: RawRecord): RawRecord {
  let rg = makeRg(random);
  for (let i = 0; i < 10 && rg === record.rg; i += 1) rg = makeRg(random);
  return { rg: rg === record.rg ? `${rg}-1` : rg };
}

/**
 * The fields to overwrite on every copy of `record`. Associate fields
 * change only when the associate has this one vehicle, so that one change
 * touches one vehicle code and their records never disagree.
 */
export function planChange(
  random: Random,
  ids: VehicleIdRegistry,
  record: RawRecord,
  loneVehicle: boolean,
): RawRecord {
  const company = isCompany(record);
  let kind = random.pick(ALL_KINDS);
  if (!VEHICLE_KINDS.includes(kind) && !loneVehicle) {
    kind = random.pick(VEHICLE_KINDS);
  }
  if (kind === 'rg' && company) kind = 'associateName';
  switch (kind) {
    case 'model':
      return modelChange(random, record);
    case 'colour': {
      const others = COLOURS.filter(
        (colour) => colour !== record.descricao_cor,
      );
      return { descricao_cor: random.pick(others) };
    }
    case 'plate':
      return plateChange(random, ids, record);
    case 'fipe':
      return fipeChange(random, record);
    case 'associateName':
      return nameChange(random, record);
    case 'rg':
      return rgChange(random, record);
  }
}
