import {
  SoftruckAlreadyExistsError,
  SoftruckAuthError,
  SoftruckError,
  SoftruckNotFoundError,
  SoftruckTransientError,
  SoftruckValidationError,
} from './errors';

/** The longest `Retry-After` the client waits for inside one call. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * The path without ids or query, for messages and logs: `/vehicles/:id`.
 * Queries carry plates and CPFs, so they never leave this function.
 */
export function routeOf(path: string): string {
  return path.split('?')[0].replace(/\/[A-Za-z0-9]{15}(?=\/|$)/g, '/:id');
}

/**
 * Turns one Softruck answer into its body or into the error of its kind,
 * which decides what the caller does: look up (already exists), fail the
 * record (validation), log in again (401/403), look the record up again
 * (404), or retry (429, 408, 5xx).
 */
export function interpretAnswer(
  where: string,
  status: number,
  headers: Headers,
  text: string,
): unknown {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (status >= 200 && status < 300) return body;
  // Softruck's only stable duplicate signal is this text, whatever status.
  if (/already exists/i.test(text)) {
    const paths = fieldPaths(body);
    throw new SoftruckAlreadyExistsError(
      `${where}: already exists${at(paths)}`,
      status,
      paths,
    );
  }
  if (status === 400 || status === 422) {
    const paths = fieldPaths(body);
    throw new SoftruckValidationError(
      `${where}: validation failed${at(paths)}`,
      paths,
    );
  }
  if (status === 401 || status === 403) {
    throw new SoftruckAuthError(`${where}: HTTP ${status}`, status);
  }
  if (status === 404) {
    throw new SoftruckNotFoundError(`${where}: not found`, status);
  }
  if (status === 429 || status === 408 || status >= 500) {
    throw new SoftruckTransientError(
      `${where}: HTTP ${status}`,
      status,
      retryAfterMs(headers.get('retry-after')),
    );
  }
  throw new SoftruckError(`${where}: HTTP ${status}`, status);
}

const at = (paths: string[]) => (paths.length ? ` at ${paths.join(', ')}` : '');

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date, capped at
 * `MAX_RETRY_AFTER_MS`; undefined when absent or unreadable.
 */
export function retryAfterMs(
  value: string | null,
  now = Date.now(),
): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const text = value.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms));
}

/**
 * Positions in a batch request that `paths` name: Softruck points at the
 * item of a refused batch as `data.<index>.attributes.<field>`.
 *
 * @example batchIndexes(['data.3.attributes.plate'], 25) // Set { 3 }
 */
export function batchIndexes(paths: string[], size: number): Set<number> {
  const found = new Set<number>();
  for (const path of paths) {
    const match = /^data\.(\d+)\./.exec(path);
    if (match && Number(match[1]) < size) found.add(Number(match[1]));
  }
  return found;
}

/** Field paths of an error answer, whatever it nests them in. */
function fieldPaths(body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  const found: string[] = [];
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 4) return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'field') && typeof value === 'string') {
        found.push(value.slice(0, 120));
      } else visit(value, depth + 1);
    }
  };
  visit(body, 0);
  return [...new Set(found)].slice(0, 10);
}
