import type { RawRecord } from '../sandbox/sga';

/**
 * One association served to several tenants of one Softruck, as if each
 * had its own associates: Softruck usernames (the CPF's digits) are
 * unique across enterprises, so every tenant's copy gets CPFs of its own,
 * derived from the originals by `salt`, valid exactly where the original
 * was valid. `originalCpf` maps them back, for comparing tenants.
 */
export interface TenantCopy {
  records: RawRecord[];
  originalCpf: (cpf: string) => string;
}

const CPF_WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];
const CNPJ_WEIGHTS = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: string, weights: number[]): string {
  const sum = weights.reduce((t, w, i) => t + w * Number(digits[i]), 0);
  const rest = sum % 11;
  return String(rest < 2 ? 0 : 11 - rest);
}

function withCheckDigits(base: string, weights: number[]): string {
  const first = base + checkDigit(base, weights);
  return first + checkDigit(first, [weights[0] + 1, ...weights]);
}

/** The salted twin of a document's digits; others are left as they are. */
function twin(digits: string, salt: number): string {
  const weights =
    digits.length === 11
      ? CPF_WEIGHTS
      : digits.length === 14
        ? CNPJ_WEIGHTS
        : undefined;
  if (!weights || /^(\d)\1*$/.test(digits)) return digits;
  const baseLength = weights.length;
  // A CNPJ keeps its branch (`0001`); only the company digits change.
  const varying = digits.length === 14 ? 8 : baseLength;
  const head = Number(digits.slice(0, varying));
  const shifted = String((head + salt * 1_000_003) % 10 ** varying).padStart(
    varying,
    '0',
  );
  const base = shifted + digits.slice(varying, baseLength);
  const valid = withCheckDigits(base, weights);
  if (withCheckDigits(digits.slice(0, baseLength), weights) === digits) {
    return valid;
  }
  const last = (Number(valid.at(-1)) + 1) % 10;
  return valid.slice(0, -1) + String(last);
}

/** Replaces the digits of `text` in place, keeping its punctuation. */
function replaceDigits(text: string, digits: string): string {
  let i = 0;
  return text.replace(/\d/g, () => digits[i++]);
}

export function tenantCopy(records: RawRecord[], salt: number): TenantCopy {
  const back = new Map<string, string>();
  const copied = records.map((record) => {
    if (typeof record.cpf !== 'string') return { ...record };
    const digits = record.cpf.replace(/\D/g, '');
    const salted = twin(digits, salt);
    back.set(salted, digits);
    return { ...record, cpf: replaceDigits(record.cpf, salted) };
  });
  return {
    records: copied,
    originalCpf: (cpf) => back.get(cpf) ?? cpf,
  };
}
