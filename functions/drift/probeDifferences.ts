import type { SgaRoute } from '../sga/routes';
import { summarizeDrift } from './driftSummary';
import { measureDrift } from './measureDrift';
import type { ProbeDifference, RouteObservation } from './probeTypes';
import { differenceOfItem, SGA_ROUTE_SHAPES } from './sgaAssumptions';
import { SOFTRUCK_ASSUMPTIONS as SOFTRUCK } from './softruckAssumptions';

const COUNT_FIELDS = ['quantidade_paginas', 'total_registros'];

function shapeDifferences(routes: RouteObservation[]): ProbeDifference[] {
  const found: ProbeDifference[] = [];
  for (const seen of routes) {
    if (seen.api !== 'sga' || seen.shape === undefined) continue;
    const assumed = SGA_ROUTE_SHAPES[seen.route as SgaRoute];
    if (assumed.includes(seen.shape)) continue;
    found.push({
      api: 'sga',
      routes: [seen.route],
      severity: 'change',
      found: `${seen.route} answered a ${seen.shape}`,
      assumption:
        `SGA_ROUTE_SHAPES.${seen.route}: ${assumed.join(' or ')} ` +
        '(parseListing reads either listing shape)',
    });
  }
  const count = routes.find((r) => r.api === 'sga' && r.route === 'pageCount');
  for (const field of count?.fields ? COUNT_FIELDS : []) {
    const formats = Object.keys(count?.fields?.[field]?.formats ?? {});
    if (formats.length === 1 && formats[0] === 'count') continue;
    found.push({
      api: 'sga',
      routes: ['pageCount'],
      severity: 'change',
      found: `${field} ${formats.length ? `came as ${formats}` : 'absent'}`,
      assumption: `SgaClient.pageCount: ${field} a number or numeric string`,
    });
  }
  return found;
}

/**
 * The record differences of every SGA route that answered records,
 * merged: one difference per finding, naming the routes it was seen on.
 */
function recordDifferences(records: Map<SgaRoute, unknown[]>) {
  const merged = new Map<string, ProbeDifference>();
  for (const [route, list] of records) {
    if (route === 'products' || route === 'productTypes') continue;
    if (route === 'pageCount' || list.length === 0) continue;
    for (const item of summarizeDrift(measureDrift(list), []).items) {
      const key = `${item.kind}|${item.field}|${item.value ?? ''}`;
      const known = merged.get(key);
      if (known) known.routes.push(route);
      else merged.set(key, differenceOfItem(item, route, list.length));
    }
  }
  return [...merged.values()];
}

function softruckDifferences(routes: RouteObservation[]): ProbeDifference[] {
  const found: ProbeDifference[] = [];
  const say = (
    route: string,
    severity: ProbeDifference['severity'],
    what: string,
    assumption: string,
  ) =>
    found.push({
      api: 'softruck',
      routes: [route],
      severity,
      found: what,
      assumption,
    });
  for (const seen of routes.filter((r) => r.api === 'softruck')) {
    if (seen.outcome !== 'answered') {
      say(
        seen.route,
        'change',
        `${seen.call} ${seen.outcome}` +
          (seen.status ? ` (HTTP ${seen.status})` : ''),
        'the route answers the sync’s credentials (softruck-v2.md)',
      );
      continue;
    }
    const fields = seen.fields ?? {};
    const names = Object.keys(fields);
    if (seen.route === 'login' || seen.route === 'enterprise') {
      for (const path of SOFTRUCK[seen.route]) {
        const name = path.replace(/^data\./, '');
        if (!names.includes(name)) {
          say(
            seen.route,
            'change',
            `${path} absent`,
            `SOFTRUCK_ASSUMPTIONS.${seen.route}: ${SOFTRUCK[seen.route].join(', ')}`,
          );
        }
      }
      continue;
    }
    const isVehicle = seen.route === 'vehicleByPlate';
    if (seen.shape !== 'array') {
      say(
        seen.route,
        'change',
        `data is ${seen.shape ?? 'absent'}`,
        'SoftruckApi.list: a list answers {data: [resources]}',
      );
      continue;
    }
    const allowed: readonly string[] = isVehicle
      ? SOFTRUCK.vehicleAttributes
      : SOFTRUCK.userAttributes;
    const required = isVehicle
      ? SOFTRUCK.vehicleRequired
      : SOFTRUCK.userRequired;
    const kind = isVehicle ? 'vehicle' : 'user';
    for (const name of names.filter((n) => n.startsWith('attributes.'))) {
      const attribute = name.slice('attributes.'.length);
      if (allowed.includes(attribute)) continue;
      say(
        seen.route,
        'notice',
        `${kind} attribute ${attribute}`,
        `SOFTRUCK_ASSUMPTIONS.${kind}Attributes: not among them`,
      );
    }
    for (const attribute of seen.records ? required : []) {
      const n = fields[`attributes.${attribute}`]?.records ?? 0;
      if (n === seen.records) continue;
      say(
        seen.route,
        'change',
        `${kind} attribute ${attribute} absent on ${seen.records! - n} of ${seen.records}`,
        `SOFTRUCK_ASSUMPTIONS.${kind}Required: ${required.join(', ')}`,
      );
    }
    if (seen.records && !names.includes('relationships.enterprise')) {
      say(
        seen.route,
        'change',
        `${kind} without relationships.enterprise`,
        'inEnterprise: a record names its enterprise (softruck-v2.md)',
      );
    }
  }
  return found;
}

/**
 * Every difference between what the probe saw and what the code assumes,
 * the changes first. Each names its assumption and where it lives.
 */
export function probeDifferences(
  routes: RouteObservation[],
  sgaRecords: Map<SgaRoute, unknown[]>,
): ProbeDifference[] {
  const all = [
    ...shapeDifferences(routes),
    ...recordDifferences(sgaRecords),
    ...softruckDifferences(routes),
  ];
  const order = { change: 0, notice: 1 };
  return all.sort((a, b) => order[a.severity] - order[b.severity]);
}
