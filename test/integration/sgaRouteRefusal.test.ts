import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { formatOutcome } from '../../bin/local/formatReport';
import { SecretWriter } from '../../functions/secrets/SecretWriter';
import type { FanOutResult } from '../../functions/sync/fanOut';
import { generateAssociation } from '../sandbox/sga';
import { enterpriseState } from '../sga/support/enterpriseState';
import {
  makeTenants,
  startWorld,
  type World,
  type WorldTenant,
} from '../sga/support/pipelineWorld';

const tenants = makeTenants([
  'no-page',
  'no-plate',
  'no-listing',
  'stranger',
  'fails-later',
]);
const tenant = (id: string) => tenants.find((t) => t.id === id) as WorldTenant;
const PAGE_ROUTE =
  'page (GET /sincronismo-produto-fornecedor-paginado/listar/pagina/' +
  ':numero_pagina, HTTP 404)';

/**
 * `sga-sync run` checks, once before a run starts, that the token has the
 * routes that run reads, and refuses the tenant with the list of what is
 * missing; a route refused once the run is under way fails the run.
 */
describe('runs and the routes of the token', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld(tenants);
    tenants
      .filter((t) => t.id !== 'stranger')
      .forEach((t, i) =>
        world.sga.setAssociation(t.sgaToken, {
          records: generateAssociation({ seed: 70 + i, vehicles: 30 }),
          pageSize: 10,
        }),
      );
    const disable = (id: string, routes: string[], status: 404 | 403) =>
      world.sga.setBehaviour(tenant(id).sgaToken, {
        disabledRoutes: routes as never,
        disabledStatus: status,
      });
    disable('no-page', ['page'], 404);
    disable('no-plate', ['byPlate'], 403);
    disable('no-listing', ['listAll', 'products', 'productTypes'], 404);
  }, 30_000);

  afterAll(() => world.close());

  const callsOf = (id: string) =>
    world.sga.calls.filter((c) => c.token === tenant(id).sgaToken);

  it('refuses a daily run without the page route, naming it', async () => {
    const [outcome] = await world.run(tenants, { tenantId: 'no-page' });

    expect(outcome.status).toBe('NOT_STARTED');
    expect(formatOutcome(outcome)).toBe(
      'no-page no run: NOT_STARTED (the SGA token lacks routes this run ' +
        `needs: ${PAGE_ROUTE})`,
    );
    expect(callsOf('no-page').map((c) => c.route)).toEqual([
      'pageCount',
      'page',
    ]);
    expect(await world.pipeline.services.runs.latest('no-page')).toEqual([]);
  });

  it('refuses a lookup whose route answers 403, making one call', async () => {
    const lookup = { by: 'plate' as const, value: 'ABC1D23' };

    const [outcome] = await world.run(tenants, {
      tenantId: 'no-plate',
      lookup,
    });

    expect(outcome.status).toBe('NOT_STARTED');
    expect(outcome.error).toMatch(/needs: byPlate \(GET .*, HTTP 403\)$/);
    expect(callsOf('no-plate').map((c) => c.route)).toEqual(['byPlate']);
  });

  it('runs without the routes the sync never reads', async () => {
    const [outcome] = await world.run(tenants, { tenantId: 'no-listing' });

    expect(outcome.status).toBe('DONE');
    expect(outcome.report?.vehicles.created).toBeGreaterThan(0);
  });

  it('refuses an invalid token as such', async () => {
    const [outcome] = await world.run(tenants, { tenantId: 'stranger' });

    expect(outcome.status).toBe('NOT_STARTED');
    expect(outcome.error).toBe(
      'the SGA token is invalid: SGA refused it (HTTP 401) on every route',
    );
  });

  it('fails a run whose page route is refused once under way', async () => {
    const { sgaToken, softruckEnterpriseId, ...settings } =
      tenant('fails-later');
    const { pipeline } = world;
    const { env } = pipeline.services;
    await pipeline.services.tenants.put({ ...settings, softruckEnterpriseId });
    await new SecretWriter(
      new SecretsManagerClient({}),
      env.SGA_TOKEN_SECRET_PREFIX,
      env.SOFTRUCK_SECRET_ID,
    ).putSgaToken('fails-later', sgaToken);
    const started = (await pipeline.invokeFanOut({
      tenantId: 'fails-later',
    })) as FanOutResult;
    world.sga.setBehaviour(sgaToken, {
      disabledRoutes: ['page'],
      disabledStatus: 403,
    });

    await pipeline.drain(20_000);

    const run = await pipeline.services.runs.get(
      'fails-later',
      started.runId ?? '',
    );
    expect(run?.status).toBe('FAILED');
    expect(run?.error).toMatch(
      /^SGA refused the read: page: route not enabled \(HTTP 403/,
    );
    expect(
      callsOf('fails-later').filter((c) => c.route === 'page'),
    ).toHaveLength(1);
    expect(
      enterpriseState(world.softruck, softruckEnterpriseId).vehicles,
    ).toEqual([]);
  });
});
