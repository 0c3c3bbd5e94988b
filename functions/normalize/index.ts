/**
 * Normalization of SGA records: from SGA's raw, loosely typed fields to the
 * sync's vehicles and associates.
 */
export { normalizeRecord } from './normalizeRecord';
export { WHOLE_RECORD } from './readRecord';
export { canonicalStatus, isActiveStatus } from './status';
export { DEFAULT_ACTIVE_STATUSES } from './status';
export { SGA_FIELDS, SGA_FIELD_NAMES, isSgaFieldName } from './sgaFields';
export type { SgaFieldKind, SgaFieldName, SgaFieldSpec } from './sgaFields';
export type { SgaFieldScope } from './sgaFields';
export { sgaRecordSchema, type SgaRecord } from './sgaRecordSchema';
export type { Associate, NormalizedRecord, Rejection, Vehicle } from './types';
