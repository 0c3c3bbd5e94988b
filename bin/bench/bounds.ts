/** How fast SGA answers, as the benchmark's SGA is set to answer. */
export interface SgaSpeed {
  /** Delay of every answer, the page count included. */
  callMs: number;
  /** Extra delay per record a page holds. */
  perRecordMs: number;
}

/** What limits one day of sync, and what it has to do. */
export interface BoundInput {
  /** Records on each page, per tenant, as SGA serves them. */
  pages: number[][];
  sga: SgaSpeed;
  /** Page workers running at once, across tenants. */
  pageWorkers: number;
  /** Softruck calls the day's changes need at the least. */
  softruckCalls: number;
  /** Softruck's limit: requests per `windowMs`. */
  softruckLimit: { requests: number; windowMs: number };
}

/** The lower bound of a day's wall time and what it is made of. */
export interface Bound {
  /** The slowest tenant's read: the page count, every page, the recount. */
  longestReadMs: number;
  /** Every tenant's read, shared by the page workers. */
  sharedReadMs: number;
  /** The Softruck calls needed, at the limit. */
  softruckMs: number;
  boundMs: number;
  limitedBy: 'SGA' | 'Softruck';
}

/**
 * One tenant's read in series: SGA is read one page at a time per tenant
 * (faster looks like bulk extraction), with a count before and after.
 */
export function readTimeMs(pages: number[], sga: SgaSpeed): number {
  const pageMs = pages.reduce(
    (sum, n) => sum + sga.callMs + n * sga.perRecordMs,
    0,
  );
  return pageMs + 2 * sga.callMs;
}

/**
 * No schedule can beat the slowest tenant's pages in series, every page
 * spread over the page workers, or the needed Softruck calls at the
 * limit; the bound is the largest of the three.
 *
 * @example
 * lowerBound({ pages: [[1000, 1000]], sga: { callMs: 0, perRecordMs: 60 },
 *   pageWorkers: 10, softruckCalls: 50,
 *   softruckLimit: { requests: 50, windowMs: 60_000 } });
 * // boundMs 120_000: two pages of a minute each, limited by SGA
 */
export function lowerBound(input: BoundInput): Bound {
  const reads = input.pages.map((pages) => readTimeMs(pages, input.sga));
  const longestReadMs = Math.max(0, ...reads);
  const sharedReadMs =
    reads.reduce((sum, ms) => sum + ms, 0) / input.pageWorkers;
  const { requests, windowMs } = input.softruckLimit;
  const softruckMs = (input.softruckCalls * windowMs) / requests;
  const readMs = Math.max(longestReadMs, sharedReadMs);
  return {
    longestReadMs,
    sharedReadMs,
    softruckMs,
    boundMs: Math.max(readMs, softruckMs),
    limitedBy: softruckMs > readMs ? 'Softruck' : 'SGA',
  };
}

/** Records per page when `records` are served `pageSize` at a time. */
export function pageSizes(records: number, pageSize: number): number[] {
  const pages: number[] = [];
  for (let left = records; left > 0; left -= pageSize) {
    pages.push(Math.min(pageSize, left));
  }
  return pages;
}
