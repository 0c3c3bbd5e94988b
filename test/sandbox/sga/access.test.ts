import { fetchSga, ONE_PATH_PER_ROUTE, SGA_PATHS } from './fetchSga';
import { sampleRecords } from './samples';
import { startSgaSandbox } from './startSgaSandbox';
import { SgaSandbox } from './types';

const TOKEN = 'token-a';
let sga: SgaSandbox;
const get = (path: string, token = TOKEN) => fetchSga(sga.url, path, token);

beforeEach(async () => {
  sga = await startSgaSandbox({
    associations: { [TOKEN]: { records: sampleRecords() } },
    behaviour: { latencyMs: 0 },
  });
});

afterEach(() => sga.close());

describe('SGA sandbox authentication and methods', () => {
  it('answers 401 in Portuguese on every route to unknown tokens', async () => {
    const replies = await Promise.all(
      ONE_PATH_PER_ROUTE.map((p) => get(p, 'nope')),
    );

    for (const reply of replies) {
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({
        error: [expect.stringContaining('Token de acesso inválido')],
      });
    }
  });

  it('answers 401 when no Authorization header is sent', async () => {
    const reply = await fetchSga(sga.url, SGA_PATHS.pageCount, undefined);

    expect(reply.status).toBe(401);
  });

  it('answers 405 to anything but GET and still records the call', async () => {
    const reply = await fetchSga(sga.url, SGA_PATHS.listAll, TOKEN, {
      method: 'POST',
      body: '{}',
    });

    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('GET');
    expect(sga.calls).toEqual([
      expect.objectContaining({ method: 'POST', route: 'listAll' }),
    ]);
  });

  it('records every call with route, path, token and status', async () => {
    await get(`${SGA_PATHS.page(2)}?x=1`);

    expect(sga.calls).toEqual([
      {
        at: expect.any(Number),
        method: 'GET',
        route: 'page',
        path: `/api/sga/v2${SGA_PATHS.page(2)}?x=1`,
        token: TOKEN,
        status: 200,
      },
    ]);
  });

  it('refuses to change the behaviour of an unknown token', () => {
    expect(() => sga.setBehaviour('nope', { latencyMs: 1 })).toThrow(
      /Unknown token/,
    );
  });
});
