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
 * ones a public integration keeps to; the others are generous guesses.
 * Longer text is cut, never refused (see `fit`).
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
  email: 254,
  phone1: 20,
  document_number: 30,
};

/**
 * Cuts `value` to the attribute's limit and trims the end. The limit is
 * counted in UTF-16 units, which is never more than characters, so the
 * cut holds however Softruck counts; it never splits a character.
 *
 * @example fit('brand', 'MERCEDES-BENZ CAMINHOES') // 'MERCEDES-BENZ CAMINH'
 */
export function fit(attribute: string, value: string): string {
  const limit = ATTRIBUTE_LIMITS[attribute];
  if (limit === undefined || value.length <= limit) return value;
  let cut = '';
  for (const char of value) {
    if (cut.length + char.length > limit) break;
    cut += char;
  }
  return cut.trimEnd();
}

/**
 * `value` when it fits the attribute whole, else undefined: for values a
 * cut would make wrong (an e-mail address), leaving it out is the rule.
 */
export function fitWhole(
  attribute: string,
  value: string | undefined,
): string | undefined {
  const limit = ATTRIBUTE_LIMITS[attribute];
  if (value === undefined || limit === undefined) return value;
  return value.length <= limit ? value : undefined;
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
