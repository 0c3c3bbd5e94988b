import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { LOCAL_TABLE } from '../../bin/local/startLocalAws';
import type { Run, RunReport } from '../../functions/state/types';
import { nextDay } from '../sandbox/sga';
import { TENANTS } from '../support/sandboxes';
import { holdings } from './holdings';
import { type RunsWorld, startRunsWorld } from './runsWorld';

/**
 * A dry run reads SGA and plans everything, and writes nothing: not to
 * Softruck, not to the sync's record of Softruck. Its plan is its report,
 * and the real run that follows makes exactly those writes.
 */
const ALFA = TENANTS[0];
let world: RunsWorld;
let db: DynamoDBDocumentClient;

/** Every item of the sync's record of what Softruck holds for a tenant. */
async function syncState(tenantId: string) {
  const out = await db.send(
    new QueryCommand({
      TableName: LOCAL_TABLE,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `STATE#${tenantId}` },
    }),
  );
  return out.Items ?? [];
}

const enterprise = () =>
  holdings(world.sandboxes.softruck, ALFA.softruckEnterpriseId);

beforeAll(async () => {
  world = await startRunsWorld({ tenants: [ALFA], vehicles: [60] });
  db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  await world.sync('day-1');
  world.serve(
    ALFA.id,
    nextDay(world.initial[0], {
      seed: 11,
      newVehicles: 3,
      changed: 5,
      cancelled: 3,
      reactivated: 1,
      removed: 2,
    }).records,
  );
}, 60_000);

afterAll(() => world.close());

describe('a dry run', () => {
  let rehearsal: RunReport;
  let softruckBefore: ReturnType<typeof enterprise>;
  let stateBefore: Awaited<ReturnType<typeof syncState>>;
  let requestsBefore: number;

  beforeAll(async () => {
    softruckBefore = enterprise();
    stateBefore = await syncState(ALFA.id);
    requestsBefore = world.sandboxes.softruck.requests.length;
    const [outcome] = await world.sync('day-2-dry', { dryRun: true });
    rehearsal = outcome.report as RunReport;
  }, 60_000);

  it('finishes with its plan as the report', () => {
    expect(rehearsal).toMatchObject({ status: 'DONE', dryRun: true });
    expect(rehearsal.vehicles.created).toBeGreaterThanOrEqual(3);
    expect(
      rehearsal.vehicles.updated + rehearsal.vehicles.deactivated,
    ).toBeGreaterThan(0);
  });

  it('leaves Softruck untouched, sending nothing but reads and a login', () => {
    const sent = world.sandboxes.softruck.requests.slice(requestsBefore);

    expect(enterprise()).toEqual(softruckBefore);
    expect(
      sent.filter((r) => r.method !== 'GET' && !r.path.includes('auth')),
    ).toEqual([]);
  });

  it('leaves the sync’s record of Softruck untouched', async () => {
    expect(await syncState(ALFA.id)).toEqual(stateBefore);
  });

  it('plans exactly what the real run then writes', async () => {
    const [outcome] = await world.sync('day-2');
    const real = outcome.report as RunReport;

    expect(real.dryRun).toBe(false);
    expect(real.vehicles).toEqual(rehearsal.vehicles);
    expect(real.users).toEqual(rehearsal.users);
    expect(real.links.linked).toBe(rehearsal.links.linked);
    expect(enterprise()).not.toEqual(softruckBefore);
  });
});

describe('a dry run beside an unfinished run', () => {
  it('never supersedes the run that writes', async () => {
    const { services } = world.pipeline;
    const unfinished: Run = {
      tenantId: ALFA.id,
      runId: 'day-3',
      status: 'READING',
      scope: { kind: 'all' },
      dryRun: false,
      pageCount: 3,
      pagesDone: [1],
      anomalies: [],
      startedAt: new Date().toISOString(),
      sgaCalls: 2,
    };
    await services.runs.create(unfinished);

    await world.sync('day-3-dry', { dryRun: true });

    expect((await world.run(ALFA.id, 'day-3')).status).toBe('READING');
    expect((await world.run(ALFA.id, 'day-3-dry')).status).toBe('DONE');
  });
});
