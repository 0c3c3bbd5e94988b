import { dailyChanges } from '../../bin/bench/days';
import { benchTenants, tenantSizes } from '../../bin/bench/deployment';
import { isValidCnpj } from '../../test/sandbox/sga';

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

describe('tenantSizes', () => {
  it('spans 20 tenants of 300 to 50,000 vehicles, 200,000 or more', () => {
    const sizes = tenantSizes(1);

    expect(sizes).toHaveLength(20);
    expect(Math.min(...sizes)).toBe(300);
    expect(Math.max(...sizes)).toBe(50_000);
    expect(sum(sizes)).toBeGreaterThanOrEqual(200_000);
  });

  it('shrinks every tenant alike at a smaller scale', () => {
    const sizes = tenantSizes(0.1);

    expect(sizes).toHaveLength(20);
    expect(Math.max(...sizes)).toBe(5_000);
  });
});

describe('benchTenants', () => {
  it('gives every tenant a valid CNPJ and its own token and enterprise', () => {
    const tenants = benchTenants(0.01).map((t) => t.tenant);

    expect(tenants.every((t) => isValidCnpj(t.cnpj))).toBe(true);
    expect(new Set(tenants.map((t) => t.sgaToken)).size).toBe(20);
    expect(new Set(tenants.map((t) => t.softruckEnterpriseId)).size).toBe(20);
  });
});

describe('dailyChanges', () => {
  it('changes 1% of the vehicles, split by kind', () => {
    const { seed: _seed, ...counts } = dailyChanges(10_000, 1);

    expect(sum(Object.values(counts))).toBe(100);
    expect(counts).toEqual({
      newVehicles: 25,
      changed: 40,
      cancelled: 15,
      reactivated: 10,
      removed: 10,
    });
  });

  it('changes at least one vehicle of a small association', () => {
    const { seed: _seed, ...counts } = dailyChanges(20, 1);

    expect(sum(Object.values(counts))).toBe(1);
  });
});
