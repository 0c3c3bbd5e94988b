import { redactText } from '../observability/redact';
import {
  SgaAuthError,
  SgaBlockedError,
  SgaError,
  SgaResponseError,
  SgaRouteDisabledError,
  SgaTransientError,
} from './errors';
import { LOOKUP_ROUTES, type SgaRoute } from './routes';

/** What one answer of SGA means once its status and body are read. */
export interface SgaAnswer {
  status: number;
  /** The parsed body; `undefined` when SGA found nothing. */
  body?: unknown;
}

/**
 * The block message is the one sure sign of a block: SGA sends it with
 * 403, but a block is read wherever the message appears in an error, so
 * that the tenant stops at once rather than retrying into a longer block.
 * Only error messages are searched: a record's status may read BLOQUEADO.
 */
const BLOCKED_MARK = /BLOQUEADO/i;

/**
 * Turns one HTTP answer into data or into the error of its class. Each
 * decision the contract calls "likely" lives here, in one place:
 * 406 is "nothing found"; 404 is "nothing found" on a lookup route and
 * "not enabled" elsewhere; 401 and 403 name the route (only the route
 * check can tell a bad token from a route refused to a good one).
 */
export function interpretAnswer(
  route: SgaRoute,
  status: number,
  text: string,
): SgaAnswer {
  const body = parseJson(text);
  const raw = body === INVALID ? text.slice(0, 500) : rawMessage(body);
  const message = raw ? redactText(raw).slice(0, 300) : undefined;
  const say = (what: string) =>
    `${route}: ${what} (HTTP ${status}${message ? `: ${message}` : ''})`;
  const ok = status >= 200 && status < 300;
  const failed = !ok || hasError(body);
  if (failed && raw && BLOCKED_MARK.test(raw)) {
    throw new SgaBlockedError(say('token blocked for bulk extraction'), route);
  }
  if (status === 406) return { status };
  if (status === 404 && LOOKUP_ROUTES.includes(route)) return { status };
  if (status === 404 || status === 403) {
    throw new SgaRouteDisabledError(say('route not enabled'), route, status);
  }
  if (status === 401) {
    throw new SgaAuthError(say('token refused'), route, status);
  }
  if (status >= 500 || status === 429 || status === 408) {
    throw new SgaTransientError(say('server error'), route, status);
  }
  if (!ok) throw new SgaError(say('unexpected answer'), route, status);
  if (body === INVALID) throw new SgaResponseError(say('not JSON'), route);
  if (failed) {
    throw new SgaResponseError(say('error in a successful answer'), route);
  }
  return { status, body };
}

const INVALID = Symbol('invalid');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

/**
 * Whether a body carries an error. An empty `error` (null, "", [] or {})
 * is taken for none: a listing that says "no error" must not fail.
 */
function hasError(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const { error } = body as Record<string, unknown>;
  if (error === undefined || error === null || error === false) return false;
  if (typeof error === 'string') return error.trim() !== '';
  if (typeof error === 'object') return Object.keys(error).length > 0;
  return true;
}

/** SGA's message, from `{mensagem, error: [...]}` or `{error: {mensagem}}`. */
function rawMessage(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { mensagem, error } = body as Record<string, unknown>;
  const parts: unknown[] = [mensagem];
  if (Array.isArray(error)) parts.push(...error);
  else if (error && typeof error === 'object') {
    parts.push((error as Record<string, unknown>).mensagem);
  } else parts.push(error);
  const text = parts.filter((p) => typeof p === 'string').join(' / ');
  return text || undefined;
}
