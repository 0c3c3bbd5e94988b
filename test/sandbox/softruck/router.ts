import type { Reply } from './http';

/** What a handler gets to work with. */
export interface RequestContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The account's public key. */
  account: string;
  /** The parsed JSON body; throws the right 4xx when there is none. */
  json(): unknown;
}

/** One route, its pattern relative to the base path (`/vehicles/:id`). */
export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  pattern: string;
  handle(ctx: RequestContext): Reply;
  /** Served without a bearer token (the login routes). */
  public?: boolean;
}

/** The outcome of looking a path up. */
export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method' }
  | { kind: 'none' };

/**
 * Finds the route for a method and path. Routes are tried in order, so a
 * literal path such as `/vehicles/associations/users` must come before
 * `/vehicles/:id`.
 */
export function matchRoute(
  routes: Route[],
  method: string,
  path: string,
): RouteMatch {
  const segments = path.split('/').filter(Boolean);
  let pathKnown = false;
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (!params) continue;
    if (route.method === method) return { kind: 'found', route, params };
    pathKnown = true;
  }
  return pathKnown ? { kind: 'wrong-method' } : { kind: 'none' };
}

function matchPattern(
  pattern: string,
  segments: string[],
): Record<string, string> | undefined {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i += 1) {
    if (parts[i].startsWith(':')) {
      params[parts[i].slice(1)] = decodeSegment(segments[i]);
    } else if (parts[i] !== segments[i]) {
      return undefined;
    }
  }
  return params;
}

/** Decodes a path segment; a malformed escape is kept as sent. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
