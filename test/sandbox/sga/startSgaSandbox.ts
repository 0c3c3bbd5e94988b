import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { decideOutcome } from './decideOutcome';
import { BASE_PATH, matchRoute } from './routes';
import { DEFAULT_BEHAVIOUR, TenantState } from './tenantState';
import {
  SgaAssociation,
  SgaBehaviour,
  SgaCall,
  SgaSandbox,
  SgaSandboxOptions,
} from './types';

/** The token of `Authorization: Bearer <token>`; empty when absent. */
function bearerToken(header: string | undefined): string {
  const found = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return found ? found[1].trim() : '';
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/**
 * Starts a local server that answers like SGA's supplier-sync routes, on
 * 127.0.0.1 and an ephemeral port, one association per token.
 *
 * @example
 * const sga = await startSgaSandbox({
 *   associations: { 'token-a': { records: sampleRecords(), pageSize: 11 } },
 * });
 * await fetch(`${sga.url}/sincronismo-produto-fornecedor/listar`, {
 *   headers: { Authorization: 'Bearer token-a' },
 * });
 * await sga.close();
 */
export async function startSgaSandbox(
  options: SgaSandboxOptions = {},
): Promise<SgaSandbox> {
  const seed = options.seed ?? 1;
  const defaults: SgaBehaviour = { ...DEFAULT_BEHAVIOUR, ...options.behaviour };
  const tenants = new Map<string, TenantState>();
  const calls: SgaCall[] = [];
  const timers = new Set<NodeJS.Timeout>();

  function setAssociation(token: string, association: SgaAssociation): void {
    const tenant = tenants.get(token);
    if (tenant) {
      tenant.association = association;
      return;
    }
    tenants.set(token, new TenantState(token, association, defaults, seed));
  }

  function setBehaviour(token: string, patch: Partial<SgaBehaviour>): void {
    const tenant = tenants.get(token);
    if (!tenant) throw new Error('Unknown token: set its association first');
    tenant.patch(patch);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    req.resume();
    const path = req.url ?? '';
    const match = matchRoute(path);
    const token = bearerToken(req.headers.authorization);
    const now = Date.now();
    const method = req.method ?? '';
    const call: SgaCall = {
      at: now,
      method,
      route: match.route,
      path,
      token,
      status: 0,
    };
    calls.push(call);
    const tenant = tenants.get(token);
    const outcome = decideOutcome(
      method,
      match,
      tenant,
      now,
      defaults.latencyMs,
    );
    // A hanging call is left open: the client's timeout or close() ends it.
    if (outcome.kind === 'hang') return;
    const reply = () => {
      call.status = outcome.status;
      sendJson(res, outcome.status, outcome.body, outcome.headers);
    };
    if (outcome.delayMs <= 0) return reply();
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!res.destroyed) reply();
    }, outcome.delayMs);
    timers.add(timer);
  }

  const initial = Object.entries(options.associations ?? {});
  initial.forEach(([token, association]) => setAssociation(token, association));
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    calls,
    setAssociation,
    setBehaviour,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        timers.forEach((timer) => clearTimeout(timer));
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })),
  };
}
