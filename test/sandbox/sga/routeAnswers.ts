import { notFoundBody } from './errorBodies';
import { RouteMatch } from './routes';
import { SgaAssociation, SgaBehaviour } from './types';

type RawRecord = Record<string, unknown>;

/** What a route answers, and how many records it served. */
export interface Answer {
  status: number;
  body: unknown;
  records: number;
}

const DEFAULT_PAGE_SIZE = 100;
const DEFAULT_PRODUCT_TYPES = { '1': 'RASTREAMENTO VEICULAR' };

/** `{"0": {...}, "1": {...}, "quantidade_veiculos": 2}`, SGA's object. */
export function numericKeys(records: RawRecord[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  records.forEach((record, index) => (body[String(index)] = record));
  body.quantidade_veiculos = records.length;
  return body;
}

function ok(body: unknown, records = 0): Answer {
  return { status: 200, body, records };
}

function productsOf(records: RawRecord[]): Record<string, string> {
  const products: Record<string, string> = {};
  for (const record of records) Object.assign(products, record.produtos);
  return products;
}

function pageCount(association: SgaAssociation): number {
  const size = association.pageSize ?? DEFAULT_PAGE_SIZE;
  return Math.ceil(association.records.length / size);
}

function page(
  association: SgaAssociation,
  behaviour: SgaBehaviour,
  number: number,
): Answer {
  const size = association.pageSize ?? DEFAULT_PAGE_SIZE;
  const shape = (records: RawRecord[]) =>
    behaviour.pagesAsObject ? numericKeys(records) : records;
  if (number < 1 || number > pageCount(association)) {
    const past = behaviour.pastLastPage;
    return past === 'empty'
      ? ok(shape([]))
      : { status: past, body: notFoundBody(), records: 0 };
  }
  let records = association.records.slice((number - 1) * size, number * size);
  if (behaviour.shortPages.includes(number)) {
    records = records.slice(0, Math.floor(records.length / 2));
  }
  return ok(shape(records), records.length);
}

/** Plates, chassis and CPFs are compared without case or punctuation. */
const KEYS = {
  byPlate: (value: unknown) =>
    String(value ?? '')
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, ''),
  byChassis: (value: unknown) =>
    String(value ?? '')
      .toUpperCase()
      .replace(/\s/g, ''),
  byCpf: (value: unknown) => String(value ?? '').replace(/\D/g, ''),
};
const SEARCH_FIELDS = { byPlate: 'placa', byChassis: 'chassi', byCpf: 'cpf' };

function search(
  association: SgaAssociation,
  route: keyof typeof KEYS,
  wanted: string,
): Answer {
  const key = KEYS[route];
  const target = key(wanted);
  const seen = new Set<string>();
  const found = association.records.filter((record) => {
    if (!target || key(record[SEARCH_FIELDS[route]]) !== target) return false;
    // A search reads the vehicle table, not a listing: one answer per
    // vehicle code, the first copy, even when the listing repeats it.
    const code = String(record.codigo_veiculo ?? '');
    if (code === '') return true;
    if (seen.has(code)) return false;
    seen.add(code);
    return true;
  });
  if (found.length === 0) {
    return { status: 406, body: notFoundBody(), records: 0 };
  }
  return ok(numericKeys(found), found.length);
}

/** The successful answer of a matched route, with this behaviour. */
export function answerRoute(
  match: RouteMatch,
  association: SgaAssociation,
  behaviour: SgaBehaviour,
): Answer {
  const { records } = association;
  switch (match.route) {
    case 'products':
      return ok(association.products ?? productsOf(records));
    case 'productTypes':
      return ok(association.productTypes ?? DEFAULT_PRODUCT_TYPES);
    case 'pageCount': {
      const pages = pageCount(association);
      const count = behaviour.countAsString ? String(pages) : pages;
      return ok({ quantidade_paginas: count, total_registros: records.length });
    }
    case 'page':
      return page(association, behaviour, Number(match.param));
    case 'listAll':
      return ok(numericKeys(records), records.length);
    case 'byPlate':
    case 'byChassis':
    case 'byCpf':
      return search(association, match.route, match.param ?? '');
    default:
      return { status: 404, body: notFoundBody(), records: 0 };
  }
}
