import { isActiveStatus } from '../../functions/normalize';
import type { SoftruckState } from '../../functions/state/SoftruckStateStore';
import { planChanges } from '../../functions/sync/planChanges';
import { normalizePage } from '../../functions/sync/readRunPage';
import {
  type DesiredState,
  resolveRecords,
} from '../../functions/sync/resolveRecords';
import { mapUser } from '../../functions/softruck/mapUser';
import { mapVehicle } from '../../functions/softruck/mapVehicle';
import { generateAssociation, nextDay } from '../../test/sandbox/sga';
import { REAL } from './benchSandboxes';
import { dailyChanges } from './days';
import { benchTenants } from './deployment';
import type { CorePhase, CoreCost } from './protocol';

/** Records the core is measured on. */
export const CORE_RECORDS = 100_000;

const tenant = (() => {
  const { sgaToken: _token, ...settings } = benchTenants(1)[0].tenant;
  return settings;
})();
const isActive = (status: string) =>
  isActiveStatus(status, tenant.activeStatuses);

/**
 * The core's cost with no network: SGA's JSON pages parsed and
 * normalized, the records resolved and diffed against what the sync
 * wrote, for a first day (everything new) and a second (1% changed).
 */
function main(): CoreCost {
  const first = generateAssociation({ seed: 42, vehicles: CORE_RECORDS });
  const second = nextDay(first, dailyChanges(CORE_RECORDS, 43)).records;
  const pages = [first, second].map(asPages);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseline = process.memoryUsage().heapUsed;
  const phases: CorePhase[] = [];
  let peakHeap = baseline;
  const measure = <T>(name: string, records: number, work: () => T): T => {
    const cpu = process.cpuUsage();
    const result = work();
    const used = process.cpuUsage(cpu);
    // What the step keeps alive, garbage collected first.
    gc?.();
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    phases.push({ name, records, cpuMs: (used.user + used.system) / 1000 });
    return result;
  };
  const empty: SoftruckState = { vehicles: new Map(), users: new Map() };
  let state = empty;
  for (const [day, texts] of pages.entries()) {
    const label = day === 0 ? 'day 1' : 'day 2';
    const served = (day === 0 ? first : second).length;
    const read = measure(`${label}: parse and normalize`, served, () =>
      texts.flatMap(
        (text, i) => normalizePage(JSON.parse(text), i + 1).records,
      ),
    );
    const desired = measure(`${label}: resolve`, served, () =>
      resolveRecords(read, isActive),
    );
    measure(`${label}: diff`, served, () =>
      planChanges({
        tenant,
        desired,
        state,
        read: 'complete',
        protectedCodes: new Set(),
      }),
    );
    state = written(desired);
  }
  gc?.();
  return {
    type: 'core',
    phases,
    peakHeapMb: (peakHeap - baseline) / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** The association as SGA's JSON pages. */
const asPages = (records: unknown[]): string[] => {
  const texts: string[] = [];
  for (let i = 0; i < records.length; i += REAL.pageSize) {
    texts.push(JSON.stringify(records.slice(i, i + REAL.pageSize)));
  }
  return texts;
};

/** What the sync would hold after writing `desired`, every write taken. */
function written(desired: DesiredState): SoftruckState {
  const state: SoftruckState = { vehicles: new Map(), users: new Map() };
  for (const [code, { vehicle, active }] of desired.vehicles) {
    state.vehicles.set(code, {
      code,
      softruckId: `V${code}`,
      attributes: mapVehicle(vehicle),
      active,
      linkedUserDocument: vehicle.ownerDocument,
      lastRunId: 'day',
    });
  }
  for (const [document, { associate, active }] of desired.users) {
    state.users.set(document, {
      document,
      label: associate.code ?? document,
      softruckId: `U${document}`,
      attributes: mapUser(associate),
      active,
      lastRunId: 'day',
    });
  }
  return state;
}

process.send?.(main(), () => process.exit(0));
