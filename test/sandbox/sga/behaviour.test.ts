import { fetchSga, SGA_PATHS } from './fetchSga';
import { sampleRecords } from './samples';
import { startSgaSandbox } from './startSgaSandbox';
import { SgaBehaviour, SgaSandbox } from './types';

const TOKEN = 'token-a';
let sga: SgaSandbox;

async function start(behaviour: Partial<SgaBehaviour>, seed?: number) {
  return startSgaSandbox({
    associations: { [TOKEN]: { records: sampleRecords(), pageSize: 11 } },
    behaviour: { latencyMs: 0, ...behaviour },
    seed,
  });
}
const get = (path: string, init?: RequestInit) =>
  fetchSga(sga.url, path, TOKEN, init);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

afterEach(() => sga.close());

describe('SGA sandbox latency', () => {
  it('delays every answer by latencyMs', async () => {
    sga = await start({ latencyMs: 60 });

    const elapsed = await timed(() => get(SGA_PATHS.pageCount));

    expect(elapsed).toBeGreaterThanOrEqual(55);
  });

  it('slows pages by pageLatencyPerRecordMs for each record', async () => {
    sga = await start({ pageLatencyPerRecordMs: 10 });

    const page = await timed(() => get(SGA_PATHS.page(1)));
    const count = await timed(() => get(SGA_PATHS.pageCount));

    expect(page).toBeGreaterThanOrEqual(105);
    expect(count).toBeLessThan(100);
  });
});

describe('SGA sandbox disabled routes', () => {
  it('answers 404 on a disabled route and serves the others', async () => {
    sga = await start({ disabledRoutes: ['listAll'] });

    const disabled = await get(SGA_PATHS.listAll);
    const enabled = await get(SGA_PATHS.pageCount);

    expect(disabled.status).toBe(404);
    expect(disabled.body).toEqual({ error: { mensagem: expect.any(String) } });
    expect(enabled.status).toBe(200);
  });

  it('answers disabledStatus when it is 401 or 403', async () => {
    sga = await start({ disabledRoutes: ['products'], disabledStatus: 403 });

    const reply = await get(SGA_PATHS.products);

    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ mensagem: 'Forbidden' });
  });
});

describe('SGA sandbox faults', () => {
  it('fails the next failNext calls with 503, then recovers', async () => {
    sga = await start({ failNext: 2 });

    const statuses = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await get(SGA_PATHS.pageCount)).status);
    }

    expect(statuses).toEqual([503, 503, 200]);
  });

  it('fails about failRate of calls with 500, 502 or 503', async () => {
    sga = await start({ failRate: 1 });

    const replies = await Promise.all(
      Array.from({ length: 10 }, () => get(SGA_PATHS.pageCount)),
    );

    for (const reply of replies)
      expect([500, 502, 503]).toContain(reply.status);
  });

  it('injects the same failures for the same seed', async () => {
    const run = async () => {
      sga = await start({ failRate: 0.5 }, 42);
      const statuses = [];
      for (let i = 0; i < 20; i += 1) {
        statuses.push((await get(SGA_PATHS.pageCount)).status);
      }
      await sga.close();
      return statuses;
    };

    const first = await run();
    const second = await run();

    expect(second).toEqual(first);
    expect(first).toContain(200);
    expect(first.some((status) => status >= 500)).toBe(true);
  });

  it('never answers the next hangNext calls', async () => {
    sga = await start({ hangNext: 1 });

    const hung = get(SGA_PATHS.page(1), { signal: AbortSignal.timeout(150) });
    await expect(hung).rejects.toThrow();
    const next = await get(SGA_PATHS.page(1));

    expect(next.status).toBe(200);
    expect(sga.calls.map((call) => call.status)).toEqual([0, 200]);
  });

  it('ends a hanging call when the sandbox closes', async () => {
    sga = await start({ hangNext: 1 });
    const hung = get(SGA_PATHS.page(1));
    for (let i = 0; i < 100 && sga.calls.length === 0; i += 1) await pause(5);

    const closing = timed(() => sga.close());

    await expect(hung).rejects.toThrow();
    expect(await closing).toBeLessThan(1000);
  });
});
