/**
 * A local Softruck API v2, strict where the sync could go wrong: the rate
 * limit, tokens, validation, duplicates, enterprises and device links.
 */
export { startSoftruckSandbox } from './startSoftruckSandbox';
// The option, record and request types, and the attribute name lists.
export * from './types';
