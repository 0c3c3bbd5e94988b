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

afterEach(() => sga.close());

describe('SGA sandbox page formats', () => {
  it('answers pages as numeric-keys objects with pagesAsObject', async () => {
    await start({ pagesAsObject: true });

    const reply = await get(SGA_PATHS.page(2));

    const [repeat, inactive] = loadSample<unknown[]>('page2');
    expect(reply.body).toEqual({
      '0': repeat,
      '1': inactive,
      quantidade_veiculos: 2,
    });
  });

  it('answers the page count as a string with countAsString', async () => {
    await start({ countAsString: true });

    const reply = await get(SGA_PATHS.pageCount);

    expect(reply.body).toEqual({
      quantidade_paginas: '2',
      total_registros: 13,
    });
  });

  it('answers half the records, rounded down, on a short page', async () => {
    await start({ shortPages: [1] });

    const short = await get(SGA_PATHS.page(1));
    const full = await get(SGA_PATHS.page(2));

    expect(short.body).toEqual(loadSample<unknown[]>('page1').slice(0, 5));
    expect(full.body).toEqual(loadSample('page2'));
  });
});

describe('SGA sandbox pages outside 1..N', () => {
  it.each([0, 3])('answers page %i with [] by default', async (page) => {
    await start({});

    const reply = await get(SGA_PATHS.page(page));

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual([]);
  });

  it.each([404, 406] as const)(
    'answers %i with the not-found body when pastLastPage is that',
    async (status) => {
      await start({ pastLastPage: status });

      const reply = await get(SGA_PATHS.page(3));

      expect(reply.status).toBe(status);
      expect(reply.body).toEqual(loadSample('notFound'));
    },
  );
});
