import {
  type LocalPipeline,
  startLocalPipeline,
} from '../../bin/local/LocalPipeline';
import { runSync, type TenantOutcome } from '../../bin/local/runSync';
import type { TenantWithToken } from '../../functions/tenants/tenantSchema';
import {
  type RawRecord,
  type SgaBehaviour,
  startSgaSandbox,
  type SgaSandbox,
} from '../sandbox/sga';
import {
  type SoftruckAccount,
  type SoftruckFaults,
  startSoftruckSandbox,
  type SoftruckSandbox,
} from '../sandbox/softruck';

/** Sandboxes and the local pipeline, with accounts and data chosen here. */
export interface SecurityWorld {
  sga: SgaSandbox;
  softruck: SoftruckSandbox;
  pipeline: LocalPipeline;
  sync(runId: string): Promise<TenantOutcome[]>;
  close(): Promise<void>;
}

export interface SecurityWorldOptions {
  account: SoftruckAccount;
  tenants: TenantWithToken[];
  /** The records each tenant's token is served, in tenant order. */
  records: RawRecord[][];
  pageSizes: number[];
  sgaBehaviour?: Partial<SgaBehaviour>;
  softruckFaults?: Partial<SoftruckFaults>;
}

/**
 * Starts the SGA sandbox serving each tenant its own records, a Softruck
 * sandbox holding the tenants' enterprises under `account`, and the local
 * pipeline pointed at both. Every variable the handlers read is set here,
 * before they load.
 */
export async function startSecurityWorld(
  options: SecurityWorldOptions,
): Promise<SecurityWorld> {
  const sga = await startSgaSandbox({
    behaviour: { latencyMs: 1, ...options.sgaBehaviour },
  });
  options.tenants.forEach((t, i) =>
    sga.setAssociation(t.sgaToken, {
      records: options.records[i],
      pageSize: options.pageSizes[i],
    }),
  );
  const softruck = await startSoftruckSandbox({
    accounts: [options.account],
    enterprises: options.tenants.map((t) => ({
      id: t.softruckEnterpriseId,
      cnpj: t.cnpj,
      name: t.company,
    })),
    ratePerMinute: 100_000,
    faults: options.softruckFaults,
  });
  Object.assign(process.env, {
    SGA_BASE_URL: sga.url,
    SOFTRUCK_BASE_URL: softruck.url,
    SOFTRUCK_RATE_PER_MINUTE: '100000',
    SGA_MIN_INTERVAL_MS: '0',
    SOFTRUCK_USERNAME: options.account.username,
    SOFTRUCK_PASSWORD: options.account.password,
    SOFTRUCK_PUBLIC_KEY: options.account.publicKey,
    RECONCILE_TIME_BUDGET_MS: '60000',
  });
  const pipeline = await startLocalPipeline(undefined, {
    pages: 3,
    reconcile: 3,
  });
  return {
    sga,
    softruck,
    pipeline,
    sync: (runId) =>
      runSync(pipeline, {
        tenants: options.tenants,
        dryRun: false,
        runId,
        softruck: options.account,
        timeoutMs: 45_000,
        progress: () => undefined,
      }),
    async close() {
      await pipeline.close();
      await sga.close();
      await softruck.close();
    },
  };
}

const CPF_WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: string, weights: number[]): string {
  const sum = weights.reduce((t, w, i) => t + w * Number(digits[i]), 0);
  const rest = sum % 11;
  return String(rest < 2 ? 0 : 11 - rest);
}

/** A CPF with valid check digits built on nine chosen digits. */
export function validCpf(base: string): string {
  const first = base + checkDigit(base, CPF_WEIGHTS);
  return first + checkDigit(first, [11, ...CPF_WEIGHTS]);
}

/** `52596589060` as `525.965.890-60`. */
export function formatCpf(cpf: string): string {
  return cpf.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4');
}
