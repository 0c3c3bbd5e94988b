import { normalizeAssociate } from './normalizeAssociate';
import { normalizeVehicle } from './normalizeVehicle';
import { normalizeCode } from './code';
import type { Parsed } from './parsed';
import { normalizePlate } from './plate';
import { readRecord, WHOLE_RECORD, type TypeProblem } from './readRecord';
import { SGA_FIELDS, type SgaFieldName } from './sgaFields';
import { canonicalStatus } from './status';
import { MAX_TEXT_LENGTH, normalizeText } from './text';
import type { NormalizedRecord, Rejection } from './types';

const WHY_REQUIRED: Partial<Record<SgaFieldName, string>> = {
  codigo_veiculo: 'it is the identity of the vehicle',
  descricao_situacao: 'the status decides activation',
};

/** Records a rejection when an identity value is invalid or missing. */
function identityValue<T>(
  rejections: Rejection[],
  field: SgaFieldName,
  parsed: Parsed<T>,
): T | undefined {
  if (parsed.problem !== undefined) {
    rejections.push({ field, reason: parsed.problem });
  } else if (parsed.value === undefined && SGA_FIELDS[field].required) {
    rejections.push({ field, reason: `is missing; ${WHY_REQUIRED[field]}` });
  }
  return parsed.value;
}

/**
 * The status text. Cutting a long one could change its meaning, so a
 * status over the text cap is refused rather than truncated.
 */
function readStatus(raw: unknown): Parsed<string> {
  const status = normalizeText(raw);
  if (status.problem === undefined) return status;
  return { problem: `is longer than ${MAX_TEXT_LENGTH} characters` };
}

/**
 * The first entry of each field: a value read twice (the associate code
 * serves vehicle and associate) or unusable and then missing reports once.
 */
function firstPerField(list: Rejection[]): Rejection[] {
  const seen = new Set<string>();
  return list.filter(({ field }) => !seen.has(field) && !!seen.add(field));
}

function normalizeReadable(raw: unknown): NormalizedRecord {
  const read = readRecord(raw);
  if (!read.ok) return { ok: false, rejections: [read.rejection] };
  const { record } = read;
  const isFatal = (p: TypeProblem) => SGA_FIELDS[p.field].scope === 'record';
  const rejections = read.problems.filter(isFatal);
  const problems = read.problems.filter((r) => !isFatal(r));
  const code = identityValue(
    rejections,
    'codigo_veiculo',
    normalizeCode(record.codigo_veiculo),
  );
  const status = identityValue(
    rejections,
    'descricao_situacao',
    readStatus(record.descricao_situacao),
  );
  const plate = identityValue(
    rejections,
    'placa',
    normalizePlate(record.placa),
  );
  if (code === undefined || status === undefined || rejections.length > 0) {
    return { ok: false, rejections: firstPerField(rejections) };
  }
  const identity = { code, status: canonicalStatus(status), plate };
  const vehicle = normalizeVehicle(record, identity, problems);
  const { associate, ownerDocument } = normalizeAssociate(record, problems);
  if (ownerDocument !== undefined) vehicle.ownerDocument = ownerDocument;
  const kept = associate === undefined ? {} : { associate };
  return { ok: true, vehicle, ...kept, problems: firstPerField(problems) };
}

/**
 * Turns one raw SGA record into the sync's vehicle and associate.
 *
 * Strict on what identifies and drives a vehicle: no vehicle code, no
 * status text, an unusable plate or a non-object rejects the record.
 * Lenient on the rest: an unreadable value is left out with a problem, and
 * a bad document or a missing name drops only the associate. Reasons name
 * the field and why, never the value. Never throws, whatever the input.
 *
 * @example
 * const result = normalizeRecord(page[0]);
 * if (result.ok) plan(result.vehicle, result.associate);
 * else report(result.rejections);
 */
export function normalizeRecord(raw: unknown): NormalizedRecord {
  try {
    return normalizeReadable(raw);
  } catch {
    // A hostile value (a throwing getter, a revoked proxy) must cost only
    // its own record, never the page it arrived in.
    const rejection = { field: WHOLE_RECORD, reason: 'could not be read' };
    return { ok: false, rejections: [rejection] };
  }
}
