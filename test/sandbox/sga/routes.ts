/**
 * The eight supplier-sync routes of SGA, and how a request path maps to
 * one of them.
 */

/** The sandbox's name for each supplier-sync route. */
export type RouteName =
  | 'products'
  | 'productTypes'
  | 'pageCount'
  | 'page'
  | 'listAll'
  | 'byPlate'
  | 'byChassis'
  | 'byCpf';

/** Every route name, in the contract's order. */
export const ROUTE_NAMES: readonly RouteName[] = [
  'products',
  'productTypes',
  'pageCount',
  'page',
  'listAll',
  'byPlate',
  'byChassis',
  'byCpf',
];

/** Where the routes live under the sandbox's host, as on the real one. */
export const BASE_PATH = '/api/sga/v2';

/** A path matched to its route, with the value it carries if any. */
export interface RouteMatch {
  route: RouteName | 'unknown';
  /** The page number, plate, chassis or CPF, URL-decoded. */
  param?: string;
}

const PAGED = '/sincronismo-produto-fornecedor-paginado/listar/pagina';
const SEARCH = '/sincronismo-produto-fornecedor/buscar';

const FIXED: Record<string, RouteName> = {
  '/buscar/produtos-fornecedor-sincronismo': 'products',
  '/buscar/produtos-tipos-fornecedor-sincronismo': 'productTypes',
  [`${PAGED}/quantidade-paginas`]: 'pageCount',
  '/sincronismo-produto-fornecedor/listar': 'listAll',
};

const WITH_PARAM: [RegExp, RouteName][] = [
  [new RegExp(`^${PAGED}/(\\d+)$`), 'page'],
  [new RegExp(`^${SEARCH}/placa/([^/]+)$`), 'byPlate'],
  [new RegExp(`^${SEARCH}/chassi/([^/]+)$`), 'byChassis'],
  [new RegExp(`^${SEARCH}/cpf/([^/]+)$`), 'byCpf'],
];

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Matches a request path (as sent, with the base path, maybe a query) to
 * its route. A trailing slash is tolerated; anything else is `unknown`.
 *
 * @example
 * matchRoute('/api/sga/v2/sincronismo-produto-fornecedor/buscar/placa/ABC1234')
 * // => { route: 'byPlate', param: 'ABC1234' }
 */
export function matchRoute(path: string): RouteMatch {
  const pathname = path.split('?')[0].replace(/(.)\/$/, '$1');
  if (!pathname.startsWith(`${BASE_PATH}/`)) return { route: 'unknown' };
  const rest = pathname.slice(BASE_PATH.length);
  if (FIXED[rest]) return { route: FIXED[rest] };
  for (const [pattern, route] of WITH_PARAM) {
    const found = pattern.exec(rest);
    const param = found ? decode(found[1]) : undefined;
    if (param !== undefined) return { route, param };
  }
  return { route: 'unknown' };
}

/** The route a request path belongs to, or `unknown`. */
export function classifyRoute(path: string): RouteName | 'unknown' {
  return matchRoute(path).route;
}
