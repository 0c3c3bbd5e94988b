import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Sandboxes, startSandboxes, TENANTS } from '../support/sandboxes';

const run = promisify(execFile);
const CLI = join(__dirname, '../../bin/sga-sync.js');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command line in a child process. */
async function sgaSync(
  args: string[],
  env: Record<string, string>,
): Promise<Result> {
  try {
    const out = await run(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      timeout: 120_000,
    });
    return { code: 0, ...out };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('sga-sync run', () => {
  let sandboxes: Sandboxes;
  let dir: string;
  let tenantsFile: string;

  beforeAll(async () => {
    sandboxes = await startSandboxes({ tenants: TENANTS, vehicles: [80, 40] });
    dir = mkdtempSync(join(tmpdir(), 'sga-sync-cli-'));
    tenantsFile = join(dir, 'tenants.json');
    writeFileSync(tenantsFile, JSON.stringify({ tenants: TENANTS }));
  });

  afterAll(() => sandboxes.close());

  /** Runs every tenant on the shared state; the report file, parsed. */
  async function runWithReport(name: string) {
    const reportFile = join(dir, name);
    const result = await sgaSync(
      [
        'run',
        '--tenants',
        tenantsFile,
        '--state-dir',
        join(dir, 'state'),
        '--report',
        reportFile,
      ],
      sandboxes.env,
    );
    // A failed run may leave no report: its exit code then tells why.
    const reports = existsSync(reportFile)
      ? JSON.parse(readFileSync(reportFile, 'utf8'))
      : [];
    return { result, reports };
  }

  it('syncs every tenant, exits 0 and writes the report', async () => {
    const { result, reports } = await runWithReport('report.json');

    expect(result.code).toBe(0);
    expect(reports.map((r: { status: string }) => r.status)).toEqual([
      'DONE',
      'DONE',
    ]);
    const created = reports[0].vehicles.created + reports[1].vehicles.created;
    expect(sandboxes.softruck.vehicles()).toHaveLength(created);
  });

  it('finds nothing to write when run again on the same state', async () => {
    const { result, reports } = await runWithReport('again.json');

    expect(result.code).toBe(0);
    const [alfa] = reports;
    expect(alfa.vehicles.created + alfa.vehicles.updated).toBe(0);
    expect(alfa.users.created + alfa.users.updated).toBe(0);
  });

  it('keeps personal data out of the report file', async () => {
    const text = readFileSync(join(dir, 'report.json'), 'utf8');

    expect(text).not.toMatch(/\b\d{11}\b/);
    expect(text).not.toContain(TENANTS[0].sgaToken);
  });

  it.each([
    [['run'], /--tenants FILE is required \(or --state-dir DIR/],
    [['run', '--tenants', '/nonexistent.json'], /cannot be read/],
    [['frobnicate'], /usage:/],
  ])('refuses %j with one clear line and exit 2', async (args, message) => {
    const result = await sgaSync(args, sandboxes.env);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the field of a malformed tenants file, not its value', async () => {
    const bad = join(dir, 'bad.json');
    const tenant = { ...TENANTS[0], cnpj: '11.222.333/0001-00', sync: 'all' };
    writeFileSync(bad, JSON.stringify({ tenants: [tenant] }));

    const result = await sgaSync(['run', '--tenants', bad], sandboxes.env);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/tenants\.0\.cnpj: is not a valid CNPJ/);
    expect(result.stderr).toMatch(/tenants\.0\.sync/);
    expect(result.stderr).not.toContain(tenant.sgaToken);
  });

  it('refuses a base URL that is not https outside loopback', async () => {
    const env = { ...sandboxes.env, SGA_BASE_URL: 'http://example.com/api' };

    const result = await sgaSync(['run', '--tenants', tenantsFile], env);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/SGA_BASE_URL: must be an https URL/);
  });

  it('names a missing Softruck variable', async () => {
    const { SOFTRUCK_PASSWORD: _omitted, ...env } = sandboxes.env;

    const result = await sgaSync(['run', '--tenants', tenantsFile], env);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/SOFTRUCK_PASSWORD is required/);
  });
});
