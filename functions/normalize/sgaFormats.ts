/**
 * The ways the sync assumes SGA writes each kind of value, as data: what
 * the field readers are written for, and what the drift check compares
 * live values against.
 */
import type { SgaFieldKind } from './sgaFields';

/**
 * A way SGA writes a value, named by its pattern (`#.###,##`) so that a
 * report can name it without showing any value.
 */
export interface SgaFormat {
  name: string;
  test(value: unknown): boolean;
}

function format(name: string, pattern: RegExp | 'number'): SgaFormat {
  const test =
    pattern === 'number'
      ? (v: unknown) => typeof v === 'number' && Number.isFinite(v)
      : (v: unknown) => typeof v === 'string' && pattern.test(v.trim());
  return { name, test };
}

const INTEGER: SgaFormat = { name: 'integer', test: Number.isSafeInteger };
const ANY_TEXT = format('text', /\S/);
const DIGITS = format('#…', /^\d+$/);

/**
 * The formats the sync assumes for each kind: what the field readers are
 * written for, after the contract. A value in no format of its kind is
 * drift. Empty values (`null`, `""`, `"()"`, `0000-00-00`) are assumed
 * for every kind and are not listed.
 */
export const SGA_KIND_FORMATS: Record<SgaFieldKind, readonly SgaFormat[]> = {
  code: [INTEGER, DIGITS, ANY_TEXT],
  text: [ANY_TEXT],
  label: [ANY_TEXT],
  status: [ANY_TEXT],
  plate: [
    format('AAA####', /^[A-Z]{3}\d{4}$/),
    format('AAA#A##', /^[A-Z]{3}\d[A-Z]\d{2}$/),
    format('aaa-#### (lower case or a dash)', /^[a-z]{3}-?\d[a-z\d]\d{2}$/i),
  ],
  chassis: [
    format('17-character VIN', /^[A-HJ-NPR-Z\d]{17}$/),
    format('VIN, lower case or spaced', /^(?=(?:[a-z\d]\s*){17}$)[a-z\d ]+$/i),
  ],
  renavam: [format('9 to 11 digits', /^\d{9,11}$/)],
  year: [INTEGER, format('####', /^\d{4}$/)],
  money: [
    format('number', 'number'),
    format('#.##', /^\d+\.\d{2}$/),
    format('#.###,##', /^\d{1,3}(?:\.\d{3})*,\d{2}$/),
  ],
  document: [
    format('11 digits', /^\d{11}$/),
    format('###.###.###-##', /^\d{3}\.\d{3}\.\d{3}-\d{2}$/),
    format('14 digits', /^\d{14}$/),
    format('##.###.###/####-##', /^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/),
    format('CNPJ with letters', /^[\dA-Z]{12}\d{2}$/i),
    format(
      'CNPJ with letters, written out',
      /^[\dA-Z]{2}\.[\dA-Z]{3}\.[\dA-Z]{3}\/[\dA-Z]{4}-\d{2}$/i,
    ),
  ],
  date: [format('YYYY-MM-DD', /^\d{4}-\d{2}-\d{2}$/)],
  phone: [format('digits, ( ) and -', /^[\d\s()+-]*\d[\d\s()+-]*$/)],
  email: [format('a@b.c', /^[^@\s]+@[^@\s]+\.[^@\s]+$/)],
  products: [
    {
      name: '{code: name}',
      test: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    },
    { name: '[] (none)', test: (v) => Array.isArray(v) && v.length === 0 },
  ],
};

/** SGA's ways of writing "no value", assumed for every field. */
export function isEmptySgaValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  return /^\s*(?:\(\s*\)|0000-00-00|9999-99-99)?\s*$/.test(value);
}
