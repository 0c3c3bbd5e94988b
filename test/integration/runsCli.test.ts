import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateAssociation, nextDay } from '../sandbox/sga';
import { type Sandboxes, startSandboxes, TENANTS } from '../support/sandboxes';

/**
 * The operator's commands on the real command line: `report` shows a run
 * with what it held, `release` applies the held deactivations of a run.
 */
const exec = promisify(execFile);
const CLI = join(__dirname, '../../bin/sga-sync.js');
const ALFA = { ...TENANTS[0], brakeMinimum: 2, brakeShare: 0.05 };

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

let sandboxes: Sandboxes;
let dir: string;
let day2: string;

async function sgaSync(...args: string[]): Promise<Result> {
  try {
    const out = await exec(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', ...sandboxes.env },
      timeout: 50_000,
    });
    return { code: 0, ...out };
  } catch (error) {
    const e = error as Result;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function runDay(name: string): Promise<string> {
  const reportFile = join(dir, `${name}.json`);
  const result = await sgaSync(
    'run',
    '--tenants',
    join(dir, 'tenants.json'),
    '--state-dir',
    join(dir, 'state'),
    '--report',
    reportFile,
  );
  if (result.code !== 0) throw new Error(`run failed: ${result.stderr}`);
  return JSON.parse(readFileSync(reportFile, 'utf8'))[0].runId;
}

const state = () => ['--state-dir', join(dir, 'state')];

beforeAll(async () => {
  sandboxes = await startSandboxes({ tenants: [ALFA], vehicles: [40] });
  dir = mkdtempSync(join(tmpdir(), 'sga-sync-runs-cli-'));
  writeFileSync(join(dir, 'tenants.json'), JSON.stringify({ tenants: [ALFA] }));
  await runDay('day-1');
  const records = nextDay(generateAssociation({ seed: 100, vehicles: 40 }), {
    seed: 9,
    removed: 8,
  }).records;
  sandboxes.sga.setAssociation(ALFA.sgaToken, { records, pageSize: 50 });
  day2 = await runDay('day-2');
}, 60_000);

afterAll(() => sandboxes.close());

describe('sga-sync report', () => {
  it('shows a run’s counts, calls, duration and held deactivations', async () => {
    const result = await sgaSync('report', '--tenant', ALFA.id, ...state());

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${ALFA.id} run ${day2}: DONE`);
    expect(result.stdout).toMatch(/calls: SGA \d+, Softruck \d+; \d+ s/);
    expect(result.stdout).toMatch(/HELD: \d+ deactivations/);
    expect(result.stdout).toMatch(
      /held deactivations \(\d+\):\n {4}(vehicle|user):/,
    );
  });

  it('answers JSON with the held records', async () => {
    const result = await sgaSync(
      'report',
      '--tenant',
      ALFA.id,
      '--json',
      ...state(),
    );

    const report = JSON.parse(result.stdout);
    expect(report.runId).toBe(day2);
    expect(report.heldRecords).toHaveLength(report.held.count);
    expect(report.missingPages).toEqual([]);
  });

  it('names the tenant it needs, exiting 2', async () => {
    const result = await sgaSync('report', ...state());

    expect(result).toMatchObject({
      code: 2,
      stderr: 'sga-sync: --tenant ID is required\n',
    });
  });
});

describe('sga-sync release', () => {
  it('refuses a run that does not exist, exiting 1', async () => {
    const result = await sgaSync(
      'release',
      '--tenant',
      ALFA.id,
      '--run',
      'nope',
      ...state(),
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('refused: no run nope');
  });

  it('applies the held deactivations of the run and exits 0', async () => {
    const held = JSON.parse(
      (await sgaSync('report', '--tenant', ALFA.id, '--json', ...state()))
        .stdout,
    ).held.count;

    const result = await sgaSync(
      'release',
      '--tenant',
      ALFA.id,
      '--run',
      day2,
      ...state(),
    );

    expect(result.code).toBe(0);
    const report = JSON.parse(
      (await sgaSync('report', '--tenant', ALFA.id, '--json', ...state()))
        .stdout,
    );
    expect(report.held).toBeNull();
    expect(report.vehicles.deactivated + report.users.deactivated).toBe(held);
  });
});

describe('sga-sync redrive', () => {
  it('refuses a run that misses no page, exiting 1', async () => {
    const result = await sgaSync('redrive', '--tenant', ALFA.id, ...state());

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('refused: no page is missing');
  });
});
