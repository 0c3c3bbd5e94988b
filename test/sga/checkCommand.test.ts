import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../bin/cli';
import {
  sampleRecords,
  startSgaSandbox,
  type SgaSandbox,
} from '../sandbox/sga';

const TENANT = {
  company: 'Associação Teste',
  cnpj: '11222333000181',
  softruckEnterpriseId: 'EntTest00000001',
  sync: 'both',
  deactivateNonActive: true,
};
const TOKENS = {
  full: 'sga-token-check-full',
  partial: 'sga-token-check-partial',
  stranger: 'sga-token-check-stranger',
};

/** Runs `sga-sync` in this process; returns exit code and printed lines. */
async function sgaSync(args: string[], env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const out: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line) => {
    out.push(String(line));
  });
  const err = jest.spyOn(console, 'error').mockImplementation((line) => {
    out.push(String(line));
  });
  try {
    const code = await main(args);
    return { code, text: out.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
    process.env = saved;
  }
}

describe('sga-sync check', () => {
  let sga: SgaSandbox;
  let file: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    const association = { records: sampleRecords(), pageSize: 5 };
    sga = await startSgaSandbox({
      associations: { [TOKENS.full]: association },
      behaviour: { latencyMs: 1 },
    });
    sga.setAssociation(TOKENS.partial, association);
    sga.setBehaviour(TOKENS.partial, {
      disabledRoutes: ['byCpf', 'listAll'],
      disabledStatus: 404,
    });
    const tenants = [
      { ...TENANT, id: 'full', sgaToken: TOKENS.full },
      { ...TENANT, id: 'partial', sgaToken: TOKENS.partial },
      { ...TENANT, id: 'stranger', sgaToken: TOKENS.stranger },
    ];
    file = join(mkdtempSync(join(tmpdir(), 'sga-check-')), 'tenants.json');
    writeFileSync(file, JSON.stringify({ tenants }));
    env = { SGA_BASE_URL: sga.url, SGA_MIN_INTERVAL_MS: '0' };
  });

  afterAll(() => sga.close());

  beforeEach(() => sga.calls.splice(0));

  it('exits 0 for a token with every route', async () => {
    const result = await sgaSync(
      ['check', '--tenants', file, '--tenant', 'full'],
      env,
    );

    expect(result.code).toBe(0);
    expect(result.text).toContain('full: token valid; 8 of 8 routes enabled');
    expect(result.text).toMatch(/can: +daily sync, one-record sync by plate/);
    expect(sga.calls).toHaveLength(8);
  });

  it('names the routes a token lacks and what it cannot do', async () => {
    const result = await sgaSync(
      ['check', '--tenants', file, '--tenant', 'partial'],
      env,
    );

    expect(result.code).toBe(1);
    expect(result.text.split('\n')).toEqual([
      'partial: token valid; 6 of 8 routes enabled',
      '  enabled:     products, productTypes, pageCount, page, byPlate, byChassis',
      '  not enabled: listAll      GET /sincronismo-produto-fornecedor/listar (HTTP 404)',
      '  not enabled: byCpf        GET /sincronismo-produto-fornecedor/buscar/cpf/:cpf (HTTP 404 for a listed record)',
      '  can:         daily sync, one-record sync by plate, one-record sync by chassis',
      '  cannot:      one-record sync by CPF (needs byCpf)',
    ]);
  });

  it('tells an invalid token from disabled routes', async () => {
    const result = await sgaSync(
      ['check', '--tenants', file, '--tenant', 'stranger'],
      env,
    );

    expect(result.code).toBe(1);
    expect(result.text).toBe(
      'stranger: token invalid: SGA refused it (HTTP 401) on every route; ' +
        'nothing can be synced',
    );
  });

  it('checks every tenant of the file, each token only on its own', async () => {
    const result = await sgaSync(['check', '--tenants', file], env);

    expect(result.code).toBe(1);
    expect(result.text).toMatch(/^full: [^]*\npartial: [^]*\nstranger: /);
    for (const token of Object.values(TOKENS)) {
      expect(sga.calls.filter((c) => c.token === token)).toHaveLength(8);
    }
  });

  it('keeps one tenant’s calls apart while tenants go in parallel', async () => {
    const paced = { ...env, SGA_MIN_INTERVAL_MS: '100' };

    await sgaSync(['check', '--tenants', file], paced);

    const times = (token: string) =>
      sga.calls.filter((c) => c.token === token).map((c) => c.at);
    for (const token of Object.values(TOKENS)) {
      const at = times(token);
      const gaps = at.slice(1).map((t, i) => t - at[i]);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(90);
    }
    const [full, partial] = [times(TOKENS.full), times(TOKENS.partial)];
    expect(partial[0]).toBeLessThan(full[full.length - 1]);
  });

  it('is a usage error without --tenants', async () => {
    const result = await sgaSync(['check'], env);

    expect(result.code).toBe(2);
    expect(result.text).toBe('sga-sync: --tenants FILE is required');
  });

  it('is a usage error for a tenant not in the file', async () => {
    const result = await sgaSync(
      ['check', '--tenants', file, '--tenant', 'nobody'],
      env,
    );

    expect(result.code).toBe(2);
    expect(sga.calls).toHaveLength(0);
  });
});
