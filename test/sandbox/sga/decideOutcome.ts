import {
  blockedBody,
  disabledBody,
  methodNotAllowedBody,
  serverFaultBody,
  unauthorizedBody,
  unknownRouteBody,
} from './errorBodies';
import { answerRoute } from './routeAnswers';
import { RouteMatch } from './routes';
import { DEFAULT_BEHAVIOUR, TenantState } from './tenantState';

/** What the server does with one request. */
export type Outcome =
  | { kind: 'hang' }
  | {
      kind: 'answer';
      status: number;
      body: unknown;
      delayMs: number;
      headers?: Record<string, string>;
    };

function answer(
  status: number,
  body: unknown,
  delayMs: number,
  headers?: Record<string, string>,
): Outcome {
  return { kind: 'answer', status, body, delayMs, headers };
}

/**
 * Decides the answer to one request, in the order SGA would: method,
 * token, block, route, then injected faults, then data. A block refuses
 * every route, even one that is not enabled, because SGA blocks the token.
 * Calls without a known token wait `defaultLatencyMs`.
 */
export function decideOutcome(
  method: string,
  match: RouteMatch,
  tenant: TenantState | undefined,
  now: number,
  defaultLatencyMs = DEFAULT_BEHAVIOUR.latencyMs,
): Outcome {
  const latency = tenant?.behaviour.latencyMs ?? defaultLatencyMs;
  if (method !== 'GET') {
    return answer(405, methodNotAllowedBody(), latency, { Allow: 'GET' });
  }
  if (!tenant) return answer(401, unauthorizedBody(), latency);
  if (!tenant.admit(now)) return answer(403, blockedBody(), latency);
  if (match.route === 'unknown') {
    return answer(404, unknownRouteBody(), latency);
  }
  const { behaviour } = tenant;
  if (behaviour.disabledRoutes.includes(match.route)) {
    const status = behaviour.disabledStatus;
    return answer(status, disabledBody(status), latency);
  }
  if (tenant.takeHang()) return { kind: 'hang' };
  const fault = tenant.takeFault();
  if (fault !== undefined) {
    return answer(fault, serverFaultBody(fault), latency);
  }
  const result = answerRoute(match, tenant.association, behaviour);
  const listing = match.route === 'page' || match.route === 'listAll';
  const perRecord = listing ? behaviour.pageLatencyPerRecordMs : 0;
  return answer(
    result.status,
    result.body,
    latency + perRecord * result.records,
  );
}
