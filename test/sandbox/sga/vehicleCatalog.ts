import { Random } from './random';

/** One model an association may protect, with its price when new. */
export interface CatalogModel {
  type: string;
  brand: string;
  model: string;
  modelCode: string;
  fipeCode: string;
  /** FIPE value of a new one, in reais. */
  newValue: number;
  /** The VIN's manufacturer prefix. */
  manufacturer: string;
}

type Row = [string, string, string, number, string];

const ROWS: Row[] = [
  ['AUTOMOVEL', 'CHEVROLET', 'ONIX 1.0 LT', 75000, '9BG'],
  ['AUTOMOVEL', 'CHEVROLET', 'ONIX PLUS 1.0 TURBO PREMIER AUT.', 110000, '9BG'],
  ['AUTOMOVEL', 'VOLKSWAGEN', 'GOL 1.0 MI TOTAL FLEX 8V 4P', 55000, '9BW'],
  ['AUTOMOVEL', 'VOLKSWAGEN', 'POLO 1.0 TSI HIGHLINE AUT.', 105000, '9BW'],
  ['AUTOMOVEL', 'FIAT', 'ARGO DRIVE 1.0 6V FLEX', 78000, '9BD'],
  ['AUTOMOVEL', 'FIAT', 'MOBI LIKE 1.0 FIRE FLEX 5P', 62000, '9BD'],
  ['AUTOMOVEL', 'HYUNDAI', 'HB20 COMFORT PLUS 1.0 FLEX 12V', 76000, '9BH'],
  ['AUTOMOVEL', 'TOYOTA', 'COROLLA XEI 2.0 FLEX 16V AUT.', 150000, '9BR'],
  ['AUTOMOVEL', 'RENAULT', 'KWID ZEN 1.0 FLEX 12V 5P', 60000, '93Y'],
  ['AUTOMOVEL', 'HONDA', 'CIVIC SEDAN EXL 2.0 FLEX 16V AUT.', 140000, '93H'],
  ['AUTOMOVEL', 'JEEP', 'RENEGADE LONGITUDE 1.8 4X2 FLEX AUT.', 120000, '988'],
  ['AUTOMOVEL', 'FORD', 'KA SE 1.0 HA FLEX 5P', 58000, '9BF'],
  ['MOTOCICLETA', 'HONDA', 'CG 160 FAN', 16000, '9C2'],
  ['MOTOCICLETA', 'HONDA', 'BIZ 125', 14000, '9C2'],
  ['MOTOCICLETA', 'HONDA', 'CB 500X', 45000, '9C2'],
  ['MOTOCICLETA', 'YAMAHA', 'FAZER FZ25 250', 22000, '9C6'],
  ['UTILITARIO', 'FIAT', 'STRADA FREEDOM 1.3 FLEX 8V CD', 98000, '9BD'],
  ['UTILITARIO', 'FIAT', 'FIORINO ENDURANCE 1.4 FLEX 8V', 90000, '9BD'],
  ['UTILITARIO', 'RENAULT', 'MASTER FURGÃO L3H2 2.3 DIESEL', 210000, '93Y'],
  [
    'CAMINHONETE',
    'TOYOTA',
    'HILUX CD SRV 4X4 2.8 TDI DIESEL AUT.',
    280000,
    '8AJ',
  ],
  ['CAMINHONETE', 'CHEVROLET', 'S10 LTZ 2.8 4X4 CD DIESEL AUT.', 250000, '9BG'],
  ['CAMINHAO', 'VOLVO', 'FH 540 6X4 GLOBETROTTER', 650000, '9BV'],
  ['CAMINHAO', 'MERCEDES-BENZ', 'ACCELO 1016 2P (DIESEL)', 280000, '9BM'],
  ['CAMINHAO', 'SCANIA', 'R 450 A 6X2', 620000, '9BS'],
  ['CAMINHAO', 'VOLKSWAGEN', '24.280 CONSTELLATION 6X2', 420000, '953'],
];

/** Every model, with stable model and FIPE codes derived from its row. */
export const CATALOG: readonly CatalogModel[] = ROWS.map((row, i) => ({
  type: row[0],
  brand: row[1],
  model: row[2],
  newValue: row[3],
  manufacturer: row[4],
  modelCode: String(7421 + i * 17),
  fipeCode: `${String(4381 + i * 37).padStart(6, '0')}-${i % 10}`,
}));

/** How often each vehicle type is protected, for people and companies. */
const PERSON_TYPES: [string, number][] = [
  ['AUTOMOVEL', 0.68],
  ['MOTOCICLETA', 0.18],
  ['UTILITARIO', 0.06],
  ['CAMINHONETE', 0.05],
  ['CAMINHAO', 0.03],
];
const COMPANY_TYPES: [string, number][] = [
  ['AUTOMOVEL', 0.2],
  ['UTILITARIO', 0.3],
  ['CAMINHONETE', 0.15],
  ['CAMINHAO', 0.35],
];

export const COLOURS = [
  'PRATA',
  'BRANCA',
  'PRETA',
  'CINZA',
  'VERMELHA',
  'AZUL',
  'BEGE',
  'MARROM',
  'VERDE',
  'AMARELA',
  'GRAFITE',
];

/** A model whose type follows the shares of a person's or a company's. */
export function pickModel(random: Random, company: boolean): CatalogModel {
  const shares = company ? COMPANY_TYPES : PERSON_TYPES;
  let roll = random.next();
  let type = shares[shares.length - 1][0];
  for (const [candidate, share] of shares) {
    if (roll < share) {
      type = candidate;
      break;
    }
    roll -= share;
  }
  return random.pick(CATALOG.filter((model) => model.type === type));
}

/** FIPE value of a model built in `year`, as of the data's reference year. */
export function fipeValue(
  random: Random,
  model: CatalogModel,
  year: number,
  referenceYear: number,
): number {
  const age = Math.max(0, referenceYear - year);
  const value = model.newValue * 0.92 ** age * (0.95 + random.next() / 10);
  return Math.round(value * 100) / 100;
}
