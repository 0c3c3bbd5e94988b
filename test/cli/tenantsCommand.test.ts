import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateAssociation, startSgaSandbox } from '../sandbox/sga';
import { TENANTS } from '../support/sandboxes';

const run = promisify(execFile);
const CLI = join(__dirname, '../../bin/sga-sync.js');

async function sgaSync(args: string[], env: Record<string, string> = {}) {
  try {
    const out = await run(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', SGA_MIN_INTERVAL_MS: '0', ...env },
      timeout: 60_000,
    });
    return { code: 0, ...out };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

describe('sga-sync tenants', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sga-sync-tenants-'));
  const state = join(dir, 'state');
  const file = join(dir, 'tenants.json');
  writeFileSync(file, JSON.stringify({ tenants: TENANTS }));

  it('adds the tenants of a file and lists them without their tokens', async () => {
    await sgaSync([
      'tenants',
      'add',
      '--file',
      file,
      '--state-dir',
      state,
      '--skip-check',
    ]);

    const listed = await sgaSync(['tenants', 'list', '--state-dir', state]);

    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/alfa\s+enabled\s+sync both/);
    expect(listed.stdout).toMatch(/beta\s+enabled\s+sync vehicles/);
    expect(listed.stdout).not.toContain(TENANTS[0].sgaToken);
  });

  it('disables a tenant, keeping it listed', async () => {
    const out = await sgaSync([
      'tenants',
      'disable',
      '--tenant',
      'beta',
      '--state-dir',
      state,
    ]);

    const listed = await sgaSync(['tenants', 'list', '--state-dir', state]);
    expect(out.code).toBe(0);
    expect(listed.stdout).toMatch(/beta\s+disabled/);
  });

  it('refuses a tenant with a malformed CNPJ before saving anything', async () => {
    const bad = join(dir, 'bad.json');
    const other = join(dir, 'other-state');
    writeFileSync(
      bad,
      JSON.stringify({ tenants: [{ ...TENANTS[0], cnpj: '123' }] }),
    );

    const out = await sgaSync([
      'tenants',
      'add',
      '--file',
      bad,
      '--state-dir',
      other,
    ]);

    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/tenants\.0\.cnpj: is not a valid CNPJ/);
    const listed = await sgaSync(['tenants', 'list', '--state-dir', other]);
    expect(listed.stdout).toMatch(/no tenants/);
  });

  it('checks every token against SGA before saving', async () => {
    const sga = await startSgaSandbox();
    for (const t of TENANTS) {
      sga.setAssociation(t.sgaToken, {
        records: generateAssociation({ seed: 1, vehicles: 20 }),
      });
    }
    sga.setBehaviour(TENANTS[1].sgaToken, { disabledRoutes: ['page'] });
    const checked = join(dir, 'checked');

    const out = await sgaSync(
      ['tenants', 'add', '--file', file, '--state-dir', checked],
      { SGA_BASE_URL: sga.url },
    );
    await sga.close();

    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/beta/);
    expect(out.stderr).toMatch(
      /nothing saved: fix the tokens, or --skip-check/,
    );
    const listed = await sgaSync(['tenants', 'list', '--state-dir', checked]);
    expect(listed.stdout).toMatch(/no tenants/);
  });

  it('asks where the state is', async () => {
    const out = await sgaSync(['tenants', 'list']);

    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--state-dir DIR \(or --aws\) is required/);
  });
});
