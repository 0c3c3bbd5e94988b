import { ONE_PATH_PER_ROUTE, SGA_PATHS } from './fetchSga';
import { classifyRoute, ROUTE_NAMES } from './routes';

describe('classifyRoute', () => {
  it('names each of the eight routes', () => {
    const names = ONE_PATH_PER_ROUTE.map((path) =>
      classifyRoute(`/api/sga/v2${path}`),
    );

    expect(names).toEqual(ROUTE_NAMES);
  });

  it('ignores the query string and a trailing slash', () => {
    const path = `/api/sga/v2${SGA_PATHS.listAll}/?page=2`;

    expect(classifyRoute(path)).toBe('listAll');
  });

  it.each([
    '/api/sga/v2/usuario/autenticar',
    '/api/sga/v2/sincronismo-produto-fornecedor-paginado/listar/pagina/x',
    '/sincronismo-produto-fornecedor/listar',
  ])('calls %s unknown', (path) => {
    expect(classifyRoute(path)).toBe('unknown');
  });
});
