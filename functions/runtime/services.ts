import type { Env } from '../config/env';
import type { WorkQueue } from '../queue/WorkQueue';
import type { SecretStore } from '../secrets/SecretStore';
import type { SgaClient } from '../sga/SgaClient';
import type { SoftruckApi } from '../softruck/SoftruckApi';
import type { LeaseStore } from '../state/LeaseStore';
import type { OutcomeStore } from '../state/OutcomeStore';
import type { ReadStore } from '../state/ReadStore';
import type { RunStore } from '../state/RunStore';
import type { SlotStore } from '../state/SlotStore';
import type { SoftruckStateStore } from '../state/SoftruckStateStore';
import type { TenantStore } from '../state/TenantStore';
import type { Tenant } from '../tenants/tenantSchema';

/**
 * Everything the pipeline's steps use, built once per process. The steps
 * receive it instead of building clients, so tests hand them fakes or
 * local servers.
 */
export interface Services {
  env: Env;
  tenants: TenantStore;
  runs: RunStore;
  reads: ReadStore;
  softruckState: SoftruckStateStore;
  outcomes: OutcomeStore;
  leases: LeaseStore;
  slots: SlotStore;
  secrets: SecretStore;
  queue: WorkQueue;
  /** An SGA client for one tenant, paced by the tenant's gate. */
  sgaFor(tenant: Tenant): Promise<SgaClient>;
  /**
   * A Softruck API that counts its own calls; every instance shares one
   * client, so the process logs in once.
   */
  softruck(): SoftruckApi;
}
