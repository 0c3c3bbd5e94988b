import { type RawRecord, startSgaSandbox } from '../../test/sandbox/sga';
import { startSoftruckSandbox } from '../../test/sandbox/softruck';
import type { SgaSpeed } from './bounds';
import type { BenchTenant } from './deployment';
import type { Holdings } from './minimumCalls';
import { ScaledClock } from './scaledClock';

/** The real limits the benchmark scales down. */
export const REAL = {
  /** Softruck: requests per minute per account, logins included. */
  softruckPerMinute: 50,
  /** SGA: about a minute for a page of 1,000 records has been seen. */
  sgaMsPerRecord: 60,
  /** The sync's own least gap between two SGA calls of one tenant. */
  sgaMinIntervalMs: 1000,
  /** Records per SGA page (undocumented; 1,000 as in the observation). */
  pageSize: 100,
};

/** The invented Softruck account of the benchmark's sync and script. */
export const ACCOUNT = {
  username: 'bench-integration',
  password: 'bench-password-not-secret',
  publicKey: 'bench-public-key',
};

/** The local SGA and Softruck of one scenario. */
export interface BenchSandboxes {
  sgaUrl: string;
  softruckUrl: string;
  /**
   * Serves a day's records, with SGA and Softruck `factor` times faster
   * than life; returns their speed and limit in wall-clock time.
   */
  serve(day: RawRecord[][], factor: number): Speed;
  holdings(): Holdings;
  /** Marks now; later calls count from here. */
  mark(): { sgaCalls: () => number; softruckRequests: () => Request[] };
  close(): Promise<void>;
}

/** How fast the sandboxes are, in wall-clock time. */
export interface Speed {
  factor: number;
  sga: SgaSpeed;
  softruckLimit: { requests: number; windowMs: number };
  /** Lifetime of a Softruck token. */
  tokenTtlMs: number;
}

/** Softruck's token lifetime, as the sandbox sets it. */
const TOKEN_TTL_MS = 3_600_000;

interface Request {
  method: string;
  path: string;
  status: number;
}

/**
 * Starts both sandboxes. At a factor F, SGA answers a page in 60 ms per
 * record / F, and Softruck, on a clock F times faster, lets no window of
 * 60 s / F hold more than 50 requests, and its tokens last 1 h / F.
 */
export async function startBenchSandboxes(
  tenants: BenchTenant[],
): Promise<BenchSandboxes> {
  const sga = await startSgaSandbox({ behaviour: { latencyMs: 0 } });
  const clock = new ScaledClock();
  const softruck = await startSoftruckSandbox({
    accounts: [ACCOUNT],
    enterprises: tenants.map(({ tenant }) => ({
      id: tenant.softruckEnterpriseId,
      cnpj: tenant.cnpj,
      name: tenant.company,
    })),
    ratePerMinute: REAL.softruckPerMinute,
    windowMs: 60_000,
    tokenTtlMs: TOKEN_TTL_MS,
    now: clock.now,
  });
  return {
    sgaUrl: sga.url,
    softruckUrl: softruck.url,
    serve(day, factor) {
      const perRecordMs = REAL.sgaMsPerRecord / factor;
      tenants.forEach(({ tenant }, i) => {
        sga.setAssociation(tenant.sgaToken, {
          records: day[i],
          pageSize: REAL.pageSize,
        });
        sga.setBehaviour(tenant.sgaToken, {
          pageLatencyPerRecordMs: perRecordMs,
        });
      });
      clock.setFactor(factor);
      return {
        factor,
        sga: { callMs: 0, perRecordMs },
        softruckLimit: {
          requests: REAL.softruckPerMinute,
          windowMs: 60_000 / factor,
        },
        tokenTtlMs: TOKEN_TTL_MS / factor,
      };
    },
    holdings: () => ({
      vehicles: softruck.vehicles(),
      users: softruck.users(),
      userLinks: softruck.userLinks(),
    }),
    mark() {
      const sgaFrom = sga.calls.length;
      const softruckFrom = softruck.requests.length;
      return {
        sgaCalls: () => sga.calls.length - sgaFrom,
        softruckRequests: () => softruck.requests.slice(softruckFrom),
      };
    },
    async close() {
      await sga.close();
      await softruck.close();
    },
  };
}
