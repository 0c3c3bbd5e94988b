/** What a sandbox call answered, body parsed as JSON. */
export interface SgaReply {
  status: number;
  body: unknown;
  headers: Headers;
}

function search(field: string, value: string): string {
  const path = '/sincronismo-produto-fornecedor/buscar';
  return `${path}/${field}/${encodeURIComponent(value)}`;
}

/** The paths of the eight routes under the base URL, for tests and demos. */
export const SGA_PATHS = {
  products: '/buscar/produtos-fornecedor-sincronismo',
  productTypes: '/buscar/produtos-tipos-fornecedor-sincronismo',
  pageCount:
    '/sincronismo-produto-fornecedor-paginado/listar/pagina/quantidade-paginas',
  page: (n: number) =>
    `/sincronismo-produto-fornecedor-paginado/listar/pagina/${n}`,
  listAll: '/sincronismo-produto-fornecedor/listar',
  byPlate: (plate: string) => search('placa', plate),
  byChassis: (chassis: string) => search('chassi', chassis),
  byCpf: (cpf: string) => search('cpf', cpf),
};

/** One path of each route, in `ROUTE_NAMES` order, on sample data. */
export const ONE_PATH_PER_ROUTE = [
  SGA_PATHS.products,
  SGA_PATHS.productTypes,
  SGA_PATHS.pageCount,
  SGA_PATHS.page(1),
  SGA_PATHS.listAll,
  SGA_PATHS.byPlate('QWE4F21'),
  SGA_PATHS.byChassis('9BW7JSNXZHGXAK22R'),
  SGA_PATHS.byCpf('52596589060'),
];

/**
 * Calls the sandbox the way the sync does: GET, a bearer token, JSON. The
 * timeout keeps a test from waiting on a hanging call for ever.
 */
export async function fetchSga(
  baseUrl: string,
  path: string,
  token: string | undefined,
  init: RequestInit = {},
): Promise<SgaReply> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(baseUrl + path, {
    signal: AbortSignal.timeout(5000),
    ...init,
    headers: { ...headers, ...(init.headers as Record<string, string>) },
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    headers: response.headers,
  };
}
