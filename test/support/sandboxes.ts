import {
  generateAssociation,
  startSgaSandbox,
  type SgaBehaviour,
  type SgaSandbox,
} from '../sandbox/sga';
import {
  startSoftruckSandbox,
  type SoftruckSandbox,
} from '../sandbox/softruck';

/** An invented tenant with everything a tenants file needs. */
export interface TestTenant {
  id: string;
  company: string;
  cnpj: string;
  sgaToken: string;
  softruckEnterpriseId: string;
  sync: 'users' | 'vehicles' | 'both';
  deactivateNonActive: boolean;
}

export const ACCOUNT = {
  username: 'test-integration',
  password: 'test-password-0000',
  publicKey: 'test-public-key-0000',
};

/** Two tenants with valid CNPJs, one syncing both kinds, one vehicles only. */
export const TENANTS: TestTenant[] = [
  {
    id: 'alfa',
    company: 'Associação Alfa',
    cnpj: '11222333000181',
    sgaToken: 'sga-token-alfa-0001',
    softruckEnterpriseId: 'EntAlfa00000001',
    sync: 'both',
    deactivateNonActive: true,
  },
  {
    id: 'beta',
    company: 'Cooperativa Beta',
    cnpj: '45997418000153',
    sgaToken: 'sga-token-beta-0002',
    softruckEnterpriseId: 'EntBeta00000001',
    sync: 'vehicles',
    deactivateNonActive: false,
  },
];

export interface Sandboxes {
  sga: SgaSandbox;
  softruck: SoftruckSandbox;
  /** Variables that point the sync at the sandboxes. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * Starts a local SGA serving a generated association per tenant and a
 * local Softruck holding the tenants' enterprises.
 */
export async function startSandboxes(options: {
  tenants: TestTenant[];
  vehicles: number[];
  pageSize?: number;
  softruckPerMinute?: number;
  behaviour?: Partial<SgaBehaviour>;
}): Promise<Sandboxes> {
  const sga = await startSgaSandbox({
    behaviour: { latencyMs: 1, ...options.behaviour },
  });
  options.tenants.forEach((t, i) =>
    sga.setAssociation(t.sgaToken, {
      records: generateAssociation({
        seed: 100 + i,
        vehicles: options.vehicles[i],
      }),
      pageSize: options.pageSize ?? 50,
    }),
  );
  const perMinute = options.softruckPerMinute ?? 6000;
  const softruck = await startSoftruckSandbox({
    accounts: [ACCOUNT],
    enterprises: options.tenants.map((t) => ({
      id: t.softruckEnterpriseId,
      cnpj: t.cnpj,
      name: t.company,
    })),
    ratePerMinute: perMinute,
  });
  return {
    sga,
    softruck,
    env: {
      SGA_BASE_URL: sga.url,
      SOFTRUCK_BASE_URL: softruck.url,
      SOFTRUCK_RATE_PER_MINUTE: String(perMinute),
      SGA_MIN_INTERVAL_MS: '0',
      SOFTRUCK_USERNAME: ACCOUNT.username,
      SOFTRUCK_PASSWORD: ACCOUNT.password,
      SOFTRUCK_PUBLIC_KEY: ACCOUNT.publicKey,
    },
    async close() {
      await sga.close();
      await softruck.close();
    },
  };
}
