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
 * | a record read in a run | `READ#<tenant>#<run>` | `V#<code>#<page>#<index>` |
 * | a record rejected in a run | `READ#<tenant>#<run>` | `X#<page>#<index>` |
 * | what the sync wrote to Softruck | `STATE#<tenant>` | `V#<code>` / `U#<doc>` |
 * | per-record outcome of a run | `OUTCOME#<tenant>#<run>` | `<label>#<step>` |
 * | Softruck rate budget | `RATE#<digest of the public key>` | `GCRA` |
 */
export const keys = {
  tenants: () => 'TENANT',
  tenantPartition: (tenantId: string) => `TENANT#${tenantId}`,
  run: (runId: string) => `RUN#${runId}`,
  runPrefix: 'RUN#',
  sgaGate: 'SGA_GATE',
  lease: 'LEASE',
  read: (tenantId: string, runId: string) => `READ#${tenantId}#${runId}`,
  readVehicle: (code: string, page: number, index: number) =>
    `V#${code}#${pad(page)}#${pad(index)}`,
  readRejection: (page: number, index: number) =>
    `X#${pad(page)}#${pad(index)}`,
  state: (tenantId: string) => `STATE#${tenantId}`,
  stateVehicle: (code: string) => `V#${code}`,
  stateUser: (document: string) => `U#${document}`,
  outcome: (tenantId: string, runId: string) => `OUTCOME#${tenantId}#${runId}`,
  outcomeSort: (label: string, step: string) => `${label}#${step}`,
  rate: (account: string) => `RATE#${account}`,
  rateSort: 'GCRA',
};

function pad(n: number): string {
  return String(n).padStart(6, '0');
}
