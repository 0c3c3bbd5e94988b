import { parseArgs } from 'node:util';

/** How large and how fast the benchmark runs. */
export interface BenchOptions {
  /** Share of the full deployment's vehicles, per tenant (0 < scale <= 1). */
  scale: number;
  /** How many times faster than life each day of the sync runs. */
  factors: [number, number];
  /** How many times faster than life the naive way runs. */
  naiveFactor: number;
}

/** The command line, for a usage error. */
export const USAGE =
  'usage: npm run bench -- [--scale S] [--first-factor F] ' +
  '[--second-factor F] [--naive-factor F]';

/**
 * Reads the options. A factor multiplies the pipeline's own overheads
 * against its waits, so each is as low as time allows: 40 on the first
 * day (2,000 Softruck calls a minute keep the local pipeline and its
 * DynamoDB about a third of a core busy), 2 on the second, whose work is
 * small; the naive
 * way, a plain loop with little overhead, runs at 500 (about 400
 * requests a second, which one loop on this machine sustains).
 */
export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '1' },
      'first-factor': { type: 'string', default: '40' },
      'second-factor': { type: 'string', default: '2' },
      'naive-factor': { type: 'string', default: '500' },
    },
  });
  const number = (name: string, text: string, max: number) => {
    const value = Number(text);
    if (!(value > 0 && value <= max)) {
      throw new Error(`--${name} must be a number above 0, at most ${max}`);
    }
    return value;
  };
  return {
    scale: number('scale', values.scale, 1),
    factors: [
      number('first-factor', values['first-factor'], 1000),
      number('second-factor', values['second-factor'], 1000),
    ],
    naiveFactor: number('naive-factor', values['naive-factor'], 5000),
  };
}
