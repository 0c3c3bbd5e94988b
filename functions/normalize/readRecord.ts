import { sgaRecordSchema, type SgaRecord } from './sgaRecordSchema';
import {
  SGA_FIELDS,
  isSgaFieldName,
  type SgaFieldName,
  type SgaFieldScope,
} from './sgaFields';
import type { Rejection } from './types';

/** The `field` of a rejection that concerns the record as a whole. */
export const WHOLE_RECORD = '(record)';

/** A value SGA sent in an unusable type, by the field it came in. */
export interface TypeProblem extends Rejection {
  field: SgaFieldName;
}

/** A record whose known fields have usable types, or why there is none. */
export type ReadRecord =
  | { ok: true; record: SgaRecord; problems: TypeProblem[] }
  | { ok: false; rejection: Rejection };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const CONSEQUENCE: Record<SgaFieldScope, string> = {
  record: '',
  associate: '; the associate is skipped',
  value: '; ignored',
};

function typeReason(field: SgaFieldName): string {
  const { kind, scope } = SGA_FIELDS[field];
  const expected =
    kind === 'products'
      ? 'is neither an object nor a list'
      : 'is neither text nor a number';
  return expected + CONSEQUENCE[scope];
}

/**
 * Checks the types of one raw record against the SGA schema. A known field
 * of an unusable type (an object where text belongs) is removed and
 * reported, so that the rest of the record can still be read; what its
 * loss costs is the caller's decision.
 */
export function readRecord(raw: unknown): ReadRecord {
  if (!isPlainObject(raw)) {
    return {
      ok: false,
      rejection: { field: WHOLE_RECORD, reason: 'is not an object' },
    };
  }
  const parsed = sgaRecordSchema.safeParse(raw);
  if (parsed.success) return { ok: true, record: parsed.data, problems: [] };
  const unusable = new Set(
    parsed.error.issues.map((issue) => issue.path[0]).filter(isSgaFieldName),
  );
  const usable = { ...raw };
  for (const name of unusable) delete usable[name];
  const retry = sgaRecordSchema.safeParse(usable);
  if (!retry.success) {
    return {
      ok: false,
      rejection: { field: WHOLE_RECORD, reason: 'could not be read' },
    };
  }
  const problems: TypeProblem[] = [...unusable].map((field) => ({
    field,
    reason: typeReason(field),
  }));
  return { ok: true, record: retry.data, problems };
}
