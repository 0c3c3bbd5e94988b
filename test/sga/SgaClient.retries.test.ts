import { SgaTransientError } from '../../functions/sga/errors';
import type { SgaSandbox } from '../sandbox/sga';
import { startCannedServer } from './support/cannedServer';
import { clientFor, sandboxWithSamples, TOKEN } from './support/sgaClientFor';

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]);

describe('SgaClient retries of 5xx, timeouts and resets', () => {
  let sandbox: SgaSandbox;

  afterEach(() => sandbox?.close());

  it('reads the page once a 5xx has passed, within its attempts', async () => {
    sandbox = await sandboxWithSamples({ failNext: 2 });
    const sga = clientFor(sandbox.url);

    const records = await sga.page(1);

    expect(records).toHaveLength(5);
    expect(sandbox.calls.map((c) => c.status)).toEqual([503, 503, 200]);
  });

  it('waits at least half of a backoff that doubles', async () => {
    sandbox = await sandboxWithSamples({ failNext: 10 });
    const sga = clientFor(sandbox.url, { retryBaseMs: 100, attempts: 3 });

    await expect(sga.pageCount()).rejects.toThrow(SgaTransientError);

    const [first, second] = gaps(sandbox.calls.map((c) => c.at));
    expect(first).toBeGreaterThanOrEqual(50);
    expect(second).toBeGreaterThanOrEqual(100);
  });

  it('draws each wait at random, so failing callers spread out', async () => {
    const random = jest.spyOn(Math, 'random').mockReturnValue(0);
    sandbox = await sandboxWithSamples({ failNext: 10 });
    const low = clientFor(sandbox.url, { retryBaseMs: 400, attempts: 2 });
    await low.pageCount().catch(() => undefined);
    random.mockReturnValue(0.999);
    const high = clientFor(sandbox.url, { retryBaseMs: 400, attempts: 2 });
    await high.pageCount().catch(() => undefined);
    random.mockRestore();

    const [lowGap, , highGap] = gaps(sandbox.calls.map((c) => c.at));
    expect(lowGap).toBeGreaterThanOrEqual(200);
    expect(highGap).toBeGreaterThanOrEqual(399);
    expect(highGap - lowGap).toBeGreaterThan(100);
  });

  it('gives up on a call that never answers after its attempts', async () => {
    sandbox = await sandboxWithSamples({ hangNext: 10 });
    const sga = clientFor(sandbox.url, { timeoutMs: 100, attempts: 3 });

    const failure = await sga.page(1).catch((e: Error) => e);

    expect(failure).toBeInstanceOf(SgaTransientError);
    expect(failure).toHaveProperty('message', 'page: no answer within 100 ms');
    expect(sandbox.calls).toHaveLength(3);
  });

  it('keeps waiting for a slow page as long as the read timeout allows', async () => {
    sandbox = await sandboxWithSamples({ pageLatencyPerRecordMs: 60 });
    const patient = clientFor(sandbox.url, { timeoutMs: 1000, attempts: 1 });
    const hasty = clientFor(sandbox.url, { timeoutMs: 150, attempts: 1 });

    const records = await patient.page(1);
    const failure = await hasty.page(1).catch((e: Error) => e);

    expect(records).toHaveLength(5);
    expect(failure).toBeInstanceOf(SgaTransientError);
  });

  it('retries a connection reset, then fails naming the route', async () => {
    const server = await startCannedServer(() => 'reset');
    const sga = clientFor(server.url, { attempts: 3 });

    const failure = await sga.byCpf('52596589060').catch((e: Error) => e);
    await server.close();

    expect(failure).toBeInstanceOf(SgaTransientError);
    expect((failure as Error).message).toMatch(/^byCpf: connection failed/);
    expect(server.requests).toHaveLength(3);
  });

  it('sends the tenant token as a bearer token', async () => {
    sandbox = await sandboxWithSamples();

    await clientFor(sandbox.url).products();

    expect(sandbox.calls[0].token).toBe(TOKEN);
  });
});
