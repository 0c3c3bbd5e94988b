import { fetchSga, SGA_PATHS } from './fetchSga';
import { loadSample, sampleRecords } from './samples';
import { startSgaSandbox } from './startSgaSandbox';
import { SgaBehaviour, SgaSandbox } from './types';

const TOKEN = 'token-a';
let sga: SgaSandbox;

async function start(behaviour: Partial<SgaBehaviour>) {
  sga = await startSgaSandbox({
    associations: { [TOKEN]: { records: sampleRecords(), pageSize: 11 } },
    behaviour: { latencyMs: 0, ...behaviour },
  });
}
const get = (path: string) => fetchSga(sga.url, path, TOKEN);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

afterEach(() => sga.close());

describe('SGA sandbox blocks', () => {
  it('blocks the token after blockAfterCalls calls', async () => {
    await start({ blockAfterCalls: 2 });

    const statuses = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await get(SGA_PATHS.page(1))).status);
    }
    const blocked = await get(SGA_PATHS.products);

    expect(statuses).toEqual([200, 200, 403]);
    expect(blocked.status).toBe(403);
    expect(blocked.body).toEqual(loadSample('blocked'));
  });

  it('lifts the block after blockForMs', async () => {
    await start({ blockAfterCalls: 1, blockForMs: 80 });
    await get(SGA_PATHS.pageCount);
    await get(SGA_PATHS.pageCount);

    await pause(120);
    const reply = await get(SGA_PATHS.pageCount);

    expect(reply.status).toBe(200);
  });

  it('blocks on more than maxCalls calls within perMs', async () => {
    await start({ bulkDetection: { maxCalls: 3, perMs: 10_000 } });

    const replies = [];
    for (let i = 0; i < 4; i += 1) replies.push(await get(SGA_PATHS.page(1)));

    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 403]);
    expect(replies[3].body).toEqual(loadSample('blocked'));
  });

  it('counts a new block rule from when it is set', async () => {
    await start({});
    await get(SGA_PATHS.pageCount);
    sga.setBehaviour(TOKEN, { blockAfterCalls: 1 });

    const first = await get(SGA_PATHS.pageCount);
    const second = await get(SGA_PATHS.pageCount);

    expect([first.status, second.status]).toEqual([200, 403]);
  });
});
