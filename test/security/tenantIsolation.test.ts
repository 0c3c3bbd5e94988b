import { normalizeRecord } from '../../functions/normalize';
import { setLogSink } from '../../functions/observability/logger';
import type { TenantWithToken } from '../../functions/tenants/tenantSchema';
import { generateAssociation, type RawRecord } from '../sandbox/sga';
import type { SandboxUser, SandboxVehicle } from '../sandbox/softruck';
import { ACCOUNT, TENANTS } from '../support/sandboxes';
import { type SecurityWorld, startSecurityWorld } from './securityWorld';

/**
 * Two tenants serving the same vehicles and the same associates (the
 * same plates, the same CPFs), told apart by a colour and a surname only
 * tenant B's copy carries, synced in one run to two enterprises.
 */
const MARK = { color: 'VERDE BETA', surname: 'BETAMARCADO' };
const base = generateAssociation({ seed: 404, vehicles: 60 });
const copyB: RawRecord[] = base.map((r) => ({
  ...r,
  descricao_cor: MARK.color,
  nome_associado: `${String(r.nome_associado)} ${MARK.surname}`,
}));

const tenants: TenantWithToken[] = TENANTS.map((t) => ({
  ...t,
  sync: 'both',
  deactivateNonActive: true,
  activeStatuses: ['ATIVO'],
  enabled: true,
  brakeShare: 0.1,
  brakeMinimum: 20,
}));
const [A, B] = tenants;

/** Plate to colour, and the CPFs, of the active records of one copy. */
function expected(records: RawRecord[]) {
  const colors = new Map<string, Set<string | undefined>>();
  const cpfs = new Set<string>();
  for (const raw of records) {
    const read = normalizeRecord(raw);
    if (!read.ok || read.vehicle.status !== 'ATIVO') continue;
    const plate = read.vehicle.plate ?? '';
    colors.set(plate, (colors.get(plate) ?? new Set()).add(read.vehicle.color));
    if (read.associate) cpfs.add(read.associate.document);
  }
  return { colors, cpfs };
}

describe('two tenants with overlapping plates and CPFs in one run', () => {
  let world: SecurityWorld;
  let vehicles: (id: string) => SandboxVehicle[];
  let users: (id: string) => SandboxUser[];

  beforeAll(async () => {
    setLogSink(() => undefined);
    world = await startSecurityWorld({
      account: ACCOUNT,
      tenants,
      records: [base, copyB],
      pageSizes: [20, 15],
    });
    const outcomes = await world.sync('2026-12-01');
    expect(outcomes.map((o) => o.status)).toEqual(['DONE', 'DONE']);
    vehicles = (id) =>
      world.softruck.vehicles().filter((v) => v.enterpriseId === id);
    users = (id) => world.softruck.users().filter((u) => u.enterpriseId === id);
  }, 58_000);

  afterAll(async () => world?.close());

  it.each([
    ['A', A, base],
    ['B', B, copyB],
  ])(
    'gives tenant %s its own vehicles, with its own attributes',
    (_, t, records) => {
      const { colors } = expected(records);
      const found = vehicles(t.softruckEnterpriseId);
      expect(found.map((v) => v.attributes.plate).sort()).toEqual(
        [...colors.keys()].sort(),
      );
      for (const v of found) {
        const allowed = colors.get(v.attributes.plate ?? '');
        expect(allowed?.has(v.attributes.color ?? undefined)).toBe(true);
      }
    },
  );

  it.each([
    ['A', A, base],
    ['B', B, copyB],
  ])(
    'gives tenant %s a user for each of its own associates',
    (_, t, records) => {
      const found = users(t.softruckEnterpriseId);
      expect(new Set(found.map((u) => u.attributes.cpf))).toEqual(
        expected(records).cpfs,
      );
    },
  );

  it('puts nothing of tenant A in the enterprise of B, nor of B in A', () => {
    const colorsOf = (id: string) =>
      vehicles(id).map((v) => v.attributes.color === MARK.color);
    const marked = (id: string) =>
      users(id).map((u) => (u.attributes.name ?? '').includes(MARK.surname));
    expect(colorsOf(A.softruckEnterpriseId)).not.toContain(true);
    expect(colorsOf(B.softruckEnterpriseId)).not.toContain(false);
    expect(marked(A.softruckEnterpriseId)).not.toContain(true);
    expect(marked(B.softruckEnterpriseId)).not.toContain(false);
  });

  it("sends each tenant's SGA requests with that tenant's token only", () => {
    const tokens = new Set(world.sga.calls.map((c) => c.token));
    expect(tokens).toEqual(new Set([A.sgaToken, B.sgaToken]));
    // B's association has more pages than A's: a page past A's last read
    // with A's token would be a request of B sent with the wrong token.
    const pagesWith = (token: string) =>
      world.sga.calls
        .filter((c) => c.route === 'page' && c.token === token)
        .map((c) => Number(c.path.split('/').at(-1)?.split('?')[0]));
    expect(Math.max(...pagesWith(A.sgaToken))).toBe(
      Math.ceil(base.length / 20),
    );
    expect(Math.max(...pagesWith(B.sgaToken))).toBe(
      Math.ceil(copyB.length / 15),
    );
  });
});
