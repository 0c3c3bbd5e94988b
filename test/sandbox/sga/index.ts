/**
 * A local stand-in for Hinova SGA's supplier-sync routes, and the data it
 * serves: see `startSgaSandbox` and `generateAssociation`.
 */
export { startSgaSandbox } from './startSgaSandbox';
export { classifyRoute, matchRoute, BASE_PATH, ROUTE_NAMES } from './routes';
export type { RouteMatch, RouteName } from './routes';
export { DEFAULT_BEHAVIOUR } from './tenantState';
export { numericKeys } from './routeAnswers';
export type {
  SgaAssociation,
  SgaBehaviour,
  SgaCall,
  SgaSandbox,
  SgaSandboxOptions,
} from './types';
export { generateAssociation, nextDay } from './generateAssociation';
export type {
  DayChanges,
  GenerateOptions,
  NextDayOptions,
  RawRecord,
} from './generateAssociation';
export { isActiveStatus } from './nextDay';
export { isValidCnpj, isValidCpf } from './documents';
export * from './samples';
export { fetchSga, ONE_PATH_PER_ROUTE, SGA_PATHS } from './fetchSga';
export type { SgaReply } from './fetchSga';
