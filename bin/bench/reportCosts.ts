import { dailyCost, PRICES, totalUsd } from './awsCost';
import type { CoreCost } from './protocol';
import type { OursDayResult } from './runOurs';
import { ratio, show, table } from './table';
import { scaleUsage, usageOf } from './usage';

/** Section 4: CPU and memory of the core, no network. */
export function coreSection(core: CoreCost): string[] {
  const rows = core.phases.map((p) => [
    p.name,
    p.records,
    Math.round(p.cpuMs),
    Math.round((p.cpuMs / p.records) * 1000 * 10) / 10,
  ]);
  return [
    '4. Cost of the core: SGA JSON pages parsed and normalized, resolved, ' +
      'diffed against what was written',
    '   (in process, no network; day 2 has 1% changed; CPU from ' +
      'process.cpuUsage)',
    table(['step', 'records', 'CPU ms', 'CPU ms per 1,000'], rows),
    `   per record, all steps of a day: ${show(cpuPerRecordMs(core), 3)} ms ` +
      `CPU at the most; live heap at most ${Math.round(core.peakHeapMb)} ` +
      `MB; process peak RSS ${Math.round(core.peakRssMb)} MB ` +
      '(input included)',
  ];
}

/** The dearer day's CPU per record over its steps. */
export function cpuPerRecordMs(core: CoreCost): number {
  const days = new Map<string, { ms: number; records: number }>();
  for (const p of core.phases) {
    const day = p.name.split(':')[0];
    const d = days.get(day) ?? { ms: 0, records: p.records };
    d.ms += p.cpuMs;
    days.set(day, d);
  }
  return Math.max(...[...days.values()].map((d) => d.ms / d.records));
}

/** Section 5: what each day costs on AWS, from counted usage. */
export function costSection(
  ours: OursDayResult[],
  tenants: number,
  scale: number,
): string[] {
  const out = [
    `5. AWS cost per day (${PRICES.region}, on-demand, free tiers left out)`,
    `   prices: Lambda arm64 $${PRICES.lambdaArmGbSecond} per GB-s and ` +
      `$${PRICES.lambdaPerMillionRequests} per 1M requests; SQS ` +
      `$${PRICES.sqsStandardPerMillion} (standard) and ` +
      `$${PRICES.sqsFifoPerMillion} (FIFO) per 1M;`,
    `   DynamoDB $${PRICES.dynamoPerMillionWriteUnits} per 1M write units, ` +
      `$${PRICES.dynamoPerMillionReadUnits} per 1M read units; Secrets ` +
      `Manager $${PRICES.secretsPerTenThousandCalls} per 10k calls, ` +
      `$${PRICES.secretPerMonth} per secret-month`,
    '   (AWS pricing pages, mid-2025). Lambda s = handler time measured ' +
      'here; a page worker + records x 60 ms x (1 - 1/factor),',
    '   the fan-out and reconcilers x factor (an upper estimate: CPU does ' +
      'not slow down);',
    '   DynamoDB units as DynamoDB reports them (a refused conditional ' +
      `write: 1). Full scale = counts x ${show(1 / scale, 2)} ` +
      '(1 / scale), fan-out and secrets as they are.',
  ];
  for (const [i, day] of ours.entries()) {
    const here = usageOf(day, tenants);
    const lines = dailyCost(here);
    const full = dailyCost(scaleUsage(here, 1 / scale));
    const rows = lines.map((l, j) => [
      l.item,
      Math.round(l.quantity * 100) / 100,
      `$${l.price}/${l.unit}`,
      money(l.usd),
      Math.round(full[j].quantity * 100) / 100,
      money(full[j].usd),
    ]);
    rows.push([
      'total',
      '',
      '',
      money(totalUsd(lines)),
      '',
      money(totalUsd(full)),
    ]);
    const units = Object.entries(day.inside.aws.unitsByCommand)
      .sort((a, b) => b[1] - a[1])
      .map(([name, n]) => `${name.replace(/Command$/, '')} ${show(n, 0)}`);
    out.push(
      '',
      `   day ${i + 1} (DynamoDB units by request: ${units.join(', ')})`,
      table(
        [
          'item',
          'quantity',
          'price',
          'USD',
          'full-scale quantity',
          'full-scale USD',
        ],
        rows,
      ),
    );
  }
  return out;
}

const money = (usd: number) => `$${usd.toFixed(4)}`;

/** The goals the benchmark checks, met or not. */
export function goalLines(
  ours: OursDayResult[],
  naiveCalls: number[],
  oursCalls: number[],
  neededCalls: number[],
  core: CoreCost,
): string[] {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const ratios = ours.map((d) => ratio(d.wallMs, d.bound.boundMs));
  const last = ours.length - 1;
  const fewer = ratio(naiveCalls[last], oursCalls[last]);
  const cpu = cpuPerRecordMs(core);
  const whole = ours.map((d) => `${d.runsDone} of ${d.inside.runs.length}`);
  const lost = ours.reduce((n, d) => n + d.deadLetters, 0);
  return [
    'Goals',
    // Without it the other figures would measure a day cut short.
    `   every run done, nothing dead-lettered: runs ${whole.join(', ')}, ` +
      `${lost} dead letters -> ${mark(
        lost === 0 && ours.every((d) => d.runsDone === d.inside.runs.length),
      )}`,
    `   wall time under 1.2 x the bound on both days: ${ratios.join(', ')} ` +
      `-> ${mark(ratios.every((r) => r < 1.2))}`,
    `   Softruck calls equal to the minimum: ${oursCalls
      .map((c, i) => `${c} of ${neededCalls[i]}`)
      .join(', ')} -> ${mark(oursCalls.every((c, i) => c <= neededCalls[i]))}`,
    `   at least 20 times fewer calls than the naive way on day 2: ` +
      `${fewer} times -> ${mark(fewer >= 20)}`,
    `   under 1 ms of CPU per record in the core: ${show(cpu, 3)} ms -> ` +
      mark(cpu < 1),
  ];
}
