import { randomBytes } from 'node:crypto';

/** A token pair as `POST /auth/login` answers it. */
export interface TokenPair {
  token: string;
  refresh_token: string;
}

/** What a bearer token is worth for one request. */
export type TokenCheck = 'valid' | 'expired' | 'unknown';

interface Grant {
  account: string;
  refreshToken: string;
  expiresAt: number;
}

/**
 * Access tokens per account. A refresh consumes its pair: replaying an
 * old refresh token fails, as a careful server would have it.
 */
export class TokenStore {
  private readonly grants = new Map<string, Grant>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {
    if (!(ttlMs > 0)) throw new RangeError('tokenTtlMs must be positive');
  }

  /** Grants a fresh pair to `account`. */
  grant(account: string): TokenPair {
    const token = randomBytes(24).toString('hex');
    const refreshToken = randomBytes(24).toString('hex');
    this.grants.set(token, {
      account,
      refreshToken,
      expiresAt: this.now() + this.ttlMs,
    });
    return { token, refresh_token: refreshToken };
  }

  /** Checks a bearer token presented with `account`'s public key. */
  check(token: string, account: string): TokenCheck {
    const grant = this.grants.get(token);
    if (!grant || grant.account !== account) return 'unknown';
    return this.now() < grant.expiresAt ? 'valid' : 'expired';
  }

  /** Trades a pair, expired or not, for a new one. */
  refresh(
    token: string,
    refreshToken: string,
    account: string,
  ): TokenPair | undefined {
    const grant = this.grants.get(token);
    if (!grant || grant.account !== account) return undefined;
    if (grant.refreshToken !== refreshToken) return undefined;
    this.grants.delete(token);
    return this.grant(account);
  }

  /** Ends every token's life now; their refresh tokens still work. */
  expireAll(): void {
    const now = this.now();
    for (const grant of this.grants.values()) grant.expiresAt = now;
  }
}
