import {
  SgaClient,
  type SgaClientOptions,
} from '../../functions/sga/SgaClient';
import { ALL_ROUTES } from '../../functions/sga/routes';
import type { SgaSandbox } from '../sandbox/sga';
import { clientFor, sandboxWithSamples } from './support/sgaClientFor';

/** Every public method, with arguments that reach SGA. */
const PUBLIC_CALLS: Record<string, (sga: SgaClient) => Promise<unknown>> = {
  pageCount: (sga) => sga.pageCount(),
  page: (sga) => sga.page(1),
  byPlate: (sga) => sga.byPlate('QWE4F21'),
  byChassis: (sga) => sga.byChassis('9BW7JSNXZHGXAK22R'),
  byCpf: (sga) => sga.byCpf('52596589060'),
  listAll: (sga) => sga.listAll(),
  products: async (sga) => {
    await sga.products('products');
    await sga.products('productTypes');
  },
  probe: (sga) =>
    Promise.all(ALL_ROUTES.map((route) => sga.probe(route, 'QWE4F21'))),
};
/** Methods only reachable through the public ones above. */
const PRIVATE_METHODS = ['listing', 'get', 'once'];

describe('SgaClient sends nothing but GET', () => {
  let sandbox: SgaSandbox;

  beforeAll(async () => {
    sandbox = await sandboxWithSamples();
  });

  afterAll(() => sandbox.close());

  it('has no method the table below does not call', () => {
    const methods = Object.getOwnPropertyNames(SgaClient.prototype).filter(
      (name) => name !== 'constructor',
    );

    expect(methods.sort()).toEqual(
      [...Object.keys(PUBLIC_CALLS), ...PRIVATE_METHODS].sort(),
    );
  });

  it('sends GET, without a body, from every public method', async () => {
    const sent: RequestInit[] = [];
    const spy: typeof fetch = (input, init) => {
      sent.push(init ?? {});
      return fetch(input, init);
    };
    const sga = clientFor(sandbox.url, { fetchImpl: spy });

    for (const call of Object.values(PUBLIC_CALLS)) await call(sga);

    expect(sandbox.calls.length).toBeGreaterThanOrEqual(16);
    expect(new Set(sandbox.calls.map((c) => c.method))).toEqual(
      new Set(['GET']),
    );
    expect(sent.every((init) => init.method === 'GET' && !init.body)).toBe(
      true,
    );
    expect(sent).toHaveLength(sandbox.calls.length);
  });

  it('takes no option that could name a method or a body', () => {
    type Forbidden = Extract<
      keyof SgaClientOptions,
      'method' | 'body' | 'headers' | 'init'
    >;
    const none: [Forbidden] extends [never] ? true : false = true;

    expect(none).toBe(true);
  });

  it('sends GET even when a method is smuggled past the types', async () => {
    // @ts-expect-error: the options have no `method`.
    const sga = clientFor(sandbox.url, { method: 'POST' });
    const before = sandbox.calls.length;

    await sga.pageCount();

    expect(sandbox.calls.slice(before).map((c) => c.method)).toEqual(['GET']);
  });
});
