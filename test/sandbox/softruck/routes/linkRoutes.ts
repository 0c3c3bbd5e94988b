import { isObject } from '../attributes';
import { validationFailed, type Problem } from '../errors';
import { matchesFilters, pageOf, parseListQuery } from '../listQuery';
import type { Route } from '../router';
import { linkKey } from '../SandboxStore';

/** One kind of link between a vehicle and something else. */
export interface LinkKind<L> {
  pattern: string;
  /** The body's name for the other end: `user_id` or `device_id`. */
  otherField: string;
  links: Map<string, L>;
  make(vehicleId: string, otherId: string): L;
  ends(link: L): [vehicleId: string, otherId: string];
  /** Checks, before a link is made, that both ends may be linked. */
  check(
    vehicleId: string,
    otherId: string,
    path: string,
    problems: Problem[],
  ): void;
}

/**
 * GET, POST and DELETE on a link collection. Making a link that exists
 * and removing one that does not both succeed, so a retried call after a
 * lost answer is harmless.
 */
export function linkRoutes<L>(kind: LinkKind<L>): Route[] {
  const show = (link: L) => {
    const [vehicleId, otherId] = kind.ends(link);
    return { vehicle_id: vehicleId, [kind.otherField]: otherId };
  };
  const spec = { fields: ['vehicle_id', kind.otherField] };
  return [
    {
      method: 'GET',
      pattern: kind.pattern,
      handle(ctx) {
        const query = parseListQuery(ctx.query, spec);
        const found = [...kind.links.values()]
          .map(show)
          .filter((link) => matchesFilters(link, query.filters));
        return { status: 200, body: { data: pageOf(found, query) } };
      },
    },
    {
      method: 'POST',
      pattern: kind.pattern,
      handle(ctx) {
        const pairs = readPairs(ctx.json(), kind, true);
        const made = pairs.map(([vehicleId, otherId]) => {
          const key = linkKey(vehicleId, otherId);
          const link = kind.links.get(key) ?? kind.make(vehicleId, otherId);
          kind.links.set(key, link);
          return show(link);
        });
        return { status: 201, body: { data: made } };
      },
    },
    {
      method: 'DELETE',
      pattern: kind.pattern,
      handle(ctx) {
        const pairs = readPairs(ctx.json(), kind, false);
        for (const [vehicleId, otherId] of pairs) {
          kind.links.delete(linkKey(vehicleId, otherId));
        }
        const data = pairs.map(([vehicleId, otherId]) =>
          show(kind.make(vehicleId, otherId)),
        );
        return { status: 200, body: { data } };
      },
    },
  ];
}

function readPairs<L>(
  body: unknown,
  kind: LinkKind<L>,
  creating: boolean,
): [string, string][] {
  const items = isObject(body) ? body.data : undefined;
  if (!Array.isArray(items) || items.length === 0) {
    throw validationFailed([
      { path: 'data', message: 'must be a non-empty array' },
    ]);
  }
  const problems: Problem[] = [];
  const pairs: [string, string][] = [];
  items.forEach((item, index) => {
    const path = `data.${index}`;
    const vehicleId = readId(item, 'vehicle_id', path, problems);
    const otherId = readId(item, kind.otherField, path, problems);
    if (vehicleId === undefined || otherId === undefined) return;
    if (creating) kind.check(vehicleId, otherId, path, problems);
    pairs.push([vehicleId, otherId]);
  });
  if (problems.length > 0) throw validationFailed(problems);
  return pairs;
}

function readId(
  item: unknown,
  field: string,
  path: string,
  problems: Problem[],
): string | undefined {
  const value = isObject(item) ? item[field] : undefined;
  if (typeof value === 'string' && value !== '') return value;
  problems.push({ path: `${path}.${field}`, message: 'must be an id' });
  return undefined;
}
