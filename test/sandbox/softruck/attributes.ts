import type { Problem } from './errors';

/** Whether `value` is a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a resource's writable attributes are checked. */
export interface AttributeRules {
  allowed: readonly string[];
  maxLength: Readonly<Record<string, number>>;
}

/**
 * Reads a write's attributes. Each must be a string or null; an unknown
 * name is refused rather than dropped, so a misspelt field surfaces.
 */
export function readAttributes(
  input: unknown,
  path: string,
  rules: AttributeRules,
  problems: Problem[],
): Record<string, string | null> {
  if (!isObject(input)) {
    problems.push({ path, message: 'must be an object' });
    return {};
  }
  const read: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(input)) {
    const at = `${path}.${name}`;
    if (!rules.allowed.includes(name)) {
      problems.push({ path: at, message: 'is not a writable attribute' });
    } else if (value !== null && typeof value !== 'string') {
      problems.push({ path: at, message: 'must be a string or null' });
    } else {
      checkLength(value, rules.maxLength[name], at, problems);
      read[name] = value;
    }
  }
  return read;
}

function checkLength(
  value: string | null,
  max: number | undefined,
  path: string,
  problems: Problem[],
): void {
  if (value !== null && max !== undefined && value.length > max) {
    problems.push({ path, message: `must be at most ${max} characters` });
  }
}

/**
 * Checks a required attribute: on create it must be there, on update it
 * may be left out but never cleared.
 */
export function requireText(
  attributes: Record<string, string | null>,
  name: string,
  path: string,
  creating: boolean,
  problems: Problem[],
): void {
  const value = attributes[name];
  if (value === undefined && !creating) return;
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push({ path: `${path}.${name}`, message: 'is required' });
  }
}
