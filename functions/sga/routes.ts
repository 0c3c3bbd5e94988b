const SEARCH = '/sincronismo-produto-fornecedor/buscar';

/**
 * The eight supplier-sync routes a token must have enabled, and how each
 * path is built. The only place that spells SGA's paths.
 */
export const SGA_ROUTES = {
  products: () => '/buscar/produtos-fornecedor-sincronismo',
  productTypes: () => '/buscar/produtos-tipos-fornecedor-sincronismo',
  pageCount: () =>
    '/sincronismo-produto-fornecedor-paginado/listar/pagina/quantidade-paginas',
  page: (page: number) =>
    `/sincronismo-produto-fornecedor-paginado/listar/pagina/${page}`,
  listAll: () => '/sincronismo-produto-fornecedor/listar',
  byPlate: (plate: string) => `${SEARCH}/placa/${encodeURIComponent(plate)}`,
  byChassis: (chassis: string) =>
    `${SEARCH}/chassi/${encodeURIComponent(chassis)}`,
  byCpf: (cpf: string) => `${SEARCH}/cpf/${encodeURIComponent(cpf)}`,
} as const;

export type SgaRoute = keyof typeof SGA_ROUTES;

/** Every route, in the contract's order (the order the route check uses). */
export const ALL_ROUTES = Object.keys(SGA_ROUTES) as readonly SgaRoute[];

/**
 * Lookup routes: a 404 there means "nothing found", not "disabled". The
 * products routes live under `/buscar` too, but take no argument, so a
 * 404 there can only mean the route is not enabled.
 */
export const LOOKUP_ROUTES: readonly SgaRoute[] = [
  'byPlate',
  'byChassis',
  'byCpf',
];

/** The path of `route` with its one argument (page number or key). */
export function routePath(route: SgaRoute, argument: string | number = 1) {
  const build = SGA_ROUTES[route] as (argument: string | number) => string;
  return build(argument);
}
