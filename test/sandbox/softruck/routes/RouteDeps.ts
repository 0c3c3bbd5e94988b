import type { SandboxStore } from '../SandboxStore';
import type { TokenStore } from '../TokenStore';
import type { SoftruckAccount } from '../types';

/** What the route handlers share. */
export interface RouteDeps {
  store: SandboxStore;
  tokens: TokenStore;
  accounts: SoftruckAccount[];
  now: () => number;
}
