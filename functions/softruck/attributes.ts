/** Vehicle attributes the sync writes to Softruck. */
export interface VehicleAttributes {
  plate: string;
  vin?: string;
  type?: string;
  code?: string;
  brand?: string;
  model?: string;
  year?: string;
  description?: string;
  color?: string;
  registration_number?: string;
}

/** User attributes the sync writes to Softruck. */
export interface UserAttributes {
  username: string;
  name: string;
  email?: string;
  phone1?: string;
  cpf: string;
  document_number?: string;
  birthdate?: string;
  locale?: string;
}

/**
 * Longest value Softruck takes per attribute. The vehicle limits are the
 * ones a public integration keeps to; longer text is cut, never refused.
 */
export const ATTRIBUTE_LIMITS: Record<string, number> = {
  plate: 16,
  vin: 20,
  code: 16,
  brand: 20,
  model: 20,
  year: 10,
  color: 30,
  description: 255,
  registration_number: 20,
  name: 120,
  username: 80,
  email: 120,
  document_number: 30,
};

/**
 * Cuts `value` to the attribute's limit on a character boundary and trims
 * the end, so `ATTRIBUTE_LIMITS` is the single rule for every field.
 */
export function fit(attribute: string, value: string): string {
  const limit = ATTRIBUTE_LIMITS[attribute];
  if (limit === undefined) return value;
  const chars = Array.from(value);
  return chars.length <= limit ? value : chars.slice(0, limit).join('').trim();
}

/**
 * The attributes of `next` whose value differs from `previous`: what an
 * update sends. Attributes absent from `next` are left as Softruck has them.
 */
export function changedAttributes<T extends object>(
  previous: T | undefined,
  next: T,
  immutable: readonly (keyof T)[] = [],
): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (immutable.includes(key) && previous?.[key] !== undefined) continue;
    if (next[key] !== undefined && previous?.[key] !== next[key]) {
      changed[key] = next[key];
    }
  }
  return changed;
}
