import type { SoftruckCredentials } from './SoftruckClient';

interface Held {
  /** Which credential the token belongs to; never logged. */
  identity: string;
  token: Promise<string>;
}

/**
 * The access token of the current credential, shared by every caller:
 * calls that start together wait for one login, a rotated credential gets
 * a login of its own, and a refused token is dropped once, however many
 * callers saw it refused, so that they share the next login too.
 */
export class TokenCache {
  private held?: Held;

  /** The token for `credentials`; `login` runs when there is none yet. */
  token(
    credentials: SoftruckCredentials,
    login: () => Promise<string>,
  ): Promise<string> {
    const identity = `${credentials.username}\n${credentials.publicKey}`;
    if (this.held?.identity !== identity) {
      const held: Held = { identity, token: login() };
      this.held = held;
      // A failed login is forgotten, so that the next call tries again.
      held.token.catch(() => {
        if (this.held === held) this.held = undefined;
      });
    }
    return this.held.token;
  }

  /** Drops `token` unless a newer login has replaced it already. */
  async refused(token: string): Promise<void> {
    const current = this.held;
    if (!current) return;
    const value = await current.token.catch(() => undefined);
    if (value === token && this.held === current) this.held = undefined;
  }
}
