import { hashText, Random } from './random';
import { SgaAssociation, SgaBehaviour } from './types';

/** How a token behaves unless told otherwise: fast and well. */
export const DEFAULT_BEHAVIOUR: Readonly<SgaBehaviour> = Object.freeze({
  latencyMs: 5,
  pageLatencyPerRecordMs: 0,
  disabledRoutes: [],
  disabledStatus: 404,
  blockAfterCalls: undefined,
  blockForMs: 60 * 60 * 1000,
  bulkDetection: undefined,
  failRate: 0,
  failNext: 0,
  hangNext: 0,
  pagesAsObject: false,
  countAsString: false,
  shortPages: [],
  pastLastPage: 'empty',
});

const FAULT_STATUSES = [500, 502, 503];

/**
 * One token's data, behaviour and traffic history. The history decides
 * blocks: SGA blocks a token, not a client, so every caller of one token
 * shares the count.
 */
export class TenantState {
  association: SgaAssociation;
  behaviour: SgaBehaviour;
  private readonly random: Random;
  private callsSinceBlock = 0;
  private recent: number[] = [];
  private blockedUntil = 0;

  constructor(
    token: string,
    association: SgaAssociation,
    behaviour: SgaBehaviour,
    seed: number,
  ) {
    this.association = association;
    this.behaviour = { ...behaviour };
    this.random = new Random(seed ^ hashText(token));
  }

  /** Applies a behaviour patch; a new block rule counts from now. */
  patch(patch: Partial<SgaBehaviour>): void {
    this.behaviour = { ...this.behaviour, ...patch };
    if ('blockAfterCalls' in patch) this.callsSinceBlock = 0;
    if ('bulkDetection' in patch) this.recent = [];
  }

  /**
   * Counts one call at `now` and tells whether it may be served. The call
   * that crosses a limit is the first one refused.
   */
  admit(now: number): boolean {
    if (now < this.blockedUntil) return false;
    const { blockAfterCalls, bulkDetection, blockForMs } = this.behaviour;
    this.callsSinceBlock += 1;
    if (bulkDetection) {
      this.recent.push(now);
      while (
        this.recent.length &&
        this.recent[0] <= now - bulkDetection.perMs
      ) {
        this.recent.shift();
      }
    }
    const overCount =
      blockAfterCalls !== undefined && this.callsSinceBlock > blockAfterCalls;
    const bulk =
      bulkDetection !== undefined &&
      this.recent.length > bulkDetection.maxCalls;
    if (!overCount && !bulk) return true;
    this.blockedUntil = now + blockForMs;
    this.callsSinceBlock = 0;
    this.recent = [];
    return false;
  }

  /** Whether this call is one of the next N told to hang. */
  takeHang(): boolean {
    if (this.behaviour.hangNext <= 0) return false;
    this.behaviour.hangNext -= 1;
    return true;
  }

  /** The status of an injected fault for this call, if any. */
  takeFault(): number | undefined {
    if (this.behaviour.failNext > 0) {
      this.behaviour.failNext -= 1;
      return 503;
    }
    const { failRate } = this.behaviour;
    if (failRate > 0 && this.random.chance(failRate)) {
      return this.random.pick(FAULT_STATUSES);
    }
    return undefined;
  }
}
