import { type CallCounts, type CallKind, noCalls } from './minimumCalls';

const RULES: [string, RegExp, CallKind][] = [
  ['POST', /^\/auth\/(login|refresh-token)$/, 'login'],
  ['GET', /^\/enterprises(\/|$)/, 'enterprise'],
  ['POST', /^\/vehicles\/associations\/users$/, 'link'],
  ['DELETE', /^\/vehicles\/associations\/users$/, 'unlink'],
  ['POST', /^\/vehicles$/, 'vehicleCreate'],
  ['PATCH', /^\/vehicles\/[^/]+\/status\/\w+$/, 'vehicleStatus'],
  ['PATCH', /^\/vehicles\/[^/]+$/, 'vehicleUpdate'],
  ['POST', /^\/users$/, 'userCreate'],
  ['PATCH', /^\/users\/[^/]+\/status\/\w+$/, 'userStatus'],
  ['PATCH', /^\/users\/[^/]+$/, 'userUpdate'],
  ['GET', /^\/(vehicles|users)(\/|$)/, 'lookup'],
];

/** What a Softruck request did, from its method and path (base included). */
export function classifyCall(method: string, path: string): CallKind {
  const local = path.replace(/^\/v2(?=\/)/, '');
  for (const [verb, pattern, kind] of RULES) {
    if (verb === method && pattern.test(local)) return kind;
  }
  return 'other';
}

/** Counts requests by what they did. */
export function countCalls(
  requests: { method: string; path: string }[],
): CallCounts {
  const counts = noCalls();
  for (const r of requests) counts[classifyCall(r.method, r.path)]++;
  return counts;
}
