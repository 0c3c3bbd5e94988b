import { normalizeChassis } from './chassis';
import { normalizeCode } from './code';
import { normalizeDate } from './dates';
import { normalizeMoney } from './money';
import { takeValue, withoutUndefined } from './parsed';
import { normalizeRenavam } from './renavam';
import type { SgaRecord } from './sgaRecordSchema';
import { foldUpper, normalizeText } from './text';
import type { Rejection, Vehicle } from './types';
import { normalizeYear } from './years';

/** What decides whether a record is kept, already checked by the caller. */
export interface VehicleIdentity {
  code: string;
  status: string;
  plate?: string;
}

/**
 * The vehicle part of a record whose identity is already settled. Values
 * that cannot be read are left out and reported in `problems`; none of
 * them costs the vehicle.
 */
export function normalizeVehicle(
  record: SgaRecord,
  identity: VehicleIdentity,
  problems: Rejection[],
): Vehicle {
  // Associations name the type field differently; the first one wins.
  const byVehicle = normalizeText(record.descricao_tipo_veiculo);
  const type =
    byVehicle.value !== undefined
      ? takeValue(problems, 'descricao_tipo_veiculo', byVehicle)
      : takeValue(
          problems,
          'descricao_tipo',
          normalizeText(record.descricao_tipo),
        );
  return withoutUndefined({
    code: identity.code,
    associateCode: takeValue(
      problems,
      'codigo_associado',
      normalizeCode(record.codigo_associado),
    ),
    plate: identity.plate,
    chassis: takeValue(problems, 'chassi', normalizeChassis(record.chassi)),
    renavam: takeValue(problems, 'renavam', normalizeRenavam(record.renavam)),
    manufactureYear: takeValue(
      problems,
      'ano_fabricacao',
      normalizeYear(record.ano_fabricacao),
    ),
    modelYear: takeValue(
      problems,
      'ano_modelo',
      normalizeYear(record.ano_modelo),
    ),
    fipeValue: takeValue(
      problems,
      'valor_fipe',
      normalizeMoney(record.valor_fipe),
    ),
    fipeCode: takeValue(
      problems,
      'codigo_fipe',
      normalizeCode(record.codigo_fipe),
    ),
    type: type === undefined ? undefined : foldUpper(type),
    brand: takeValue(
      problems,
      'descricao_marca',
      normalizeText(record.descricao_marca),
    ),
    modelCode: takeValue(
      problems,
      'codigo_modelo',
      normalizeCode(record.codigo_modelo),
    ),
    model: takeValue(
      problems,
      'descricao_modelo',
      normalizeText(record.descricao_modelo),
    ),
    color: takeValue(
      problems,
      'descricao_cor',
      normalizeText(record.descricao_cor),
    ),
    status: identity.status,
    contractDate: takeValue(
      problems,
      'data_contrato_veiculo',
      normalizeDate(record.data_contrato_veiculo),
    ),
  });
}
