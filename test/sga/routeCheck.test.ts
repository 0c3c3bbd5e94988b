import {
  checkRoutes,
  type RouteCheck,
  type RouteState,
} from '../../functions/sga/routeCheck';
import { ALL_ROUTES, type SgaRoute } from '../../functions/sga/routes';
import type { SgaBehaviour, SgaSandbox } from '../sandbox/sga';
import { clientFor, sandboxWithSamples, TOKEN } from './support/sgaClientFor';

const stateOf = (check: RouteCheck) =>
  Object.fromEntries(check.routes.map((r) => [r.route, r.state]));

/** Every route enabled but `routes`, which are in `state`. */
const statesWith = (state: RouteState, routes: SgaRoute[]) =>
  Object.fromEntries(
    ALL_ROUTES.map((r) => [r, routes.includes(r) ? state : 'enabled']),
  );

interface CheckCase {
  name: string;
  behaviour: Partial<SgaBehaviour>;
  token: RouteCheck['token'];
  states: Record<string, RouteState>;
}

const CASES: CheckCase[] = [
  {
    name: 'every route enabled',
    behaviour: {},
    token: 'valid',
    states: statesWith('enabled', []),
  },
  {
    name: 'two routes answering 404',
    behaviour: { disabledRoutes: ['listAll', 'byCpf'], disabledStatus: 404 },
    token: 'valid',
    states: statesWith('disabled', ['listAll', 'byCpf']),
  },
  {
    name: 'one route answering 401 while the others work',
    behaviour: { disabledRoutes: ['byPlate'], disabledStatus: 401 },
    token: 'valid',
    states: statesWith('disabled', ['byPlate']),
  },
  {
    name: 'one route answering 403 while the others work',
    behaviour: { disabledRoutes: ['page'], disabledStatus: 403 },
    token: 'valid',
    states: statesWith('disabled', ['page']),
  },
  {
    name: 'no listing to take a record from, and a lookup answering 404',
    behaviour: {
      disabledRoutes: ['page', 'listAll', 'byPlate'],
      disabledStatus: 404,
    },
    token: 'valid',
    states: {
      ...statesWith('disabled', ['page', 'listAll']),
      byPlate: 'unclear',
    },
  },
  {
    name: 'a route whose 5xx outlasts the retries',
    behaviour: { failNext: 3 },
    token: 'valid',
    states: statesWith('failed', ['products']),
  },
];

describe('the route check, against the SGA sandbox', () => {
  let sandbox: SgaSandbox;

  afterEach(() => sandbox.close());

  it.each(CASES)('tells the state of each route with $name', async (c) => {
    sandbox = await sandboxWithSamples(c.behaviour);

    const check = await checkRoutes(clientFor(sandbox.url));

    expect(check.token).toBe(c.token);
    expect(stateOf(check)).toEqual(c.states);
  });

  it('looks up the plate, chassis and CPF of a record page 1 listed', async () => {
    sandbox = await sandboxWithSamples();

    await checkRoutes(clientFor(sandbox.url));

    const lookups = sandbox.calls.filter((c) => c.route.startsWith('by'));
    expect(lookups.map((c) => [c.route, c.status])).toEqual([
      ['byPlate', 200],
      ['byChassis', 200],
      ['byCpf', 200],
    ]);
  });

  it('calls each route once when all answer', async () => {
    sandbox = await sandboxWithSamples();

    await checkRoutes(clientFor(sandbox.url));

    expect(sandbox.calls.map((c) => c.route)).toEqual([
      'products',
      'productTypes',
      'pageCount',
      'page',
      'listAll',
      'byPlate',
      'byChassis',
      'byCpf',
    ]);
  });

  it('calls only the routes it is asked about', async () => {
    sandbox = await sandboxWithSamples();

    const check = await checkRoutes(clientFor(sandbox.url), {
      routes: ['page', 'pageCount'],
    });

    expect(sandbox.calls.map((c) => c.route)).toEqual(['pageCount', 'page']);
    expect(stateOf(check)).toEqual({ pageCount: 'enabled', page: 'enabled' });
  });

  it('finds the token invalid when every route answers 401', async () => {
    sandbox = await sandboxWithSamples();
    const stranger = clientFor(sandbox.url, { token: 'sga-token-unknown' });

    const check = await checkRoutes(stranger);

    expect(check.token).toBe('invalid');
    expect(new Set(Object.values(stateOf(check)))).toEqual(
      new Set(['refused']),
    );
  });

  it('stops calling at the first sign of a block', async () => {
    sandbox = await sandboxWithSamples({ blockAfterCalls: 2 });

    const check = await checkRoutes(clientFor(sandbox.url));

    expect(check.token).toBe('blocked');
    expect(sandbox.calls).toHaveLength(3);
    expect(stateOf(check)).toEqual({
      ...statesWith('blocked', ['pageCount']),
      page: 'skipped',
      listAll: 'skipped',
      byPlate: 'skipped',
      byChassis: 'skipped',
      byCpf: 'skipped',
    });
  });

  it('sends only the token it was given', async () => {
    sandbox = await sandboxWithSamples();

    await checkRoutes(clientFor(sandbox.url));

    expect(new Set(sandbox.calls.map((c) => c.token))).toEqual(
      new Set([TOKEN]),
    );
  });
});
