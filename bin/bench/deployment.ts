import type { TenantWithToken } from '../../functions/tenants/tenantSchema';
import { makeCnpj } from '../../test/sandbox/sga/documents';
import { Random } from '../../test/sandbox/sga/random';

/** The benchmark's deployment at scale 1: the shape the sync is built for. */
export const FULL_DEPLOYMENT = {
  tenants: 20,
  smallest: 300,
  largest: 50_000,
};

/** One tenant of the benchmark and the size of its association. */
export interface BenchTenant {
  tenant: TenantWithToken;
  vehicles: number;
}

/**
 * Vehicle counts from `smallest` to `largest` in a geometric series, as
 * customer sizes tend to be spread: at scale 1, twenty tenants from 300
 * to 50,000 vehicles, 210,842 in all. A scale below 1 shrinks every
 * association alike and keeps the number of tenants.
 */
export function tenantSizes(scale: number, shape = FULL_DEPLOYMENT): number[] {
  const { tenants, smallest, largest } = shape;
  const ratio = (largest / smallest) ** (1 / (tenants - 1));
  return Array.from({ length: tenants }, (_, i) =>
    Math.max(1, Math.round(smallest * ratio ** i * scale)),
  );
}

/**
 * The benchmark's tenants: most sync users and vehicles and deactivate
 * what leaves (the heaviest case); every fifth syncs vehicles only and
 * never deactivates, as some customers ask.
 */
export function benchTenants(scale: number): BenchTenant[] {
  return tenantSizes(scale).map((vehicles, i) => {
    const n = String(i + 1).padStart(2, '0');
    const light = i % 5 === 4;
    return {
      vehicles,
      tenant: {
        id: `bench-${n}`,
        company: `Associação de Proteção Veicular ${n}`,
        cnpj: makeCnpj(new Random(7000 + i)),
        sgaToken: `sga-bench-token-${n}`,
        softruckEnterpriseId: `EntBench${String(i + 1).padStart(7, '0')}`,
        sync: light ? 'vehicles' : 'both',
        deactivateNonActive: !light,
        enabled: true,
        activeStatuses: ['ATIVO'],
        brakeShare: 0.1,
        brakeMinimum: 20,
      },
    };
  });
}
