import { totalCalls } from './minimumCalls';
import { type DaysInput, hours } from './reportDays';
import { ratio, table } from './table';

/** Section 3: the same days done the naive way. */
export function naiveSection(input: DaysInput): string[] {
  const rows = input.ours.map((d, i) => {
    const n = input.naive[i];
    const oursCalls = totalCalls(d.made);
    const oursReal = d.wallMs * d.speed.factor;
    const naiveReal = n.wallMs * n.speed.factor;
    return [
      String(i + 1),
      oursCalls,
      n.softruckCalls,
      ratio(n.softruckCalls, oursCalls),
      d.sgaCalls,
      n.sgaCalls,
      hours(oursReal),
      `${hours(naiveReal)} (x${n.speed.factor})`,
      ratio(naiveReal, oursReal),
    ];
  });
  return [
    '3. Against the naive way: every tenant in turn, every page read, each ' +
      'vehicle and user written once',
    '   (POST the first day, PATCH after, a link per vehicle created; no ' +
      'status calls, so its count is a floor)',
    table(
      [
        'day',
        'Softruck ours',
        'Softruck naive',
        'naive/ours',
        'SGA ours',
        'SGA naive',
        'real wall ours h',
        'real wall naive h',
        'naive/ours',
      ],
      rows,
    ),
    ...input.naive.map(
      (n, i) =>
        `   naive day ${i + 1}: its calls alone at the limit take ` +
        `${hours(n.softruckCalls * 1200)} h; measured ` +
        `${hours(n.wallMs * n.speed.factor)} h`,
    ),
  ];
}
