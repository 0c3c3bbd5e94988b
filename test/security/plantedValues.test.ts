import { setLogLevel, setLogSink } from '../../functions/observability/logger';
import type { TenantOutcome } from '../../bin/local/runSync';
import { generateAssociation, type RawRecord } from '../sandbox/sga';
import { TENANTS } from '../support/sandboxes';
import {
  formatCpf,
  type SecurityWorld,
  startSecurityWorld,
  validCpf,
} from './securityWorld';

/**
 * One end-to-end sync, with faults on both sides so that retries and
 * failures log too, through data whose secrets and personal values are
 * planted: none of them may reach a log line, a run report, an outcome
 * or an error message.
 */
const TOKEN = 'sga-token-PLANTED-7f3e9a41';
const ACCOUNT = {
  username: 'planted-integration',
  password: 'pw-PLANTED-c41d8e02',
  publicKey: 'pk-PLANTED-5b2a77e9',
};

interface Person {
  cpf: string;
  rg: string;
  birth: string;
}

/** Every person's CPF, RG and birth date replaced by a chosen one. */
function plant(records: RawRecord[]): {
  records: RawRecord[];
  people: Person[];
} {
  const byAssociate = new Map<string, Person>();
  const planted = records.map((record) => {
    const digits = String(record.cpf).replace(/\D/g, '');
    if (digits.length !== 11) return record;
    const code = String(record.codigo_associado);
    let person = byAssociate.get(code);
    if (!person) {
      const i = byAssociate.size;
      person = {
        cpf: validCpf(String(731_000_000 + i * 4_099)),
        rg: String(846_000_000 + i * 3_011),
        birth: `19${51 + (i % 8)}-0${1 + (i % 9)}-${11 + (i % 17)}`,
      };
      byAssociate.set(code, person);
    }
    const formatted = String(record.cpf).includes('.');
    return {
      ...record,
      cpf: formatted ? formatCpf(person.cpf) : person.cpf,
      rg: person.rg,
      data_nascimento: person.birth,
    };
  });
  return { records: planted, people: [...byAssociate.values()] };
}

/** Each planted value, in every spelling the sync could write it in. */
function spellings(people: Person[]): string[] {
  const dates = people.flatMap(({ birth }) => {
    const [y, m, d] = birth.split('-');
    return [birth, `${d}/${m}/${y}`, `${y}${m}${d}`];
  });
  return [
    TOKEN,
    ACCOUNT.password,
    ACCOUNT.publicKey,
    ...people.flatMap((p) => [p.cpf, formatCpf(p.cpf), p.rg]),
    ...dates,
  ];
}

const found = (text: string, values: string[]) =>
  values.filter((value) => text.includes(value));

describe('planted secrets and personal values', () => {
  const lines: string[] = [];
  const tenant = { ...TENANTS[0], sgaToken: TOKEN };
  const { records, people } = plant(
    generateAssociation({ seed: 321, vehicles: 80 }),
  );
  const planted = spellings(people);
  let world: SecurityWorld;
  let outcomes: TenantOutcome[];

  beforeAll(async () => {
    setLogLevel('debug');
    setLogSink((line) => lines.push(line));
    world = await startSecurityWorld({
      account: ACCOUNT,
      tenants: [
        {
          ...tenant,
          activeStatuses: ['ATIVO'],
          enabled: true,
          brakeShare: 0.1,
          brakeMinimum: 20,
        },
      ],
      records: [records],
      pageSizes: [20],
      sgaBehaviour: { failNext: 2 },
      softruckFaults: { failNext: 2, loseAnswerNext: 1, rate429Next: 1 },
    });
    outcomes = await world.sync('2026-12-01');
  }, 58_000);

  afterAll(async () => {
    await world?.close();
    setLogLevel('info');
  });

  it('writes the planted values where they belong: in Softruck', () => {
    const users = JSON.stringify(world.softruck.users());
    expect(outcomes[0].status).toBe('DONE');
    expect(people.length).toBeGreaterThan(20);
    const written = found(
      users,
      people.map((p) => p.cpf),
    );
    expect(written.length).toBeGreaterThan(10);
  });

  it('keeps every planted value out of every log line, at the debug level', () => {
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.some((l) => l.includes('"level":"warn"'))).toBe(true);
    expect(found(lines.join('\n'), planted)).toEqual([]);
  });

  it('keeps every planted value out of the stored runs and their reports', async () => {
    const runs = await world.pipeline.services.runs.latest(tenant.id);
    expect(runs.length).toBeGreaterThan(0);
    const text = JSON.stringify([runs, outcomes]);
    expect(found(text, planted)).toEqual([]);
  });

  it('keeps every planted value out of the per-record outcomes', async () => {
    const items = await world.pipeline.services.outcomes.list(
      tenant.id,
      '2026-12-01',
    );
    expect(items.length).toBeGreaterThan(80);
    expect(found(JSON.stringify(items), planted)).toEqual([]);
  });

  it('keeps every planted value out of the error messages and reasons', async () => {
    const items = await world.pipeline.services.outcomes.list(
      tenant.id,
      '2026-12-01',
    );
    const runs = await world.pipeline.services.runs.latest(tenant.id);
    const errors = [
      ...outcomes.map((o) => o.error),
      ...runs.map((r) => r.error),
      ...(outcomes[0].report?.failures ?? []).map((f) => f.reason),
      ...items.map((o) => o.detail),
      ...lines.filter((l) => /"level":"(warn|error)"/.test(l)),
    ].filter((e) => e !== undefined);
    expect(errors.length).toBeGreaterThan(0);
    expect(found(errors.join('\n'), planted)).toEqual([]);
  });
});
