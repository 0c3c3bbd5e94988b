import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startSandboxes, TENANTS } from '../test/support/sandboxes';

/**
 * Starts the local SGA and Softruck sandboxes on 127.0.0.1 and writes what
 * the command line needs to use them: a tenants file for their two
 * associations and the environment that points the sync at them. They
 * run until interrupted.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { out: { type: 'string' } },
  });
  const dir = values.out
    ? resolve(values.out)
    : mkdtempSync(join(tmpdir(), 'sga-sync-sandboxes-'));
  mkdirSync(dir, { recursive: true });
  const sandboxes = await startSandboxes({
    tenants: TENANTS,
    vehicles: [120, 60],
  });
  const tenantsFile = join(dir, 'tenants.json');
  const envFile = join(dir, 'env.sh');
  writeFileSync(tenantsFile, JSON.stringify({ tenants: TENANTS }, null, 2));
  writeFileSync(
    envFile,
    Object.entries(sandboxes.env)
      .map(([name, value]) => `export ${name}=${value}\n`)
      .join(''),
  );
  console.log(
    `SGA sandbox at ${sandboxes.env.SGA_BASE_URL}, Softruck sandbox at ` +
      `${sandboxes.env.SOFTRUCK_BASE_URL}.\n` +
      `Tenants file: ${tenantsFile}\n` +
      'In another shell, from this directory:\n' +
      `  source ${envFile}\n` +
      `  npx sga-sync check --tenants ${tenantsFile}\n` +
      `  npx sga-sync run --tenants ${tenantsFile} --state-dir ${dir}/state\n` +
      'Ctrl-C stops the sandboxes.',
  );
  const stop = () => {
    sandboxes.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`sandboxes failed: ${error.message}`);
  process.exit(1);
});
