import type { Rejection } from './types';
import type { SgaFieldName } from './sgaFields';

/**
 * What reading one SGA value gave: a value, a problem, both (a value that
 * had to be changed, such as truncated text) or neither (SGA sent nothing).
 */
export interface Parsed<T> {
  value?: T;
  /** Why the value was dropped or changed. Never includes the value. */
  problem?: string;
}

/**
 * Returns the parsed value and, when reading it raised a problem, records
 * that problem against the SGA field it came from.
 */
export function takeValue<T>(
  problems: Rejection[],
  field: SgaFieldName,
  parsed: Parsed<T>,
): T | undefined {
  if (parsed.problem !== undefined) {
    problems.push({ field, reason: parsed.problem });
  }
  return parsed.value;
}

/**
 * Drops keys whose value is `undefined`, so that an absent field is absent
 * rather than present-and-undefined (stores and JSON treat those apart).
 */
export function withoutUndefined<T extends object>(value: T): T {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries) as T;
}
