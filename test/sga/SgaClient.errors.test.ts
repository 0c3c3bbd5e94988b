import {
  SgaAuthError,
  SgaBlockedError,
  SgaRouteDisabledError,
  SgaTransientError,
} from '../../functions/sga/errors';
import type { SgaClient } from '../../functions/sga/SgaClient';
import type { SgaBehaviour, SgaSandbox } from '../sandbox/sga';
import { clientFor, sandboxWithSamples, TOKEN } from './support/sgaClientFor';

interface ErrorCase {
  name: string;
  behaviour: Partial<SgaBehaviour>;
  token?: string;
  call: (sga: SgaClient) => Promise<unknown>;
  error: new (...args: never[]) => Error;
  status?: number;
  /** The route the message must name. */
  route: string;
  /** Requests the sandbox must have received: retried or not. */
  requests: number;
}

const ERRORS: ErrorCase[] = [
  {
    name: 'a blocked token (403 BLOQUEADO), never retried',
    behaviour: { blockAfterCalls: 0 },
    call: (sga) => sga.page(1),
    error: SgaBlockedError,
    route: 'page',
    requests: 1,
  },
  {
    name: 'a route not enabled (404)',
    behaviour: { disabledRoutes: ['page'], disabledStatus: 404 },
    call: (sga) => sga.page(1),
    error: SgaRouteDisabledError,
    status: 404,
    route: 'page',
    requests: 1,
  },
  {
    name: 'a route refused with 403 without the block message',
    behaviour: { disabledRoutes: ['pageCount'], disabledStatus: 403 },
    call: (sga) => sga.pageCount(),
    error: SgaRouteDisabledError,
    status: 403,
    route: 'pageCount',
    requests: 1,
  },
  {
    name: 'a route refused with 401 (the route check tells a bad token apart)',
    behaviour: { disabledRoutes: ['listAll'], disabledStatus: 401 },
    call: (sga) => sga.listAll(),
    error: SgaAuthError,
    status: 401,
    route: 'listAll',
    requests: 1,
  },
  {
    name: 'an invalid token (401)',
    behaviour: {},
    token: 'sga-token-nobody-knows',
    call: (sga) => sga.pageCount(),
    error: SgaAuthError,
    status: 401,
    route: 'pageCount',
    requests: 1,
  },
  {
    name: 'a 404 on a page past the last (the page worker tells it apart)',
    behaviour: { pastLastPage: 404 },
    call: (sga) => sga.page(4),
    error: SgaRouteDisabledError,
    status: 404,
    route: 'page',
    requests: 1,
  },
  {
    name: '5xx on every attempt: three requests, then a failure',
    behaviour: { failNext: 10 },
    call: (sga) => sga.pageCount(),
    error: SgaTransientError,
    status: 503,
    route: 'pageCount',
    requests: 3,
  },
];

describe('SgaClient error classes, against the SGA sandbox', () => {
  let sandbox: SgaSandbox;

  afterEach(() => sandbox.close());

  it.each(ERRORS)('raises $error.name for $name', async (c) => {
    sandbox = await sandboxWithSamples(c.behaviour);
    const sga = clientFor(sandbox.url, { token: c.token ?? TOKEN });

    const failure = await c.call(sga).catch((error: Error) => error);

    expect(failure).toBeInstanceOf(c.error);
    expect(failure).toMatchObject({ route: c.route, status: c.status });
    expect((failure as Error).message).toMatch(new RegExp(`^${c.route}: `));
    expect(sandbox.calls).toHaveLength(c.requests);
    expect(sga.calls).toBe(c.requests);
  });
});

interface EmptyCase {
  name: string;
  behaviour: Partial<SgaBehaviour>;
  call: (sga: SgaClient) => Promise<unknown[]>;
  status: number;
}

const NOTHING_FOUND: EmptyCase[] = [
  {
    name: 'a lookup SGA answers with 406',
    behaviour: {},
    call: (sga) => sga.byPlate('ZZZ9Z99'),
    status: 406,
  },
  {
    name: 'a lookup SGA answers with 404',
    behaviour: { disabledRoutes: ['byChassis'], disabledStatus: 404 },
    call: (sga) => sga.byChassis('9BW7JSNXZHGXAK22R'),
    status: 404,
  },
  {
    name: 'a page past the last one answered with 406',
    behaviour: { pastLastPage: 406 },
    call: (sga) => sga.page(4),
    status: 406,
  },
];

describe('SgaClient "nothing found"', () => {
  let sandbox: SgaSandbox;

  afterEach(() => sandbox.close());

  it.each(NOTHING_FOUND)('reads $name as no records', async (c) => {
    sandbox = await sandboxWithSamples(c.behaviour);
    const sga = clientFor(sandbox.url);

    const records = await c.call(sga);

    expect(records).toEqual([]);
    expect(sandbox.calls.map((call) => call.status)).toEqual([c.status]);
  });
});
