import { SgaClient } from '../../functions/sga/SgaClient';
import { SoftruckApi } from '../../functions/softruck/SoftruckApi';
import { ReadStore } from '../../functions/state/ReadStore';
import { RunStore } from '../../functions/state/RunStore';
import { SoftruckStateStore } from '../../functions/state/SoftruckStateStore';
import { WorkQueue } from '../../functions/queue/WorkQueue';
import type { PageMessage } from '../../functions/queue/messages';
import type { CrashInjector, CrashPoint } from '../integration/runsCrash';
import type { Random } from '../sandbox/sga/random';

const OWNERS: Record<string, CrashPoint['owner']> = {
  SoftruckApi,
  SoftruckStateStore,
  ReadStore,
  RunStore,
};

/** Arms `tenant:Class.method:when:nth` crashes for `day`. */
export function armCrashes(
  injector: CrashInjector,
  specs: string[],
  day: number,
): void {
  for (const spec of specs) {
    const [tenantId, target, when, nth] = spec.split(':');
    const [owner, method] = target.split('.');
    injector.arm(tenantId, {
      name: `day ${day} ${spec}`,
      owner: OWNERS[owner],
      method,
      when: when as CrashPoint['when'],
      nth: Number(nth),
      day,
    });
  }
}

/** Switches the page faults that the sandboxes cannot make. */
export interface PageFaults {
  /** The token whose page 2 fails on every delivery. */
  deadLetterToken?: string;
  /** Shuffle the page messages of every fan-out. */
  shuffle: boolean;
  /** Page messages sent so far, to deliver them again. */
  sent: PageMessage[];
  shuffled: number;
}

/**
 * Wraps the page client and the queue once: a failing page for one
 * token, and page messages sent out of order, when switched on.
 */
export function installPageFaults(random: Random): PageFaults {
  const faults: PageFaults = { shuffle: false, sent: [], shuffled: 0 };
  const page = SgaClient.prototype.page;
  jest.spyOn(SgaClient.prototype, 'page').mockImplementation(function (
    this: SgaClient,
    n: number,
  ) {
    const token = (this as unknown as { options: { token: string } }).options
      .token;
    if (n === 2 && token === faults.deadLetterToken) {
      return Promise.reject(new Error('connection reset by SGA'));
    }
    return page.call(this, n);
  });
  const sendPages = WorkQueue.prototype.sendPages;
  jest.spyOn(WorkQueue.prototype, 'sendPages').mockImplementation(function (
    this: WorkQueue,
    pages: PageMessage[],
    generation?: number,
  ) {
    faults.sent.push(...pages);
    const order = faults.shuffle ? random.shuffle(pages) : pages;
    if (faults.shuffle && pages.length > 1) faults.shuffled += 1;
    return sendPages.call(this, order, generation);
  });
  return faults;
}
