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
  byPlate: (plate: string) =>
    `/sincronismo-produto-fornecedor/buscar/placa/${encodeURIComponent(plate)}`,
  byChassis: (chassis: string) =>
    `/sincronismo-produto-fornecedor/buscar/chassi/${encodeURIComponent(chassis)}`,
  byCpf: (cpf: string) =>
    `/sincronismo-produto-fornecedor/buscar/cpf/${encodeURIComponent(cpf)}`,
} as const;

export type SgaRoute = keyof typeof SGA_ROUTES;

/** Lookup routes: a 404 there means "nothing found", not "disabled". */
export const LOOKUP_ROUTES: readonly SgaRoute[] = [
  'byPlate',
  'byChassis',
  'byCpf',
];
