/**
 * How often each oddity of real SGA data appears in a generated
 * association. Shares are of records unless said otherwise; the rare bad
 * records are counted exactly (at least one in a large association) so
 * that every run of the demo meets them.
 */
export const SHARES = {
  /** `codigo_veiculo`, `codigo_associado`, `codigo_situacao` as numbers. */
  numericCodes: 0.1,
  /** Plates upper-cased in SGA's canonical form are the rest. */
  mercosulPlates: 0.45,
  /** `hgb-3390`: lower case, and a dash on old-format plates. */
  messyPlates: 0.06,
  /** Of people: CPF as `999.999.999-99`. */
  formattedCpf: 0.15,
  /** FIPE as `"45.678,90"`; `"58432.00"` and a number share the rest. */
  fipeBrazilian: 0.2,
  fipeNumber: 0.2,
  /** `ano_fabricacao` and `ano_modelo` as strings. */
  yearsAsText: 0.15,
  /** Of associates: birth date `0000-00-00`. */
  noBirthDate: 0.05,
  /** Of associates: phone `"()"` with an empty area code. */
  noPhone: 0.05,
  /** Status `Ativo ` (mixed case, trailing space) among active ones. */
  sloppyActive: 0.03,
  /** Any status other than ATIVO. */
  nonActive: 0.18,
  /** Of associates: a company, with a CNPJ in `cpf` and no RG. */
  companies: 0.05,
  /** Of associates: two vehicles; three vehicles. */
  twoVehicles: 0.14,
  threeVehicles: 0.06,
  /** New vehicle: no plate, RENAVAM all zeros, chassis with spaces. */
  unplated: 0.02,
  /** Plated vehicles with RENAVAM `00000000000` all the same. */
  zeroRenavam: 0.01,
  /** Chassis lower-cased and split by spaces, on plated vehicles. */
  messyChassis: 0.03,
  /** Fields the sync does not know (consultant, financial status). */
  extraFields: 0.1,
  /** Exact counts: no vehicle code; CPF with a wrong check digit. */
  noVehicleCode: 0.002,
  badCpf: 0.003,
  /** Exact count: a record repeated, identical, further down the list. */
  duplicates: 0.005,
} as const;

/** Below this many vehicles the exact-count oddities are left out. */
export const RARE_MINIMUM_VEHICLES = 50;

/** How many records get a rare oddity: at least one in a large list. */
export function rareCount(vehicles: number, share: number): number {
  if (vehicles < RARE_MINIMUM_VEHICLES) return 0;
  return Math.max(1, Math.round(vehicles * share));
}

/** Status text by share among non-active records, with its code. */
export const NON_ACTIVE_STATUSES: [string, number, number][] = [
  ['INADIMPLENTE', 4, 0.35],
  ['CANCELAMENTO', 6, 0.25],
  ['INATIVO', 2, 0.15],
  ['PENDENTE', 3, 0.1],
  ['EXCLUIDO', 11, 0.1],
  ['NEGADO', 5, 0.05],
];

/** The association's code for ATIVO. */
export const ACTIVE_CODE = 1;

/** The year generated data is "as of", fixed so that output is stable. */
export const REFERENCE_YEAR = 2025;
