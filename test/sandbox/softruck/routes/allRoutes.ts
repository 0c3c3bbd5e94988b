import type { Route } from '../router';
import { associationRoutes } from './associationRoutes';
import { authRoutes } from './authRoutes';
import { enterpriseRoutes } from './enterpriseRoutes';
import type { RouteDeps } from './RouteDeps';
import { userRoutes } from './userRoutes';
import { vehicleRoutes } from './vehicleRoutes';

/**
 * Every route, literal paths first: `/vehicles/associations/...` must be
 * tried before `/vehicles/:id` could take `associations` for an id.
 */
export function allRoutes(deps: RouteDeps): Route[] {
  return [
    ...authRoutes(deps),
    ...enterpriseRoutes(deps),
    ...associationRoutes(deps),
    ...vehicleRoutes(deps),
    ...userRoutes(deps),
  ];
}
