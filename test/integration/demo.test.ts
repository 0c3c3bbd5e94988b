import { runDemo, type DemoDay } from '../../bin/local/demoScenario';
import { setLogLevel } from '../../functions/observability/logger';

/**
 * The demonstration behind `npm start`, at a smaller size: its reports
 * must agree with what the Softruck sandbox holds after each day.
 */
describe('the two-day demonstration', () => {
  let days: DemoDay[];

  beforeAll(async () => {
    setLogLevel('warn');
    days = await runDemo({
      vehicles: { large: 240, small: 80 },
      pageSize: 40,
      softruckPerMinute: 12000,
      sgaLatencyMs: 1,
      print: () => undefined,
    });
  }, 120_000);

  const report = (day: number, tenantId: string) => {
    const outcome = days[day].outcomes.find((o) => o.tenantId === tenantId);
    if (!outcome?.report) throw new Error(`no report for ${tenantId}`);
    return outcome.report;
  };

  it('completes both days for both tenants', () => {
    const statuses = days.flatMap((d) => d.outcomes.map((o) => o.status));

    expect(statuses).toEqual(['DONE', 'DONE', 'DONE', 'DONE']);
  });

  it('holds after day one exactly what the first reports say was created', () => {
    for (const tenantId of ['assoc-minas', 'assoc-sul']) {
      const r = report(0, tenantId);
      const held = days[0].holdings[tenantId];

      expect(held.vehicles).toBe(r.vehicles.created);
      expect(held.activeVehicles).toBe(
        r.vehicles.created - r.vehicles.deactivated,
      );
      expect(held.users).toBe(r.users.created);
      expect(held.links).toBe(r.links.linked);
    }
  });

  it('changes on day two only what the second reports say changed', () => {
    for (const tenantId of ['assoc-minas', 'assoc-sul']) {
      const r = report(1, tenantId);
      const before = days[0].holdings[tenantId];
      const after = days[1].holdings[tenantId];

      expect(after.vehicles).toBe(before.vehicles + r.vehicles.created);
      expect(after.activeVehicles).toBe(
        before.activeVehicles +
          r.vehicles.created +
          r.vehicles.reactivated -
          r.vehicles.deactivated,
      );
      expect(after.users).toBe(before.users + r.users.created);
      expect(after.activeUsers).toBe(
        before.activeUsers +
          r.users.created +
          r.users.reactivated -
          r.users.deactivated,
      );
    }
  });

  it('makes on day two at most one Softruck call per change, plus login', () => {
    for (const tenantId of ['assoc-minas', 'assoc-sul']) {
      const r = report(1, tenantId);
      const changes = (k: typeof r.vehicles) =>
        k.created + k.updated + k.deactivated + k.reactivated;
      const loginAndEnterpriseCheck = 2;

      expect(r.calls.softruck).toBeLessThanOrEqual(
        loginAndEnterpriseCheck +
          changes(r.vehicles) +
          changes(r.users) +
          r.links.linked,
      );
    }
  });

  it('deactivates cancelled vehicles only for the tenant that asked for it', () => {
    expect(report(1, 'assoc-minas').vehicles.deactivated).toBeGreaterThan(0);
    expect(report(1, 'assoc-sul').vehicles.deactivated).toBe(0);
    expect(report(1, 'assoc-sul').users.created).toBe(0);
  });
});
