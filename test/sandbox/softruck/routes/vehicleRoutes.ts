import { isObject } from '../attributes';
import {
  alreadyExists,
  notFound,
  validationFailed,
  type Problem,
} from '../errors';
import { matchesFilters, pageOf, parseListQuery } from '../listQuery';
import { vehicleResource } from '../resources';
import type { Route } from '../router';
import type { SandboxStore } from '../SandboxStore';
import { VEHICLE_FIELDS } from '../types';
import {
  readVehicleCreate,
  readVehicleUpdate,
  type VehicleDraft,
} from '../vehicleValidation';
import type { RouteDeps } from './RouteDeps';
import { statusRoutes } from './statusRoutes';

const SPEC = { resource: 'asset_vehicles', fields: VEHICLE_FIELDS };
// The contract sets no batch size; a bound keeps a runaway client visible.
const MAX_BATCH = 100;

/** The vehicle routes: list, read, create in batches, update, status. */
export function vehicleRoutes({ store, now }: RouteDeps): Route[] {
  const find = (id: string) => store.vehicles.get(id);
  const existing = (id: string) => {
    const vehicle = find(id);
    if (!vehicle) throw notFound(`vehicle ${id}`);
    return vehicle;
  };
  return [
    {
      method: 'GET',
      pattern: '/vehicles',
      handle(ctx) {
        const query = parseListQuery(ctx.query, SPEC);
        const found = [...store.vehicles.values()].filter((vehicle) =>
          matchesFilters(vehicle.attributes, query.filters),
        );
        const data = pageOf(found, query).map(vehicleResource);
        return { status: 200, body: { data } };
      },
    },
    {
      method: 'GET',
      pattern: '/vehicles/:id',
      handle: (ctx) => ({
        status: 200,
        body: { data: vehicleResource(existing(ctx.params.id)) },
      }),
    },
    {
      method: 'POST',
      pattern: '/vehicles',
      handle(ctx) {
        const drafts = readBatch(ctx.json(), store);
        checkPlatesFree(drafts, store);
        const created = drafts.map((draft) =>
          store.addVehicle(draft.enterpriseId, draft.attributes),
        );
        return { status: 201, body: { data: created.map(vehicleResource) } };
      },
    },
    {
      method: 'PATCH',
      pattern: '/vehicles/:id',
      handle(ctx) {
        const vehicle = existing(ctx.params.id);
        const problems: Problem[] = [];
        const changes = readVehicleUpdate(ctx.json(), vehicle, store, problems);
        if (problems.length > 0) throw validationFailed(problems);
        const plate = changes.plate;
        if (
          plate &&
          store.vehicleWithPlate(vehicle.enterpriseId, plate, vehicle.id)
        ) {
          throw alreadyExists(`plate ${plate}`, 'data.attributes.plate');
        }
        store.updateVehicle(vehicle, changes);
        return { status: 200, body: { data: vehicleResource(vehicle) } };
      },
    },
    ...statusRoutes('/vehicles', find, vehicleResource, now),
  ];
}

/** Checks a whole batch: one wrong item fails all of it. */
function readBatch(body: unknown, store: SandboxStore): VehicleDraft[] {
  const items = isObject(body) ? body.data : undefined;
  if (!Array.isArray(items) || items.length === 0) {
    throw validationFailed([
      { path: 'data', message: 'must be a non-empty array' },
    ]);
  }
  if (items.length > MAX_BATCH) {
    throw validationFailed([
      { path: 'data', message: `must hold at most ${MAX_BATCH} vehicles` },
    ]);
  }
  const problems: Problem[] = [];
  const drafts = items.map((item, index) =>
    readVehicleCreate(item, `data.${index}`, store, problems),
  );
  if (problems.length > 0) throw validationFailed(problems);
  return drafts as VehicleDraft[];
}

/** A plate is unique per enterprise, within the batch as in the store. */
function checkPlatesFree(drafts: VehicleDraft[], store: SandboxStore): void {
  const seen = new Set<string>();
  for (const { path, enterpriseId, attributes } of drafts) {
    const plate = attributes.plate as string;
    const key = `${enterpriseId}/${plate.toUpperCase()}`;
    if (seen.has(key) || store.vehicleWithPlate(enterpriseId, plate)) {
      throw alreadyExists(`plate ${plate}`, `${path}.attributes.plate`);
    }
    seen.add(key);
  }
}
