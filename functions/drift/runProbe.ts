import type { SgaClient } from '../sga/SgaClient';
import type { SoftruckClientOptions } from '../softruck/SoftruckClient';
import { probeDifferences } from './probeDifferences';
import { probeSga } from './probeSga';
import { probeSoftruck } from './probeSoftruck';
import type { ProbeResult } from './probeTypes';

export interface ProbeInput {
  tenantId: string;
  sga: SgaClient;
  /** Absent: Softruck is not probed. */
  softruck?: {
    client: Omit<SoftruckClientOptions, 'fetchImpl'>;
    enterpriseId: string;
  };
}

/**
 * Probes one tenant: every SGA route once, then the read-only Softruck
 * routes the sync uses with a plate and CPF SGA gave, and lists how both
 * differ from what the code assumes. What it returns holds no personal
 * value: records are described by field, type and format, and samples
 * are masked by shape.
 *
 * @example
 * const result = await runProbe({ tenantId: 'alfa', sga });
 * for (const d of result.differences) console.log(d.found, d.assumption);
 */
export async function runProbe(input: ProbeInput): Promise<ProbeResult> {
  const at = new Date().toISOString();
  const sga = await probeSga(input.sga);
  const softruck = input.softruck
    ? await probeSoftruck(
        input.softruck.client,
        input.softruck.enterpriseId,
        sga.lookups,
      )
    : [];
  const routes = [...sga.routes, ...softruck];
  return {
    tenantId: input.tenantId,
    at,
    routes,
    differences: probeDifferences(routes, sga.records),
  };
}
