import { AssociateFields, isCompany, makeDate } from './associates';
import { makeRenavam } from './documents';
import { Random } from './random';
import { FipeStyle, messyChassis, messyPlate, writeFipe } from './rawFormats';
import {
  ACTIVE_CODE,
  NON_ACTIVE_STATUSES,
  REFERENCE_YEAR,
  SHARES,
} from './shares';
import { COLOURS, fipeValue, pickModel } from './vehicleCatalog';
import { VehicleIdRegistry } from './vehicleIds';

/** One raw SGA record, Portuguese field names as the API sends them. */
export type RawRecord = Record<string, unknown>;

const NO_RENAVAM = '00000000000';
/** The order of fields in SGA's answers; unknown extras come last. */
const FIELD_ORDER = `codigo_veiculo codigo_associado placa chassi renavam
  ano_fabricacao ano_modelo valor_fipe codigo_fipe descricao_tipo_veiculo
  descricao_marca codigo_modelo descricao_modelo descricao_cor nome_associado
  cpf rg data_nascimento ddd_celular telefone_celular email codigo_situacao
  descricao_situacao produtos data_contrato_associado data_contrato_veiculo
  nome_cooperativa`.split(/\s+/);

function inSgaOrder(record: RawRecord): RawRecord {
  const ordered: RawRecord = {};
  for (const field of FIELD_ORDER) {
    if (field in record) ordered[field] = record[field];
  }
  return Object.assign(ordered, record);
}
const TRACKER = { '88': 'RASTREADOR GPS/GPRS' };
const TRACKER_WITH_CUTOFF = { '91': 'RASTREADOR COM BLOQUEIO' };

function pickStatus(random: Random): [string, number] {
  if (!random.chance(SHARES.nonActive)) {
    const sloppy = random.chance(SHARES.sloppyActive);
    return [sloppy ? 'Ativo ' : 'ATIVO', ACTIVE_CODE];
  }
  let roll = random.next();
  for (const [text, code, share] of NON_ACTIVE_STATUSES) {
    if (roll < share) return [text, code];
    roll -= share;
  }
  return ['INADIMPLENTE', 4];
}

function pickFipeStyle(random: Random): FipeStyle {
  const roll = random.next();
  if (roll < SHARES.fipeBrazilian) return 'brazilian';
  return roll < SHARES.fipeBrazilian + SHARES.fipeNumber ? 'number' : 'dotted';
}

function pickProducts(random: Random): Record<string, string> {
  const roll = random.next();
  if (roll < 0.7) return { ...TRACKER };
  return roll < 0.9
    ? { ...TRACKER_WITH_CUTOFF }
    : { ...TRACKER, ...TRACKER_WITH_CUTOFF };
}

function extraFields(random: Random): RawRecord {
  return {
    codigo_voluntario: String(random.int(100, 999)),
    nome_voluntario: random.pick(['CONSULTOR EXTERNO', 'VENDA DIRETA']),
    situacao_financeira: random.pick(['ADIMPLENTE', 'EM DIA']),
  };
}

/**
 * One vehicle of `associate` as SGA sends it, with the oddities of real
 * data at the shares of `SHARES`.
 */
export function buildRecord(
  random: Random,
  ids: VehicleIdRegistry,
  associate: AssociateFields,
  vehicleCode: number,
): RawRecord {
  const model = pickModel(random, isCompany(associate));
  const unplated = random.chance(SHARES.unplated);
  const plate = unplated
    ? ''
    : ids.plate(random, random.chance(SHARES.mercosulPlates));
  const vin = ids.vin(random, model.manufacturer);
  const zeroRenavam = unplated || random.chance(SHARES.zeroRenavam);
  const built = unplated ? REFERENCE_YEAR : random.int(2005, REFERENCE_YEAR);
  const modelYear = built + (random.chance(0.6) ? 1 : 0);
  const textYears = random.chance(SHARES.yearsAsText);
  const fipe = fipeValue(random, model, built, REFERENCE_YEAR);
  const [status, statusCode] = pickStatus(random);
  const numeric = random.chance(SHARES.numericCodes);
  const since = Number(String(associate.data_contrato_associado).slice(0, 4));
  return inSgaOrder({
    codigo_veiculo: numeric ? vehicleCode : String(vehicleCode),
    ...associate,
    codigo_associado: numeric
      ? Number(associate.codigo_associado)
      : associate.codigo_associado,
    placa: random.chance(SHARES.messyPlates) ? messyPlate(plate) : plate,
    chassi:
      unplated || random.chance(SHARES.messyChassis) ? messyChassis(vin) : vin,
    renavam: zeroRenavam ? NO_RENAVAM : makeRenavam(random),
    ano_fabricacao: textYears ? String(built) : built,
    ano_modelo: textYears ? String(modelYear) : modelYear,
    valor_fipe: writeFipe(fipe, pickFipeStyle(random)),
    codigo_fipe: model.fipeCode,
    descricao_tipo_veiculo: model.type,
    descricao_marca: model.brand,
    codigo_modelo: model.modelCode,
    descricao_modelo: model.model,
    descricao_cor: random.pick(COLOURS),
    codigo_situacao: numeric ? statusCode : String(statusCode),
    descricao_situacao: status,
    produtos: pickProducts(random),
    data_contrato_veiculo: unplated
      ? makeDate(random, REFERENCE_YEAR, REFERENCE_YEAR)
      : makeDate(random, since, REFERENCE_YEAR),
    ...(random.chance(SHARES.extraFields) ? extraFields(random) : {}),
  });
}
