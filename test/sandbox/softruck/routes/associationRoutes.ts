import type { Problem } from '../errors';
import type { Route } from '../router';
import type { DeviceLink, UserLink } from '../types';
import { linkRoutes } from './linkRoutes';
import type { RouteDeps } from './RouteDeps';

/**
 * Links of vehicles to users (the sync's to make) and to devices (made by
 * hand; served so that a client calling them is caught, not refused).
 */
export function associationRoutes({ store }: RouteDeps): Route[] {
  const vehicleExists = (id: string, path: string, problems: Problem[]) => {
    const vehicle = store.vehicles.get(id);
    if (!vehicle) {
      problems.push({
        path: `${path}.vehicle_id`,
        message: 'vehicle not found',
      });
    }
    return vehicle;
  };
  const users = linkRoutes<UserLink>({
    pattern: '/vehicles/associations/users',
    otherField: 'user_id',
    links: store.userLinks,
    make: (vehicleId, userId) => ({ vehicleId, userId }),
    ends: (link) => [link.vehicleId, link.userId],
    check(vehicleId, userId, path, problems) {
      const vehicle = vehicleExists(vehicleId, path, problems);
      const user = store.users.get(userId);
      if (!user) {
        problems.push({ path: `${path}.user_id`, message: 'user not found' });
      } else if (vehicle && vehicle.enterpriseId !== user.enterpriseId) {
        problems.push({
          path,
          message: 'the vehicle and the user are in different enterprises',
        });
      }
    },
  });
  const devices = linkRoutes<DeviceLink>({
    pattern: '/vehicles/associations/devices',
    otherField: 'device_id',
    links: store.deviceLinks,
    make: (vehicleId, deviceId) => ({ vehicleId, deviceId }),
    ends: (link) => [link.vehicleId, link.deviceId],
    check: (vehicleId, _deviceId, path, problems) => {
      vehicleExists(vehicleId, path, problems);
    },
  });
  return [...users, ...devices];
}
