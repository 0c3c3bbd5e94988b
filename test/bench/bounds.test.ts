import { lowerBound, pageSizes, readTimeMs } from '../../bin/bench/bounds';

const limit = { requests: 50, windowMs: 60_000 };
const sga = { callMs: 0, perRecordMs: 60 };

describe('lowerBound', () => {
  it('is the slowest tenant read when SGA is the limit', () => {
    const pages = [[1000, 1000], [500]];

    const bound = lowerBound({
      pages,
      sga,
      pageWorkers: 10,
      softruckCalls: 50,
      softruckLimit: limit,
    });

    expect(bound.longestReadMs).toBe(120_000);
    expect(bound.boundMs).toBe(120_000);
    expect(bound.limitedBy).toBe('SGA');
  });

  it('is the Softruck calls at the limit when they take longer', () => {
    const bound = lowerBound({
      pages: [[100]],
      sga,
      pageWorkers: 10,
      softruckCalls: 500,
      softruckLimit: limit,
    });

    expect(bound.softruckMs).toBe(600_000);
    expect(bound.boundMs).toBe(600_000);
    expect(bound.limitedBy).toBe('Softruck');
  });

  it('spreads every page over the page workers when tenants outnumber them', () => {
    const pages = [[1000], [1000], [1000], [1000]];

    const bound = lowerBound({
      pages,
      sga,
      pageWorkers: 2,
      softruckCalls: 0,
      softruckLimit: limit,
    });

    expect(bound.sharedReadMs).toBe(120_000);
    expect(bound.boundMs).toBe(120_000);
  });
});

describe('readTimeMs', () => {
  it('counts every page and the count before and after the read', () => {
    const ms = readTimeMs([10, 5], { callMs: 100, perRecordMs: 2 });

    expect(ms).toBe(2 * 100 + 15 * 2 + 2 * 100);
  });
});

describe('pageSizes', () => {
  it('fills every page but the last', () => {
    expect(pageSizes(250, 100)).toEqual([100, 100, 50]);
  });

  it('has no page for no record', () => {
    expect(pageSizes(0, 100)).toEqual([]);
  });
});
