import { normalizeCode } from './code';
import { normalizeDate } from './dates';
import { normalizeDocument } from './document';
import { normalizeEmail } from './email';
import { takeValue, withoutUndefined } from './parsed';
import { normalizePhone } from './phone';
import type { SgaRecord } from './sgaRecordSchema';
import { normalizeText } from './text';
import type { Associate, Rejection } from './types';

const SKIPPED = 'the associate is skipped';

/** The associate of a record, and the owner's document for the vehicle. */
export interface AssociatePart {
  associate?: Associate;
  /** The valid document digits, even when the associate itself is skipped. */
  ownerDocument?: string;
}

/** The mobile phone, else the other phone; both may report problems. */
function phoneOf(record: SgaRecord, problems: Rejection[]): string | undefined {
  const area = record.ddd_celular;
  const mobile = normalizePhone(area, record.telefone_celular);
  const mobileValue = takeValue(problems, 'telefone_celular', mobile);
  if (mobileValue !== undefined) return mobileValue;
  return takeValue(problems, 'telefone', normalizePhone(area, record.telefone));
}

/**
 * The associate part of a record. Without a valid CPF or CNPJ, or without
 * a name, the associate is skipped (a problem says why) and the vehicle
 * is kept: a user must never be created under a doubtful document.
 */
export function normalizeAssociate(
  record: SgaRecord,
  problems: Rejection[],
): AssociatePart {
  const document = normalizeDocument(record.cpf);
  if (document.value === undefined) {
    const why = document.problem ?? 'is missing';
    problems.push({ field: 'cpf', reason: `${why}; ${SKIPPED}` });
    return {};
  }
  const name = normalizeText(record.nome_associado);
  if (name.value === undefined) {
    const reason = `is missing; ${SKIPPED}`;
    problems.push({ field: 'nome_associado', reason });
    return { ownerDocument: document.value };
  }
  const associate: Associate = withoutUndefined({
    document: document.value,
    code: takeValue(
      problems,
      'codigo_associado',
      normalizeCode(record.codigo_associado),
    ),
    name: takeValue(problems, 'nome_associado', name) ?? name.value,
    rg: takeValue(problems, 'rg', normalizeText(record.rg)),
    birthDate: takeValue(
      problems,
      'data_nascimento',
      normalizeDate(record.data_nascimento),
    ),
    email: takeValue(problems, 'email', normalizeEmail(record.email)),
    phone: phoneOf(record, problems),
  });
  return { associate, ownerDocument: document.value };
}
