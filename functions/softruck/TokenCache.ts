import type { SoftruckCredentials } from './SoftruckClient';

interface Held {
  /** Which credential the token belongs to; never logged. */
  identity: string;
  token: Promise<string>;
  /** When the login answered; undefined while it is under way. */
  grantedAt?: number;
  /** When to log in anew rather than risk a refusal; undefined: never. */
  renewAt?: number;
  /** Requests the token was handed out for. */
  uses: number;
}

/**
 * A token refused after serving this many requests is taken to have
 * expired, and its age to be how long tokens last. One refused sooner
 * (revoked, say) teaches nothing: renewing that often would spend the
 * request budget on logins.
 */
const USES_BEFORE_LEARNING = 50;
/**
 * Share of the learned lifetime after which a token is renewed: late, so
 * that a day needs hardly more logins than it has token lifetimes, with
 * a minute and more of an hour's lifetime left for clocks and latency.
 */
const RENEW_SHARE = 0.98;
/** How long before a JWT's own expiry it is renewed. */
const JWT_MARGIN_MS = 60_000;

/**
 * Where a learned token lifetime is kept beyond this process, so that
 * every process of the account knows it without a refusal of its own.
 */
export interface LifetimeMemory {
  recall(): Promise<number | undefined>;
  remember(lifetimeMs: number): Promise<void>;
}

/**
 * The access token of the current credential, shared by every caller:
 * calls that start together wait for one login, a rotated credential gets
 * a login of its own, and a refused token is dropped once, however many
 * callers saw it refused, so that they share the next login too.
 *
 * How long a Softruck token lasts is not documented. A token that is a
 * JWT says so itself; otherwise the cache learns it from the first token
 * refused after real use, and keeps it in `memory` for the account's
 * other processes. Either way later tokens are renewed shortly before
 * they would expire, so that no request is sent twice for it.
 */
export class TokenCache {
  private held?: Held;
  private lifetimeMs?: number;
  private recalled?: Promise<void>;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly memory?: LifetimeMemory,
  ) {}

  /** The token for `credentials`; `login` runs when there is none yet. */
  token(
    credentials: SoftruckCredentials,
    login: () => Promise<string>,
  ): Promise<string> {
    const identity = `${credentials.username}\n${credentials.publicKey}`;
    const current = this.held;
    const stale =
      current?.renewAt !== undefined && this.now() >= current.renewAt;
    if (current?.identity !== identity || stale) {
      return this.startLogin(identity, login);
    }
    current.uses++;
    return current.token;
  }

  /** Drops `token` unless a newer login has replaced it already. */
  async refused(token: string): Promise<void> {
    const current = this.held;
    if (!current) return;
    const value = await current.token.catch(() => undefined);
    if (value !== token || this.held !== current) return;
    this.held = undefined;
    if (
      current.grantedAt !== undefined &&
      current.uses >= USES_BEFORE_LEARNING
    ) {
      this.lifetimeMs = this.now() - current.grantedAt;
      await this.memory?.remember(this.lifetimeMs).catch(() => undefined);
    }
  }

  /** Once per process: a lifetime learned elsewhere, if any. */
  private async recall(): Promise<void> {
    const known = await this.memory?.recall().catch(() => undefined);
    this.lifetimeMs ??= known;
  }

  private startLogin(
    identity: string,
    login: () => Promise<string>,
  ): Promise<string> {
    this.recalled ??= this.recall();
    const held: Held = {
      identity,
      token: this.recalled.then(login),
      uses: 1,
    };
    this.held = held;
    held.token.then(
      (token) => {
        held.grantedAt = this.now();
        const renewAt = (jwtExpiry(token) ?? 0) - JWT_MARGIN_MS;
        // A JWT already near its expiry (a skewed clock) is not trusted:
        // renewing it at once would turn every request into a login.
        if (renewAt > held.grantedAt + JWT_MARGIN_MS) held.renewAt = renewAt;
        else if (this.lifetimeMs !== undefined) {
          held.renewAt = held.grantedAt + this.lifetimeMs * RENEW_SHARE;
        }
      },
      // A failed login is forgotten, so that the next call tries again.
      () => {
        if (this.held === held) this.held = undefined;
      },
    );
    return held.token;
  }
}

/** The `exp` of a JWT, in epoch ms; undefined for any other token. */
export function jwtExpiry(token: string): number | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const claims: unknown = JSON.parse(
      Buffer.from(parts[1], 'base64url').toString('utf8'),
    );
    const exp = (claims as { exp?: unknown } | null)?.exp;
    return typeof exp === 'number' && Number.isFinite(exp)
      ? exp * 1000
      : undefined;
  } catch {
    return undefined;
  }
}
