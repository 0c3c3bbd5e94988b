import { formatCpf, makeCnpj, makeCpf } from './documents';
import { asciiLower, makeCompanyName, makePersonName } from './names';
import { Random } from './random';
import { REFERENCE_YEAR, SHARES } from './shares';

/** The associate's part of a raw record, shared by all their vehicles. */
export type AssociateFields = Record<string, unknown>;

/** The raw fields that belong to the associate, not to the vehicle. */
export const ASSOCIATE_FIELDS = [
  'codigo_associado',
  'nome_associado',
  'cpf',
  'rg',
  'data_nascimento',
  'ddd_celular',
  'telefone_celular',
  'email',
  'data_contrato_associado',
  'nome_cooperativa',
] as const;

const AREA_CODES = ['31', '31', '31', '11', '21', '27', '32', '34', '37', '38'];
const COOPERATIVES = [
  'REGIONAL BELO HORIZONTE',
  'REGIONAL CONTAGEM',
  'REGIONAL BETIM',
  'REGIONAL UBERLÂNDIA',
  'REGIONAL JUIZ DE FORA',
  'REGIONAL MONTES CLAROS',
];
const STATES = ['MG', 'SP', 'RJ', 'ES', 'BA', 'GO'];

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** A `YYYY-MM-DD` date; days stop at 28 so every month is valid. */
export function makeDate(random: Random, from: number, to: number): string {
  const month = pad(random.int(1, 12));
  return `${random.int(from, to)}-${month}-${pad(random.int(1, 28))}`;
}

/** RG numbers vary by issuing state; SGA keeps whatever was typed. */
export function makeRg(random: Random): string {
  const digits = random.chars('0123456789', 8);
  const state = random.pick(STATES);
  const dotted = digits.replace(/(\d{2})(\d{3})/, '$1.$2.');
  const style = random.int(0, 3);
  if (style === 0) return digits;
  if (style === 1) return `${state}-${dotted}`;
  if (style === 2) return `${dotted}-${random.pick([...'0123456789X'])}`;
  return `${digits.slice(1)} SSP/${state}`;
}

function contact(random: Random, first: string, last: string) {
  const noPhone = random.chance(SHARES.noPhone);
  const number = `9${random.chars('0123456789', 4)}-`;
  const mail = random.next();
  return {
    ddd_celular: noPhone ? '' : random.pick(AREA_CODES),
    telefone_celular: noPhone ? '()' : number + random.chars('0123456789', 4),
    email:
      mail < 0.05
        ? null
        : mail < 0.6
          ? ''
          : `${asciiLower(first)}.${asciiLower(last)}@example.com`,
  };
}

/**
 * The fields of one invented associate: a person (CPF, RG, birth date) or,
 * at the companies' share, a company (CNPJ in `cpf`, no RG).
 */
export function makeAssociate(random: Random, code: number): AssociateFields {
  const company = random.chance(SHARES.companies);
  const person = makePersonName(random);
  const cpf = company ? makeCnpj(random) : makeCpf(random);
  const formatted = !company && random.chance(SHARES.formattedCpf);
  const noBirth = company || random.chance(SHARES.noBirthDate);
  return {
    codigo_associado: String(code),
    nome_associado: company ? makeCompanyName(random) : person.full,
    cpf: formatted ? formatCpf(cpf) : cpf,
    rg: company ? '' : makeRg(random),
    data_nascimento: noBirth
      ? '0000-00-00'
      : makeDate(random, 1950, REFERENCE_YEAR - 18),
    ...contact(random, person.first, person.last),
    data_contrato_associado: makeDate(random, 2016, REFERENCE_YEAR - 1),
    nome_cooperativa: random.pick(COOPERATIVES),
  };
}

/** Whether the associate holds a company's 14-digit CNPJ. */
export function isCompany(associate: AssociateFields): boolean {
  return String(associate.cpf).replace(/\D/g, '').length === 14;
}
