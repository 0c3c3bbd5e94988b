import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../bin/cli';
import type { ProbeResult } from '../../functions/drift/probeTypes';
import { normalizeRecord } from '../../functions/normalize';
import { generateAssociation } from '../sandbox/sga';
import {
  ACCOUNT,
  type Sandboxes,
  startSandboxes,
  TENANTS,
} from '../support/sandboxes';

/**
 * `sga-sync probe` against the local servers: one tenant served as SGA is
 * assumed to answer, one whose answers changed shape overnight.
 */
const [SAME, CHANGED] = TENANTS;
const VEHICLES = 120;

/** A renamed plate, FIPE as whole-number text, a new status. */
function changeShape(records: Record<string, unknown>[]) {
  return records.map((record, i) => {
    const { placa, ...rest } = record;
    const fipe = Math.round(Number(String(record.valor_fipe).length));
    return {
      ...rest,
      placa_veiculo: placa,
      valor_fipe: String(40_000 + fipe + i),
      descricao_situacao: i % 4 === 0 ? 'SUSPENSO' : rest.descricao_situacao,
    };
  });
}

let sandboxes: Sandboxes;
let dir: string;
const same = generateAssociation({ seed: 100, vehicles: VEHICLES });
const changed = changeShape(
  generateAssociation({ seed: 101, vehicles: VEHICLES }),
);

/** Softruck holds page 1's vehicles and users, so lookups find one. */
function seedSoftruck(records: Record<string, unknown>[]) {
  const seeded = new Set<string>();
  for (const raw of records.slice(0, 50)) {
    const read = normalizeRecord(raw);
    if (!read.ok) continue;
    const { vehicle, associate } = read;
    if (vehicle.plate && !seeded.has(vehicle.plate)) {
      seeded.add(vehicle.plate);
      sandboxes.softruck.seedVehicle({
        enterpriseId: SAME.softruckEnterpriseId,
        plate: vehicle.plate,
        vin: vehicle.chassis,
        code: vehicle.code,
      });
    }
    if (associate && !seeded.has(associate.document)) {
      seeded.add(associate.document);
      sandboxes.softruck.seedUser({
        enterpriseId: SAME.softruckEnterpriseId,
        username: associate.document,
        name: associate.name,
        cpf: associate.document,
        email: associate.email,
      });
    }
  }
}

async function probe(tenantId: string) {
  const log = jest.spyOn(console, 'log').mockImplementation(() => {});
  try {
    const code = await main([
      'probe',
      '--tenants',
      join(dir, 'tenants.json'),
      '--tenant',
      tenantId,
      '--out',
      dir,
    ]);
    const base = join(dir, `probe-${tenantId}`);
    const json = readFileSync(`${base}.json`, 'utf8');
    const md = readFileSync(`${base}.md`, 'utf8');
    return { code, json, md, result: JSON.parse(json) as ProbeResult };
  } finally {
    log.mockRestore();
  }
}

/** Fields that hold a person's data, or a vehicle's identity. */
const PERSONAL = [
  'nome_associado',
  'cpf',
  'rg',
  'data_nascimento',
  'telefone_celular',
  'email',
  'placa',
  'placa_veiculo',
  'chassi',
  'renavam',
];

/** Every personal value of the input, five characters or more. */
function personalValues(records: Record<string, unknown>[]): string[] {
  const values = new Set<string>();
  for (const record of records) {
    for (const name of PERSONAL) {
      const text = String(record[name] ?? '').trim();
      if (text.length >= 5 && !/^0+$/.test(text)) values.add(text);
      const digits = text.replace(/\D/g, '');
      if (name === 'cpf' && digits.length >= 5) values.add(digits);
    }
    const read = normalizeRecord(record);
    if (read.ok && read.vehicle.plate) values.add(read.vehicle.plate);
    if (read.ok && read.vehicle.chassis) values.add(read.vehicle.chassis);
  }
  return [...values];
}

beforeAll(async () => {
  sandboxes = await startSandboxes({
    tenants: [SAME, CHANGED],
    vehicles: [1, 1],
  });
  sandboxes.sga.setAssociation(SAME.sgaToken, { records: same, pageSize: 50 });
  sandboxes.sga.setAssociation(CHANGED.sgaToken, {
    records: changed,
    pageSize: 50,
  });
  sandboxes.sga.setBehaviour(CHANGED.sgaToken, { pagesAsObject: true });
  seedSoftruck(same);
  Object.assign(process.env, sandboxes.env);
  dir = mkdtempSync(join(tmpdir(), 'sga-sync-probe-'));
  writeFileSync(
    join(dir, 'tenants.json'),
    JSON.stringify({ tenants: [SAME, CHANGED] }),
  );
}, 30_000);

afterAll(() => sandboxes.close());

describe('sga-sync probe', () => {
  it('finds no change when SGA and Softruck answer as assumed', async () => {
    const { code, result } = await probe(SAME.id);

    const changes = result.differences.filter((d) => d.severity === 'change');
    expect(changes).toEqual([]);
    expect(code).toBe(0);
  });

  it('describes every route: status, shape, fields and formats', async () => {
    const { result } = await probe(SAME.id);

    const routes = result.routes.map((r) => `${r.api} ${r.route} ${r.outcome}`);
    expect(routes).toEqual([
      'sga products answered',
      'sga productTypes answered',
      'sga pageCount answered',
      'sga page answered',
      'sga listAll answered',
      'sga byPlate answered',
      'sga byChassis answered',
      'sga byCpf answered',
      'softruck login answered',
      'softruck enterprise answered',
      'softruck vehicleByPlate answered',
      'softruck userByCpf answered',
    ]);
    const page = result.routes.find((r) => r.route === 'page');
    expect(page).toMatchObject({ status: 200, shape: 'array', records: 50 });
    expect(Object.keys(page?.fields?.data_nascimento?.formats ?? {})).toEqual(
      expect.arrayContaining(['YYYY-MM-DD']),
    );
    const vehicles = result.routes.find((r) => r.route === 'vehicleByPlate');
    expect(vehicles).toMatchObject({ shape: 'array', records: 1 });
    expect(vehicles?.fields?.['attributes.plate']?.formats).toBeDefined();
  });

  it('names each difference of a changed shape with its assumption', async () => {
    const { code, result } = await probe(CHANGED.id);

    const found = result.differences.map((d) => `${d.severity}: ${d.found}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'change: page answered a numeric-keys object',
        `change: field placa absent on 50 of 50 records`,
        `notice: field placa_veiculo on 50 of 50 records`,
        `change: valor_fipe written as text #+ on 50 of 50 records`,
        expect.stringMatching(/^change: status "SUSPENSO" on \d+ of 50/),
      ]),
    );
    const fipe = result.differences.find((d) => d.found.startsWith('valor_'));
    expect(fipe?.assumption).toContain('SGA_KIND_FORMATS.money');
    expect(fipe?.routes).toEqual(['page', 'listAll']);
    expect(code).toBe(1);
  });

  it('writes no personal value, token or password it was given', async () => {
    const outputs = [await probe(SAME.id), await probe(CHANGED.id)];

    const secrets = [
      SAME.sgaToken,
      CHANGED.sgaToken,
      ACCOUNT.password,
      ACCOUNT.publicKey,
    ];
    const values = [...personalValues(same), ...personalValues(changed)];
    expect(values.length).toBeGreaterThan(500);
    const text = outputs.map((o) => o.json + o.md).join('\n');
    const leaked = [...values, ...secrets].filter((v) => text.includes(v));
    expect(leaked).toEqual([]);
    const samples = outputs[0].result.routes.flatMap((r) => r.samples ?? []);
    expect(samples.length).toBeGreaterThan(10);
  });
});
