import {
  describeRoute,
  formatRouteCheck,
  isReadyForSync,
} from '../../functions/sga/formatRouteCheck';
import type { RouteCheck, RouteResult } from '../../functions/sga/routeCheck';
import { ALL_ROUTES } from '../../functions/sga/routes';

const all = (patch: Partial<Record<string, Partial<RouteResult>>> = {}) =>
  ALL_ROUTES.map((route) => ({
    route,
    state: 'enabled' as const,
    ...patch[route],
  }));

describe('the route check as text', () => {
  it('names a blocked token and the routes it did not call', () => {
    const check: RouteCheck = {
      token: 'blocked',
      routes: all({
        pageCount: { state: 'blocked', detail: 'HTTP 403' },
        ...Object.fromEntries(
          ['page', 'listAll', 'byPlate', 'byChassis', 'byCpf'].map((r) => [
            r,
            { state: 'skipped' },
          ]),
        ),
      }),
    };

    const lines = formatRouteCheck('alfa', check).split('\n');

    expect(lines[0]).toMatch(/^alfa: token blocked by SGA for bulk extraction/);
    expect(lines).toContain(
      `  blocked:     pageCount    ${describeRoute('pageCount')} (HTTP 403)`,
    );
    expect(lines.filter((l) => l.startsWith('  not called:'))).toHaveLength(5);
  });

  it('shows a route that gave no answer and one that is unclear', () => {
    const check: RouteCheck = {
      token: 'valid',
      routes: all({
        page: { state: 'failed', detail: 'HTTP 503' },
        byPlate: { state: 'unclear', detail: 'HTTP 404' },
      }),
    };

    const text = formatRouteCheck('alfa', check);

    expect(text).toContain('  no answer:   page ');
    expect(text).toContain('  unclear:     byPlate ');
    expect(text).toContain('  cannot:      daily sync (needs page)');
  });

  it('names every route as SGA lists it, with its argument', () => {
    expect(ALL_ROUTES.map(describeRoute)).toEqual([
      'GET /buscar/produtos-fornecedor-sincronismo',
      'GET /buscar/produtos-tipos-fornecedor-sincronismo',
      'GET /sincronismo-produto-fornecedor-paginado/listar/pagina/quantidade-paginas',
      'GET /sincronismo-produto-fornecedor-paginado/listar/pagina/:numero_pagina',
      'GET /sincronismo-produto-fornecedor/listar',
      'GET /sincronismo-produto-fornecedor/buscar/placa/:placa',
      'GET /sincronismo-produto-fornecedor/buscar/chassi/:chassi',
      'GET /sincronismo-produto-fornecedor/buscar/cpf/:cpf',
    ]);
  });

  it('is ready for the sync without the routes the sync never reads', () => {
    const unread = { state: 'disabled' as const };
    const check: RouteCheck = {
      token: 'valid',
      routes: all({ products: unread, productTypes: unread, listAll: unread }),
    };

    expect(isReadyForSync(check)).toBe(true);
    expect(isReadyForSync({ ...check, token: 'unknown' })).toBe(false);
    expect(
      isReadyForSync({ token: 'valid', routes: all({ byCpf: unread }) }),
    ).toBe(false);
  });
});
