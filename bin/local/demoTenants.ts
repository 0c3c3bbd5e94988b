import type { Tenant } from '../../functions/tenants/tenantSchema';
import type { SoftruckSandbox } from '../../test/sandbox/softruck';

export const ACCOUNT = {
  username: 'demo-integration',
  password: 'demo-password-not-secret',
  publicKey: 'demo-public-key',
};

/** Two invented associations with valid CNPJs and their enterprises. */
export const TENANTS: (Omit<
  Tenant,
  'activeStatuses' | 'enabled' | 'brakeShare' | 'brakeMinimum'
> & { token: string })[] = [
  {
    id: 'assoc-minas',
    company: 'Associação Mineira de Proteção Veicular',
    cnpj: '11222333000181',
    softruckEnterpriseId: 'EntMinas0000001',
    sync: 'both',
    deactivateNonActive: true,
    token: 'sga-demo-token-minas-0001',
  },
  {
    id: 'assoc-sul',
    company: 'Cooperativa Sul de Proteção Automotiva',
    cnpj: '45997418000153',
    softruckEnterpriseId: 'EntSul000000001',
    sync: 'vehicles',
    deactivateNonActive: false,
    token: 'sga-demo-token-sul-00002',
  },
];

/** What Softruck holds for one tenant's enterprise. */
export interface Holdings {
  vehicles: number;
  activeVehicles: number;
  users: number;
  activeUsers: number;
  links: number;
}

/** Counts what the Softruck sandbox holds, per demonstration tenant. */
export function holdingsOf(
  softruck: SoftruckSandbox,
): Record<string, Holdings> {
  const out: Record<string, Holdings> = {};
  for (const t of TENANTS) {
    const vehicles = softruck
      .vehicles()
      .filter((v) => v.enterpriseId === t.softruckEnterpriseId);
    const users = softruck
      .users()
      .filter((u) => u.enterpriseId === t.softruckEnterpriseId);
    const ids = new Set(vehicles.map((v) => v.id));
    out[t.id] = {
      vehicles: vehicles.length,
      activeVehicles: vehicles.filter((v) => !v.deactivatedAt).length,
      users: users.length,
      activeUsers: users.filter((u) => !u.deactivatedAt).length,
      links: softruck.userLinks().filter((l) => ids.has(l.vehicleId)).length,
    };
  }
  return out;
}
