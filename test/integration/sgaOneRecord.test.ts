import { isActiveStatus, normalizeRecord } from '../../functions/normalize';
import { generateAssociation, nextDay, type RawRecord } from '../sandbox/sga';
import { enterpriseState } from '../sga/support/enterpriseState';
import {
  makeTenants,
  startWorld,
  type World,
} from '../sga/support/pipelineWorld';

const [tenant] = makeTenants(['one-record']);
const enterprise = tenant.softruckEnterpriseId;

/** Active records with a plate and a valid associate, by vehicle code. */
function readable(records: RawRecord[]) {
  const found = new Map<string, { plate: string; document: string }>();
  for (const raw of records) {
    const read = normalizeRecord(raw);
    if (!read.ok || !read.vehicle.plate || !read.associate) continue;
    if (!isActiveStatus(read.vehicle.status, ['ATIVO'])) continue;
    const { code, plate } = read.vehicle;
    found.set(code, { plate, document: read.associate.document });
  }
  return found;
}

/** Applies `patch` to every copy of the records `pick` selects. */
const edit = (
  records: RawRecord[],
  pick: (r: RawRecord) => boolean,
  patch: RawRecord,
) => records.map((r) => (pick(r) ? { ...r, ...patch } : r));

const codeOf = (r: RawRecord) => String(r.codigo_veiculo);
const digits = (v: unknown) => String(v ?? '').replace(/\D/g, '');

/**
 * A sync of one plate, chassis or CPF goes through the same pipeline and
 * writes only the matching vehicles and associate: the day's other
 * changes in SGA, cancellations and removals included, wait for the
 * daily run.
 */
describe('one-record sync', () => {
  let world: World;
  let records: RawRecord[];
  let known: Map<string, { plate: string; document: string }>;
  let cancelled: string[];

  beforeAll(async () => {
    world = await startWorld([tenant]);
    records = generateAssociation({ seed: 61, vehicles: 80 });
    world.sga.setAssociation(tenant.sgaToken, { records, pageSize: 20 });
    await world.run([tenant]);
    known = readable(records);
    const next = nextDay(records, { seed: 62, cancelled: 4, removed: 3 });
    records = next.records;
    cancelled = next.changes.cancelled;
  }, 40_000);

  afterAll(() => world.close());

  const serve = () =>
    world.sga.setAssociation(tenant.sgaToken, { records, pageSize: 20 });
  const lookup = (by: 'plate' | 'chassis' | 'cpf', value: string) =>
    world.run([tenant], { tenantId: tenant.id, lookup: { by, value } });

  it('updates only the vehicle of the plate', async () => {
    const [code, { plate }] = [...known].find(
      ([c]) => !cancelled.includes(c) && records.some((r) => codeOf(r) === c),
    ) ?? ['', { plate: '' }];
    records = edit(records, (r) => codeOf(r) === code, {
      descricao_cor: 'VINHO',
    });
    serve();
    const before = enterpriseState(world.softruck, enterprise);

    const [outcome] = await lookup('plate', plate.toLowerCase());

    const after = enterpriseState(world.softruck, enterprise);
    const others = (s: typeof after) =>
      s.vehicles.filter((v) => v.plate !== plate);
    expect(outcome.status).toBe('DONE');
    expect(outcome.report?.vehicles).toMatchObject({
      updated: 1,
      created: 0,
      deactivated: 0,
    });
    expect(after.vehicles.find((v) => v.plate === plate)?.color).toBe('VINHO');
    expect(others(after)).toEqual(others(before));
    expect(after.users).toEqual(before.users);
    expect(after.links).toEqual(before.links);
  });

  it('updates only the user of the CPF', async () => {
    const documents = [...known.values()].map((v) => v.document);
    const document = documents.find((d, i) => documents.indexOf(d) !== i) ?? '';
    records = edit(records, (r) => digits(r.cpf) === document, {
      email: 'novo.endereco@example.com',
    });
    serve();
    const before = enterpriseState(world.softruck, enterprise);

    const [outcome] = await lookup('cpf', document);

    const after = enterpriseState(world.softruck, enterprise);
    const others = (s: typeof after) =>
      s.users.filter((u) => u.username !== document);
    expect(outcome.report?.users).toMatchObject({
      updated: 1,
      created: 0,
      deactivated: 0,
    });
    expect(outcome.report?.recordsRead).toBeGreaterThanOrEqual(2);
    expect(after.users.find((u) => u.username === document)?.email).toBe(
      'novo.endereco@example.com',
    );
    expect(others(after)).toEqual(others(before));
    expect(after.vehicles).toEqual(before.vehicles);
  });

  it('creates a vehicle new in SGA, found by its chassis, and nothing else', async () => {
    const next = nextDay(records, { seed: 63, newVehicles: 1 });
    records = next.records;
    serve();
    const added =
      records.find((r) => codeOf(r) === next.changes.added[0]) ?? {};
    const before = enterpriseState(world.softruck, enterprise);

    const [outcome] = await lookup('chassis', String(added.chassi));

    const after = enterpriseState(world.softruck, enterprise);
    expect(outcome.report?.vehicles).toMatchObject({
      created: 1,
      deactivated: 0,
    });
    expect(after.vehicles).toHaveLength(before.vehicles.length + 1);
    expect(after.vehicles.filter((v) => v.active)).toHaveLength(
      before.vehicles.filter((v) => v.active).length + 1,
    );
  });

  it('writes nothing for a plate SGA does not know', async () => {
    const before = enterpriseState(world.softruck, enterprise);

    const [outcome] = await lookup('plate', 'ZZZ9Z99');

    expect(outcome.status).toBe('DONE');
    expect(outcome.report?.recordsRead).toBe(0);
    expect(enterpriseState(world.softruck, enterprise)).toEqual(before);
  });

  it('leaves the day’s cancellations for the daily run to deactivate', async () => {
    const [outcome] = await world.run([tenant]);

    expect(outcome.report?.complete).toBe(true);
    expect(outcome.report?.vehicles.deactivated).toBeGreaterThanOrEqual(
      cancelled.length,
    );
  });
});
