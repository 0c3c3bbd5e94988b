import type { IncomingMessage, RequestListener } from 'node:http';
import { HttpError, notFound, unauthorized } from './errors';
import type { FaultInjector } from './FaultInjector';
import {
  parseJsonBody,
  readBody,
  replyForError,
  sendReply,
  type RawBody,
  type Reply,
} from './http';
import { matchRoute, type Route } from './router';
import type { SlidingWindowLimiter } from './SlidingWindowLimiter';
import type { TokenStore } from './TokenStore';
import type { SandboxRequest } from './types';

/** What the request pipeline needs. */
export interface PipelineDeps {
  routes: Route[];
  publicKeys: ReadonlySet<string>;
  limiter: SlidingWindowLimiter;
  faults: FaultInjector;
  tokens: TokenStore;
  requests: SandboxRequest[];
  now: () => number;
}

const BASE = '/v2';

/**
 * The pipeline: identify the account, apply the rate limit and injected
 * faults, check the token, run the route, and maybe lose its answer.
 * Every request is logged before anything else happens.
 */
export function createRequestHandler(deps: PipelineDeps): RequestListener {
  return (req, res) => {
    const url = URL.canParse(req.url ?? '', 'http://127.0.0.1')
      ? new URL(req.url ?? '', 'http://127.0.0.1')
      : new URL('http://127.0.0.1/unreadable-url');
    const entry: SandboxRequest = {
      at: deps.now(),
      method: req.method ?? '',
      path: url.pathname,
      query: url.search,
      status: 0,
    };
    deps.requests.push(entry);
    // Admission is decided on arrival, in arrival order, before the body
    // is read, so concurrent requests are counted as they came.
    const refusal = admit(deps, req, entry);
    readBody(req).then(
      (raw) => {
        const reply = refusal ?? dispatch(deps, req, url, raw, entry);
        entry.status = reply.status;
        sendReply(res, reply);
      },
      () => res.destroy(),
    );
  };
}

function admit(
  deps: PipelineDeps,
  req: IncomingMessage,
  entry: SandboxRequest,
): Reply | undefined {
  const key = header(req, 'public-key');
  if (key === undefined || !deps.publicKeys.has(key)) {
    return replyForError(unauthorized('missing or unknown public-key'));
  }
  entry.account = key;
  if (deps.faults.takeForced429()) {
    entry.fault = 'rate429';
    return tooManyRequests(1000);
  }
  const admission = deps.limiter.admit(key, entry.at);
  if (!admission.accepted) return tooManyRequests(admission.retryAfterMs);
  const status = deps.faults.takeFailure();
  if (status === undefined) return undefined;
  entry.fault = 'fail5xx';
  return { status, body: { error: 'server_error', message: 'injected' } };
}

function dispatch(
  deps: PipelineDeps,
  req: IncomingMessage,
  url: URL,
  raw: RawBody,
  entry: SandboxRequest,
): Reply {
  try {
    const { reply, isWrite } = route(deps, req, url, raw, entry);
    const applied = reply.status >= 200 && reply.status < 300;
    if (isWrite && applied && deps.faults.takeLoseAnswer()) {
      entry.fault = 'loseAnswer';
      return { status: 502, body: { error: 'bad_gateway' } };
    }
    return reply;
  } catch (error) {
    return replyForError(error);
  }
}

function route(
  deps: PipelineDeps,
  req: IncomingMessage,
  url: URL,
  raw: RawBody,
  entry: SandboxRequest,
): { reply: Reply; isWrite: boolean } {
  if (!url.pathname.startsWith(`${BASE}/`)) throw notFound(url.pathname);
  const path = url.pathname.slice(BASE.length);
  const match = matchRoute(deps.routes, entry.method, path);
  if (match.kind === 'none') throw notFound(`no route ${path}`);
  if (match.kind === 'wrong-method') {
    throw new HttpError(405, { error: 'method_not_allowed' });
  }
  const account = entry.account as string;
  const isPublic = match.route.public === true;
  if (!isPublic) authenticate(deps.tokens, req, account);
  if (raw.tooLarge) throw new HttpError(413, { error: 'body_too_large' });
  const reply = match.route.handle({
    params: match.params,
    query: url.searchParams,
    account,
    json: () => parseJsonBody(req, raw),
  });
  // Logins are not writes: losing their answer is a 5xx, not a duplicate.
  return { reply, isWrite: entry.method !== 'GET' && !isPublic };
}

function authenticate(
  tokens: TokenStore,
  req: IncomingMessage,
  account: string,
): void {
  const match = /^Bearer (\S+)$/.exec(header(req, 'authorization') ?? '');
  if (!match) throw unauthorized('missing bearer token');
  const check = tokens.check(match[1], account);
  if (check === 'expired') throw unauthorized('token expired');
  if (check === 'unknown') throw unauthorized('invalid token');
}

function tooManyRequests(retryAfterMs: number): Reply {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return {
    status: 429,
    body: { error: 'too_many_requests', message: 'rate limit exceeded' },
    headers: { 'retry-after': String(seconds) },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
