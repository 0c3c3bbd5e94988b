/**
 * The SGA fields the sync reads, as data: the record schema is built from
 * this list, and a schema-drift check can compare live records against it.
 * Portuguese names belong here, at the parsing edge, and nowhere deeper.
 */

/** The shape of value a field is expected to hold. */
export type SgaFieldKind =
  | 'code'
  | 'text'
  | 'label'
  | 'status'
  | 'plate'
  | 'chassis'
  | 'renavam'
  | 'year'
  | 'money'
  | 'document'
  | 'date'
  | 'phone'
  | 'email'
  | 'products';

/**
 * What an invalid value costs: the whole record, the associate part, or
 * only the value itself.
 */
export type SgaFieldScope = 'record' | 'associate' | 'value';

/** How one SGA field is read. */
export interface SgaFieldSpec {
  kind: SgaFieldKind;
  scope: SgaFieldScope;
  /** When true, a missing value costs the same as an invalid one. */
  required: boolean;
  /** How sure the contract is of the field's name (`known` or `likely`). */
  certainty: 'known' | 'likely';
  /**
   * Assumed on every record. False for a field that stands in for another
   * (`descricao_tipo` for `descricao_tipo_veiculo`, `telefone` for the
   * mobile pair), so that its absence is no drift.
   */
  expected: boolean;
}

function field(
  kind: SgaFieldKind,
  scope: SgaFieldScope = 'value',
  required = false,
  certainty: SgaFieldSpec['certainty'] = 'known',
  expected = true,
): SgaFieldSpec {
  return { kind, scope, required, certainty, expected };
}

/** Every SGA field the sync reads, by its SGA name. */
export const SGA_FIELDS = {
  codigo_veiculo: field('code', 'record', true),
  codigo_associado: field('code'),
  placa: field('plate', 'record'),
  chassi: field('chassis'),
  renavam: field('renavam', 'value', false, 'likely'),
  ano_fabricacao: field('year'),
  ano_modelo: field('year'),
  valor_fipe: field('money'),
  codigo_fipe: field('code', 'value', false, 'likely'),
  descricao_tipo_veiculo: field('label', 'value', false, 'likely'),
  descricao_tipo: field('label', 'value', false, 'likely', false),
  descricao_marca: field('text'),
  codigo_modelo: field('code', 'value', false, 'likely'),
  descricao_modelo: field('text'),
  descricao_cor: field('text'),
  descricao_situacao: field('status', 'record', true),
  data_contrato_veiculo: field('date'),
  produtos: field('products'),
  nome_associado: field('text', 'associate', true),
  cpf: field('document', 'associate', true),
  rg: field('text', 'value', false, 'likely'),
  data_nascimento: field('date', 'value', false, 'likely'),
  ddd_celular: field('phone'),
  telefone_celular: field('phone'),
  telefone: field('phone', 'value', false, 'known', false),
  email: field('email'),
} as const satisfies Record<string, SgaFieldSpec>;

/** The SGA name of a field the sync reads. */
export type SgaFieldName = keyof typeof SGA_FIELDS;

/** The names of {@link SGA_FIELDS}, in the order above. */
export const SGA_FIELD_NAMES = Object.keys(SGA_FIELDS) as SgaFieldName[];

/**
 * Fields the contract names that the sync does not read: present on a
 * record, they are no drift; absent, nobody misses them.
 */
export const SGA_UNREAD_FIELDS: readonly string[] = [
  'codigo_situacao',
  'data_contrato_associado',
];

/**
 * The statuses the contract has seen, canonical (upper-case, no
 * accents). Any other is reported as new: it may need to be active.
 */
export const SGA_KNOWN_STATUSES: readonly string[] = [
  'ATIVO',
  'INATIVO',
  'PENDENTE',
  'INADIMPLENTE',
  'NEGADO',
  'CANCELAMENTO',
  'EXCLUIDO',
];

/**
 * Kinds whose values identify a person or a vehicle: shown only masked,
 * by their shape, wherever SGA's data is described.
 */
export const PERSONAL_KINDS: ReadonlySet<SgaFieldKind> = new Set([
  'code',
  'text',
  'plate',
  'chassis',
  'renavam',
  'document',
  'date',
  'phone',
  'email',
]);

/** Whether `name` is one of the fields the sync reads. */
export function isSgaFieldName(name: unknown): name is SgaFieldName {
  return typeof name === 'string' && Object.hasOwn(SGA_FIELDS, name);
}
