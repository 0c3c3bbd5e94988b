import {
  type LocalPipeline,
  startLocalPipeline,
} from '../../../bin/local/LocalPipeline';
import { runSync, type TenantOutcome } from '../../../bin/local/runSync';
import { setLogLevel } from '../../../functions/observability/logger';
import type { TenantWithToken } from '../../../functions/tenants/tenantSchema';
import { startSgaSandbox, type SgaSandbox } from '../../sandbox/sga';
import {
  startSoftruckSandbox,
  type SoftruckSandbox,
} from '../../sandbox/softruck';
import { ACCOUNT } from '../../support/sandboxes';
import { startSwitchProxy } from './switchProxy';
import { validCnpj } from './validCnpj';

/** A tenant of a test: settings, its token and its Softruck enterprise. */
export type WorldTenant = TenantWithToken;

/** Tenants syncing both kinds and deactivating, one enterprise each. */
export function makeTenants(
  ids: string[],
  patch: Partial<WorldTenant> = {},
): WorldTenant[] {
  return ids.map((id, i) => ({
    id,
    company: `Associação ${id}`,
    cnpj: validCnpj(1000 + i),
    softruckEnterpriseId: `Ent${id.replace(/-/g, '')}`.padEnd(15, '0'),
    sgaToken: `sga-token-${id}-0000`,
    sync: 'both',
    deactivateNonActive: true,
    enabled: true,
    activeStatuses: ['ATIVO'],
    brakeShare: 1,
    brakeMinimum: 1000,
    ...patch,
  }));
}

/** Local SGA, local Softruck and the pipeline, for one test file. */
export interface World {
  sga: SgaSandbox;
  /** The Softruck sandbox the pipeline writes to now. */
  softruck: SoftruckSandbox;
  softrucks: SoftruckSandbox[];
  /** Points the pipeline at another Softruck sandbox (same enterprises). */
  useSoftruck(index: number): void;
  pipeline: LocalPipeline;
  /** One sync of `tenants` (or the named one) through `runSync`. */
  run(
    tenants: WorldTenant[],
    options?: { tenantId?: string; lookup?: Lookup; dryRun?: boolean },
  ): Promise<TenantOutcome[]>;
  close(): Promise<void>;
}

type Lookup = { by: 'plate' | 'chassis' | 'cpf'; value: string };

const PER_MINUTE = 30_000;

/**
 * Starts the SGA sandbox, `softrucks` Softruck sandboxes behind one
 * switchable address, sets every variable the pipeline reads (fast SGA, a
 * Softruck budget far above what the tests use, plus `env`), then the
 * pipeline. Call once per test file, in `beforeAll`.
 */
export async function startWorld(
  tenants: WorldTenant[],
  env: Record<string, string> = {},
  softruckCount = 1,
): Promise<World> {
  setLogLevel('error');
  const sga = await startSgaSandbox({ behaviour: { latencyMs: 1 } });
  const enterprises = tenants.map((t) => ({
    id: t.softruckEnterpriseId,
    cnpj: t.cnpj,
    name: t.company,
  }));
  const softrucks: SoftruckSandbox[] = [];
  for (let i = 0; i < softruckCount; i++) {
    softrucks.push(
      await startSoftruckSandbox({
        accounts: [ACCOUNT],
        enterprises: enterprises.filter(
          (e, n) => enterprises.findIndex((o) => o.id === e.id) === n,
        ),
        ratePerMinute: PER_MINUTE,
      }),
    );
  }
  const proxy = await startSwitchProxy(softrucks[0].url);
  Object.assign(process.env, {
    SGA_BASE_URL: sga.url,
    SOFTRUCK_BASE_URL: proxy.url,
    SOFTRUCK_RATE_PER_MINUTE: String(PER_MINUTE),
    SGA_MIN_INTERVAL_MS: '0',
    SGA_TIMEOUT_MS: '5000',
    SGA_BLOCK_PAUSE_MS: String(65 * 60_000),
    RECONCILE_CONTINUE_DELAY_S: '0',
    ...env,
  });
  const pipeline = await startLocalPipeline();
  const world: World = {
    sga,
    softruck: softrucks[0],
    softrucks,
    useSoftruck(index) {
      world.softruck = softrucks[index];
      proxy.switchTo(softrucks[index].url);
    },
    pipeline,
    run: (list, options = {}) =>
      runSync(pipeline, {
        tenants: list,
        tenantId: options.tenantId,
        lookup: options.lookup,
        dryRun: options.dryRun ?? false,
        softruck: ACCOUNT,
        timeoutMs: 45_000,
        progress: () => undefined,
      }),
    async close() {
      await pipeline.close();
      await proxy.close();
      await sga.close();
      for (const softruck of softrucks) await softruck.close();
    },
  };
  return world;
}
