import { routeOf } from '../softruck/interpretAnswer';
import { SoftruckApi } from '../softruck/SoftruckApi';
import {
  SoftruckClient,
  type SoftruckClientOptions,
} from '../softruck/SoftruckClient';
import { observeRecords } from './observeRecords';
import type { SgaLookups } from './probeSga';
import type { RouteObservation } from './probeTypes';
import { SOFTRUCK_KINDS } from './softruckAssumptions';
import { describeValue, formatOf, maskValue } from './valueFormat';

/** One answer the probe's client received. */
interface Answer {
  call: string;
  status: number;
  body: unknown;
}

function recordingFetch(answers: Answer[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(String(input));
    let body: unknown;
    try {
      body = JSON.parse(await response.clone().text());
    } catch {
      body = undefined;
    }
    const call = `${init?.method ?? 'GET'} ${routeOf(url.pathname)}`;
    answers.push({ call, status: response.status, body });
    return response;
  };
}

/** A resource flattened one level: `attributes.plate`, `relationships…`. */
function flatten(resource: unknown): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  if (typeof resource !== 'object' || resource === null) return flat;
  for (const [key, value] of Object.entries(resource)) {
    const nested = typeof value === 'object' && value && !Array.isArray(value);
    if (!nested) flat[key] = value;
    else {
      for (const [inner, v] of Object.entries(value)) {
        flat[`${key}.${inner}`] = v;
      }
    }
  }
  return flat;
}

function softruckFormat(field: string, value: unknown): string {
  const kind = SOFTRUCK_KINDS[field.replace(/^attributes\./, '')];
  return kind ? formatOf(value, kind).name : describeValue(value);
}

const isLogin = (a: Answer) =>
  a.call.startsWith('POST ') && a.call.endsWith('/auth/login');

type Step = { route: string; call: string; samples: boolean };

const STEPS: Step[] = [
  { route: 'login', call: 'POST /auth/login', samples: false },
  { route: 'enterprise', call: 'GET /enterprises/:id', samples: true },
  {
    route: 'vehicleByPlate',
    call: 'GET /vehicles?filters[asset_vehicles.plate][eq]=:plate',
    samples: true,
  },
  {
    route: 'userByCpf',
    call: 'GET /users?filters[users.cpf][eq]=:cpf',
    samples: true,
  },
];

function observe(step: Step, answer: Answer | undefined, error?: unknown) {
  const seen: RouteObservation = {
    api: 'softruck',
    route: step.route,
    call: step.call,
    status: answer?.status,
    outcome: answer && answer.status < 300 ? 'answered' : 'failed',
  };
  if (error && seen.outcome === 'answered') seen.outcome = 'failed';
  if (error) seen.detail = (error as Error).name;
  if (answer?.status === 401 || answer?.status === 403)
    seen.outcome = 'refused';
  const data = (answer?.body as { data?: unknown } | undefined)?.data;
  if (seen.outcome !== 'answered' || answer === undefined) return seen;
  const many = Array.isArray(data);
  seen.shape = many ? 'array' : typeof data === 'object' ? 'object' : 'other';
  const resources = (many ? data : [data]).map(flatten);
  seen.records = resources.length;
  seen.fields = observeRecords(resources, softruckFormat);
  if (step.samples)
    seen.samples = (many ? data : [data]).slice(0, 3).map((r) => maskValue(r));
  return seen;
}

/**
 * Calls the read-only Softruck routes the sync uses, once each: the login,
 * the tenant's enterprise, a vehicle by the plate and a user by the CPF
 * SGA's page 1 gave. Stops after a refused login.
 */
export async function probeSoftruck(
  options: Omit<SoftruckClientOptions, 'fetchImpl'>,
  enterpriseId: string,
  lookups: SgaLookups,
  userRoleId = 'user',
): Promise<RouteObservation[]> {
  const answers: Answer[] = [];
  const client = new SoftruckClient({
    attempts: 2,
    retryBaseMs: 500,
    ...options,
    fetchImpl: recordingFetch(answers),
  });
  const api = new SoftruckApi(client, userRoleId);
  const calls: (() => Promise<unknown>)[] = [
    () => api.enterprise(enterpriseId),
    () => api.findVehicles('plate', lookups.plate ?? 'AAA0A00'),
    () => api.findUsers(lookups.cpf ?? '00000000000'),
  ];
  const seen: RouteObservation[] = [];
  for (const [i, call] of calls.entries()) {
    const before = answers.length;
    let error: unknown;
    await call().catch((e: unknown) => (error = e));
    const mine = answers.slice(before);
    const login = mine.find(isLogin);
    if (login) seen.push(observe(STEPS[0], login));
    const answer = mine.filter((a) => !isLogin(a)).at(-1);
    seen.push(observe(STEPS[i + 1], answer, error));
    if (login && login.status >= 300) break;
  }
  return seen;
}
