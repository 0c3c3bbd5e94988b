import { seededRandom } from './random';
import type { SoftruckFaults } from './types';

const DEFAULT_FAULTS: SoftruckFaults = {
  failRate: 0,
  status5xx: 503,
  failNext: 0,
  rate429Next: 0,
  loseAnswerNext: 0,
  seed: 1,
};

/**
 * Decides which requests fail on purpose. Counters are spent one request
 * at a time; `failRate` draws from a seeded sequence only when it is above
 * zero, so the same requests with the same seed fail the same way.
 */
export class FaultInjector {
  private state: SoftruckFaults = { ...DEFAULT_FAULTS };
  private random = seededRandom(DEFAULT_FAULTS.seed);

  constructor(initial: Partial<SoftruckFaults> = {}) {
    this.set(initial);
  }

  /** Changes some faults; a `seed` restarts the random sequence. */
  set(patch: Partial<SoftruckFaults>): void {
    const next = { ...this.state, ...patch };
    checkFaults(next);
    this.state = next;
    if (patch.seed !== undefined) this.random = seededRandom(patch.seed);
  }

  /** The faults in force now. */
  current(): SoftruckFaults {
    return { ...this.state };
  }

  /** Whether this request is to be refused with a 429 regardless. */
  takeForced429(): boolean {
    return this.spend('rate429Next');
  }

  /** The status to fail this accepted request with, if any. */
  takeFailure(): number | undefined {
    if (this.spend('failNext')) return this.state.status5xx;
    if (this.state.failRate > 0 && this.random() < this.state.failRate) {
      return this.state.status5xx;
    }
    return undefined;
  }

  /** Whether this write's answer is to be lost after it is applied. */
  takeLoseAnswer(): boolean {
    return this.spend('loseAnswerNext');
  }

  private spend(counter: 'failNext' | 'rate429Next' | 'loseAnswerNext') {
    if (this.state[counter] <= 0) return false;
    this.state[counter] -= 1;
    return true;
  }
}

function checkFaults(faults: SoftruckFaults): void {
  if (!(faults.failRate >= 0 && faults.failRate <= 1)) {
    throw new RangeError('failRate must be between 0 and 1');
  }
  const status = faults.status5xx;
  if (!Number.isInteger(status) || status < 500 || status > 599) {
    throw new RangeError('status5xx must be an integer from 500 to 599');
  }
  for (const name of ['failNext', 'rate429Next', 'loseAnswerNext'] as const) {
    if (!Number.isInteger(faults[name]) || faults[name] < 0) {
      throw new RangeError(`${name} must be a non-negative integer`);
    }
  }
  if (!Number.isFinite(faults.seed)) throw new RangeError('seed: a number');
}
