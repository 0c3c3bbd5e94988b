/**
 * The single table's key layout. Every item has `pk` and `sk`; this file is
 * the only place that spells them.
 *
 * | item | pk | sk |
 * | --- | --- | --- |
 * | tenant settings | `TENANT` | tenant id |
 * | run | `TENANT#<tenant>` | `RUN#<run>` |
 * | tenant's SGA gate | `TENANT#<tenant>` | `SGA_GATE` |
 * | reconcile lease | `TENANT#<tenant>` | `LEASE` |
 * | a page read in a run, packed | `READ#<tenant>#<run>` | `P#<page>#<kind>#<write>#<part>` |
 * | what the sync wrote to Softruck, packed | `STATE#<tenant>` | `SNAP` (which generation), `SNAP#<generation>#<part>` |
 * | ...and written since, one item a record | `STATE#<tenant>` | `V#<code>` / `U#<doc>` |
 * | outcomes of a run, packed | `OUTCOME#<tenant>#<run>` | `O#<time>#<write>#<part>` |
 * | Softruck rate budget | `RATE#<digest of the public key>` | `GCRA` |
 * | how long the account's tokens last | `RATE#<digest of the public key>` | `TOKEN_LIFETIME` |
 */
export const keys = {
  tenants: () => 'TENANT',
  tenantPartition: (tenantId: string) => `TENANT#${tenantId}`,
  run: (runId: string) => `RUN#${runId}`,
  runPrefix: 'RUN#',
  sgaGate: 'SGA_GATE',
  lease: 'LEASE',
  read: (tenantId: string, runId: string) => `READ#${tenantId}#${runId}`,
  readPart: (page: number, kind: string, write: string, part: number) =>
    `P#${pad(page)}#${kind}#${write}#${pad(part)}`,
  /** A record's place in a run's read: one entry per place. */
  readVehicle: (code: string, page: number, index: number) =>
    `V#${code}#${pad(page)}#${pad(index)}`,
  readRejection: (page: number, index: number) =>
    `X#${pad(page)}#${pad(index)}`,
  state: (tenantId: string) => `STATE#${tenantId}`,
  stateHead: 'SNAP',
  statePart: (generation: number, part: number) =>
    `SNAP#${pad(generation)}#${pad(part)}`,
  statePartPrefix: 'SNAP#',
  stateVehicle: (code: string) => `V#${code}`,
  stateUser: (document: string) => `U#${document}`,
  outcome: (tenantId: string, runId: string) => `OUTCOME#${tenantId}#${runId}`,
  outcomePart: (time: number, write: string, part: number) =>
    `O#${String(time).padStart(15, '0')}#${write}#${pad(part)}`,
  /** One outcome per record and step: a later one replaces it. */
  outcomeSort: (label: string, step: string) => `${label}#${step}`,
  rate: (account: string) => `RATE#${account}`,
  rateSort: 'GCRA',
  tokenLifetime: 'TOKEN_LIFETIME',
};

function pad(n: number): string {
  return String(n).padStart(6, '0');
}
