import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { REAL } from './benchSandboxes';
import { twoDays } from './days';
import { benchTenants, tenantSizes } from './deployment';
import { forkChild } from './forkChild';
import { totalCalls } from './minimumCalls';
import { parseOptions, USAGE } from './options';
import { CONCURRENCY, type CoreCost } from './protocol';
import { costSection, coreSection, goalLines } from './reportCosts';
import { callSection, wallSection } from './reportDays';
import { naiveSection } from './reportNaive';
import { runNaive } from './runNaive';
import { runOurs } from './runOurs';
import { show } from './table';

const say = (line = '') => console.log(line);
/** Other work on the machine slows the pipeline: say how much there was. */
const loadLine = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ') + ` (1, 5, 15 min; ${cpus().length} cores)`;
const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

function machine(): string {
  const list = cpus();
  const gb = Math.round(totalmem() / 2 ** 30);
  return (
    `${list[0]?.model ?? 'unknown CPU'}, ${list.length} cores, ${gb} GB, ` +
    `Node.js ${process.version}, ${platform()} ${release()}`
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const [f1, f2] = options.factors;
  const tenants = benchTenants(options.scale);
  const sizes = tenants.map((t) => t.vehicles);
  const full = sum(tenantSizes(1));
  const logDir = mkdtempSync(join(tmpdir(), 'sga-sync-bench-logs-'));
  say('sga-softruck-sync benchmark (npm run bench)');
  say(`machine: ${machine()}`);
  say(
    `deployment: ${tenants.length} tenants of ${show(Math.min(...sizes))} ` +
      `to ${show(Math.max(...sizes))} vehicles, ${show(sum(sizes))} in all ` +
      `(scale ${options.scale} of ${show(full)})`,
  );
  say(
    `speed: day 1 x${f1}, day 2 x${f2}, naive x${options.naiveFactor}: at ` +
      `x F, SGA answers in ${REAL.sgaMsPerRecord} ms per record / F ` +
      `(pages of ${REAL.pageSize}), Softruck takes 50 requests per ` +
      "60 s / F and the sync's budget matches",
  );
  say(
    '  the sync at x F: Softruck budget 50 x F a minute, 1000 / F ms ' +
      'between SGA calls of a tenant, reconcile budget 12 min / F,',
  );
  say(
    '  continuation delay max(1, 5 / F) s, queue visibility 6 x the ' +
      `function timeout / F; ${CONCURRENCY.pages} page workers, ` +
      `${CONCURRENCY.reconcile} reconcilers, as deployed`,
  );
  say(`load average at the start: ${loadLine()}`);
  say(`logs of the pipeline: ${logDir}`);
  const days = twoDays(sizes);
  const records = [days.first, days.second].map((d) =>
    sum(d.map((r) => r.length)),
  );
  const changes = [
    records[0],
    sum(days.changes.map((c) => sum(Object.values(c)))),
  ];
  const clock = Date.now();
  const at = () => `[${Math.round((Date.now() - clock) / 1000)} s]`;
  say(`${at()} the sync, both days, through the local pipeline...`);
  const ours = await runOurs(
    tenants,
    [
      { records: days.first, factor: f1 },
      { records: days.second, factor: f2 },
    ],
    join(logDir, 'pipeline.log'),
  );
  say(`${at()} the naive way, both days...`);
  const naive = await runNaive(tenants, [
    { records: days.first, factor: options.naiveFactor },
    { records: days.second, factor: options.naiveFactor },
  ]);
  say(`${at()} the core, 100,000 records in process...`);
  const coreChild = forkChild('coreCostChild.ts', {
    env: {},
    logFile: join(logDir, 'core.log'),
    gc: true,
  });
  const core = await coreChild.next<CoreCost>('core', 30 * 60_000);
  say(`${at()} done; load average at the end: ${loadLine()}`);
  const input = { records, changes, ours, naive };
  const made = ours.map((d) => totalCalls(d.made));
  const needed = ours.map((d) => totalCalls(d.needed));
  const sections = [
    wallSection(input),
    callSection(input),
    naiveSection(input),
    coreSection(core),
    costSection(ours, tenants.length, options.scale),
    goalLines(
      ours,
      naive.map((n) => n.softruckCalls),
      made,
      needed,
      core,
    ),
  ];
  for (const section of sections) say(`\n${section.join('\n')}`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`bench failed: ${error.message}\n${USAGE}`);
    process.exit(1);
  },
);
