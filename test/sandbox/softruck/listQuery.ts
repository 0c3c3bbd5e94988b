import { badQuery } from './errors';

/** The filter operators Softruck documents. */
const OPERATORS = ['eq', 'neq', 'ilk', 'sw', 'ew'] as const;
type Operator = (typeof OPERATORS)[number];

/** One `filters[<resource>.<field>][<op>]=<value>` term. */
export interface Filter {
  field: string;
  op: Operator;
  value: string;
}

/** A parsed list query: the filters (all must hold) and the page. */
export interface ListQuery {
  filters: Filter[];
  limit: number;
  page: number;
}

/** What a list route accepts in its filters. */
export interface ListSpec {
  /** The prefix before the field, or undefined to accept any prefix. */
  resource?: string;
  fields: readonly string[];
}

// The contract leaves the default page size open; 20 is a common one.
const DEFAULT_LIMIT = 20;
const FILTER_KEY = /^filters\[([^\]]+)\]\[([^\]]+)\]$/;

/** Parses `limit`, `page` and filters; throws 400 on anything wrong. */
export function parseListQuery(
  query: URLSearchParams,
  spec: ListSpec,
): ListQuery {
  const filters: Filter[] = [];
  for (const [key, value] of query) {
    if (!key.startsWith('filters')) continue;
    filters.push(parseFilter(key, value, spec));
  }
  return {
    filters,
    limit: readInteger(query, 'limit', DEFAULT_LIMIT, 1, 100),
    page: readInteger(query, 'page', 1, 1, Number.MAX_SAFE_INTEGER),
  };
}

function parseFilter(key: string, value: string, spec: ListSpec): Filter {
  const match = FILTER_KEY.exec(key);
  if (!match) throw badQuery(`malformed filter "${key}"`);
  const [, target, op] = match;
  const dot = target.lastIndexOf('.');
  const resource = dot < 0 ? '' : target.slice(0, dot);
  const field = target.slice(dot + 1);
  if (spec.resource !== undefined && resource !== spec.resource) {
    throw badQuery(`filter "${key}": the resource is "${spec.resource}"`);
  }
  if (!spec.fields.includes(field)) {
    throw badQuery(`filter "${key}": unknown field "${field}"`);
  }
  if (!(OPERATORS as readonly string[]).includes(op)) {
    throw badQuery(`filter "${key}": unknown operator "${op}"`);
  }
  return { field, op: op as Operator, value };
}

function readInteger(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = query.get(name);
  if (text === null) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw badQuery(`${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

/** Whether a record's fields satisfy every filter. */
export function matchesFilters(
  fields: Record<string, string | null>,
  filters: Filter[],
): boolean {
  return filters.every((filter) => matches(fields[filter.field], filter));
}

function matches(actual: string | null | undefined, filter: Filter): boolean {
  const value = actual ?? '';
  switch (filter.op) {
    case 'eq':
      return value === filter.value;
    case 'neq':
      return value !== filter.value;
    case 'sw':
      return value.startsWith(filter.value);
    case 'ew':
      return value.endsWith(filter.value);
    case 'ilk':
      return ilike(value, filter.value);
  }
}

/**
 * Case-insensitive match: `%` stands for any text; a pattern without one
 * matches anywhere in the value, which is how `ilk` reads in practice.
 */
function ilike(value: string, pattern: string): boolean {
  const wanted = pattern.toLowerCase();
  if (!wanted.includes('%')) return value.toLowerCase().includes(wanted);
  const escaped = wanted
    .split('%')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 's').test(value.toLowerCase());
}

/** The page of `items` the query asks for. */
export function pageOf<T>(items: T[], query: ListQuery): T[] {
  const start = (query.page - 1) * query.limit;
  return items.slice(start, start + query.limit);
}
