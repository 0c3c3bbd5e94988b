import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLogLevel } from '../functions/observability/logger';
import { runDemo } from './local/demoScenario';

/** Softruck's real limit is 50 a minute; the demonstration runs 60 times faster. */
const SPEED_UP = 60;

async function main(): Promise<void> {
  setLogLevel('warn');
  const stateDir = mkdtempSync(join(tmpdir(), 'sga-sync-demo-'));
  console.log(
    'Demonstration of sga-softruck-sync on this machine: a local SGA and a ' +
      'local Softruck,\nDynamoDB (dynalite), a local SQS and the three ' +
      'Lambda handlers, two days of sync.\n' +
      `Faster than life: Softruck accepts ${50 * SPEED_UP} requests a minute ` +
      `here (the real limit is 50; the sync's budget is set to match), and ` +
      'SGA answers in milliseconds,\nnot the minute a real page can take. ' +
      `State (kept for inspection; delete it when done): ${stateDir}`,
  );
  await runDemo({
    vehicles: { large: 2100, small: 300 },
    pageSize: 100,
    softruckPerMinute: 50 * SPEED_UP,
    sgaLatencyMs: 15,
    stateDir,
    print: (line) => console.log(line),
  });
}

main().catch((error) => {
  console.error(`demo failed: ${(error as Error).message}`);
  process.exit(1);
});
