import type { TenantWithToken } from '../../functions/tenants/tenantSchema';
import {
  generateAssociation,
  nextDay,
  startSgaSandbox,
  type SgaSandbox,
} from '../../test/sandbox/sga';
import {
  startSoftruckSandbox,
  type SoftruckSandbox,
} from '../../test/sandbox/softruck';
import { ACCOUNT, type Holdings, holdingsOf, TENANTS } from './demoTenants';
import { formatOutcome } from './formatReport';
import { startLocalPipeline } from './LocalPipeline';
import { runSync, type TenantOutcome } from './runSync';

/** How large and how fast the demonstration is. */
export interface DemoOptions {
  vehicles: { large: number; small: number };
  pageSize: number;
  /** The Softruck sandbox's limit, and the budget the sync is given. */
  softruckPerMinute: number;
  sgaLatencyMs: number;
  stateDir?: string;
  print: (line: string) => void;
}

/** What one day of the demonstration produced and what Softruck held. */
export interface DemoDay {
  outcomes: TenantOutcome[];
  holdings: Record<string, Holdings>;
}

/**
 * The demonstration behind `npm start`: two associations in a local SGA,
 * a local Softruck, and two days of sync through the real handlers. It
 * returns both days so that a test can compare report and Softruck.
 */
export async function runDemo(options: DemoOptions): Promise<DemoDay[]> {
  const sizes = [options.vehicles.large, options.vehicles.small];
  let data = TENANTS.map((_, i) =>
    generateAssociation({ seed: 1000 + i, vehicles: sizes[i] }),
  );
  TENANTS.forEach((t, i) =>
    options.print(
      `${t.id}: ${sizes[i]} vehicles in SGA; syncs ${t.sync}; ` +
        (t.deactivateNonActive
          ? 'deactivates what is no longer active'
          : 'never deactivates'),
    ),
  );
  const sga = await startSgaSandbox({
    behaviour: { latencyMs: options.sgaLatencyMs },
  });
  const softruck = await startSoftruckSandbox({
    accounts: [ACCOUNT],
    enterprises: TENANTS.map((t) => ({
      id: t.softruckEnterpriseId,
      cnpj: t.cnpj,
      name: t.company,
    })),
    ratePerMinute: options.softruckPerMinute,
  });
  const serve = () =>
    TENANTS.forEach((t, i) =>
      sga.setAssociation(t.token, {
        records: data[i],
        pageSize: options.pageSize,
      }),
    );
  serve();
  Object.assign(process.env, {
    SGA_BASE_URL: sga.url,
    SOFTRUCK_BASE_URL: softruck.url,
    SOFTRUCK_RATE_PER_MINUTE: String(options.softruckPerMinute),
    SGA_MIN_INTERVAL_MS: '20',
  });
  const pipeline = await startLocalPipeline(options.stateDir);
  const tenants: TenantWithToken[] = TENANTS.map(({ token, ...t }) => ({
    ...t,
    sgaToken: token,
    activeStatuses: ['ATIVO'],
    enabled: true,
    brakeShare: 0.1,
    brakeMinimum: 20,
  }));
  const days: DemoDay[] = [];
  try {
    for (const [n, runId] of ['2026-12-01', '2026-12-02'].entries()) {
      if (n === 1) {
        data = data.map((records, i) => {
          const next = nextDay(records, {
            seed: 2000 + i,
            newVehicles: 12,
            changed: 25,
            cancelled: 4,
            reactivated: 3,
            removed: 2,
          });
          options.print(
            `${TENANTS[i].id}: SGA changed overnight: ` +
              Object.entries(next.changes)
                .map(([k, v]) => `${v.length} ${k}`)
                .join(', '),
          );
          return next.records;
        });
        serve();
      }
      options.print(`\n=== day ${n + 1} (run ${runId}) ===`);
      const outcomes = await runSync(pipeline, {
        tenants,
        dryRun: false,
        runId,
        softruck: ACCOUNT,
        timeoutMs: 30 * 60_000,
        progress: (line) => line && options.print(`… ${line}`),
      });
      outcomes.forEach((o) => options.print(formatOutcome(o)));
      const holdings = holdingsOf(softruck);
      for (const [id, h] of Object.entries(holdings)) {
        options.print(
          `  Softruck now holds for ${id}: ${h.vehicles} vehicles ` +
            `(${h.activeVehicles} active), ${h.users} users ` +
            `(${h.activeUsers} active), ${h.links} user links`,
        );
      }
      days.push({ outcomes, holdings });
    }
    options.print(
      `\nSGA calls: ${sga.calls.length} (all GET: ${sga.calls.every((c) => c.method === 'GET')}); ` +
        `Softruck requests: ${softruck.requests.length}, 429s: ${softruck.count429()}, ` +
        `most requests in any 60 s window: ` +
        `${softruck.maxAcceptedInAnyWindow()} of ${options.softruckPerMinute} allowed`,
    );
    return days;
  } finally {
    await pipeline.close();
    await closeAll(sga, softruck);
  }
}

async function closeAll(sga: SgaSandbox, softruck: SoftruckSandbox) {
  await sga.close();
  await softruck.close();
}
