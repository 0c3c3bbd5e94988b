import type { Run } from '../../functions/state/types';
import { readExtent } from '../../functions/sync/planRun';
import { runOf } from '../support/runs';

const run = (extra: Partial<Run>): Run =>
  runOf({ runId: 'r1', status: 'READ', ...extra });

describe('what a read allows', () => {
  it('is complete when every page is in and nothing looked wrong', () => {
    expect(readExtent(run({}))).toBe('complete');
  });

  it('is incomplete with a page missing (a dead letter, a settled run)', () => {
    expect(readExtent(run({ pagesDone: [1, 3] }))).toBe('incomplete');
  });

  it.each([
    'page count changed from 3 to 4 during the run',
    'page count could not be checked again: SgaBlockedError',
    'page 2 of 3 came back empty',
  ])('is incomplete after an anomaly: %s', (anomaly) => {
    expect(readExtent(run({ anomalies: [anomaly] }))).toBe('incomplete');
  });

  it('is a lookup for a run of one plate, chassis or CPF', () => {
    const scope = { kind: 'lookup', by: 'plate', value: 'ABC1D23' } as const;

    expect(readExtent(run({ scope, pageCount: 1, pagesDone: [1] }))).toBe(
      'lookup',
    );
  });
});
