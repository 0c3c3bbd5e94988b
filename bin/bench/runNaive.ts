import { normalizeRecord } from '../../functions/normalize';
import { mapUser } from '../../functions/softruck/mapUser';
import { mapVehicle } from '../../functions/softruck/mapVehicle';
import type { TenantWithToken } from '../../functions/tenants/tenantSchema';
import { REAL, type Speed, startBenchSandboxes } from './benchSandboxes';
import type { BenchTenant } from './deployment';
import { NaiveSoftruck } from './naiveSoftruck';
import type { BenchDay } from './runOurs';

/** One day of the naive way, measured. */
export interface NaiveDayResult {
  speed: Speed;
  wallMs: number;
  sgaCalls: number;
  softruckCalls: number;
}

/** Softruck ids the script keeps from one day to the next, per tenant. */
interface Ids {
  vehicles: Map<string, string>;
  users: Map<string, string>;
}

/**
 * The same days done as a plain script would: every tenant in turn,
 * every page read, then every vehicle and every user written, one
 * request each (a POST the first time, a PATCH after), and a link per
 * vehicle when it is created. It is generous to the script: it writes
 * each vehicle and user once a day, not once per record, and sends no
 * status changes, so its call count is a floor.
 */
export async function runNaive(
  tenants: BenchTenant[],
  days: BenchDay[],
): Promise<NaiveDayResult[]> {
  const boxes = await startBenchSandboxes(tenants);
  const ids = tenants.map(() => ({ vehicles: new Map(), users: new Map() }));
  const results: NaiveDayResult[] = [];
  try {
    for (const day of days) {
      const speed = boxes.serve(day.records, day.factor);
      const mark = boxes.mark();
      const softruck = new NaiveSoftruck(
        boxes.softruckUrl,
        REAL.softruckPerMinute * day.factor,
      );
      const started = Date.now();
      for (const [i, { tenant }] of tenants.entries()) {
        const records = await readAll(boxes.sgaUrl, tenant.sgaToken);
        await writeAll(softruck, tenant, records, ids[i]);
      }
      results.push({
        speed,
        wallMs: Date.now() - started,
        sgaCalls: mark.sgaCalls(),
        softruckCalls: mark.softruckRequests().length,
      });
    }
  } finally {
    await boxes.close();
  }
  return results;
}

async function readAll(baseUrl: string, token: string): Promise<unknown[]> {
  const get = async (path: string) => {
    const res = await fetch(`${baseUrl}${path}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    return res.json() as Promise<unknown>;
  };
  const route = '/sincronismo-produto-fornecedor-paginado/listar/pagina';
  const count = (await get(`${route}/quantidade-paginas`)) as {
    quantidade_paginas: number | string;
  };
  const records: unknown[] = [];
  for (let page = 1; page <= Number(count.quantidade_paginas); page++) {
    const body = await get(`${route}/${page}`);
    if (Array.isArray(body)) records.push(...body);
  }
  return records;
}

async function writeAll(
  softruck: NaiveSoftruck,
  tenant: TenantWithToken,
  raw: unknown[],
  ids: Ids,
): Promise<void> {
  const enterprise = {
    data: { type: 'enterprise', id: tenant.softruckEnterpriseId },
  };
  const vehicles = new Map<string, object>();
  const users = new Map<string, object>();
  const ownerOf = new Map<string, string>();
  for (const item of raw) {
    const result = normalizeRecord(item);
    if (!result.ok) continue;
    vehicles.set(result.vehicle.code, mapVehicle(result.vehicle));
    if (result.associate && tenant.sync === 'both') {
      users.set(result.associate.document, mapUser(result.associate));
      ownerOf.set(result.vehicle.code, result.associate.document);
    }
  }
  const created: string[] = [];
  for (const [code, attributes] of vehicles) {
    const id = ids.vehicles.get(code);
    if (id) {
      await softruck.send('PATCH', `/vehicles/${id}`, { data: { attributes } });
      continue;
    }
    const out = (await softruck.send('POST', '/vehicles', {
      data: [{ attributes, relationships: { enterprise } }],
    })) as { data?: { id: string }[] } | undefined;
    const newId = out?.data?.[0]?.id;
    if (newId) ids.vehicles.set(code, newId);
    if (newId) created.push(code);
  }
  for (const [document, attributes] of users) {
    const id = ids.users.get(document);
    if (id) {
      const { username: _kept, ...changes } = attributes as {
        username: string;
      };
      await softruck.send('PATCH', `/users/${id}`, {
        data: { attributes: changes },
      });
      continue;
    }
    const roles = { data: [{ type: 'roles', id: 'user' }] };
    const out = (await softruck.send('POST', '/users', {
      data: { attributes, relationships: { enterprise, roles } },
    })) as { data?: { id: string } } | undefined;
    if (out?.data?.id) ids.users.set(document, out.data.id);
  }
  for (const code of created) {
    const userId = ids.users.get(ownerOf.get(code) ?? '');
    if (!userId) continue;
    await softruck.send('POST', '/vehicles/associations/users', {
      data: [{ vehicle_id: ids.vehicles.get(code), user_id: userId }],
    });
  }
}
