import { Random } from './random';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
/** VINs never use I, O or Q. */
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const MAX_ATTEMPTS = 10_000;

/**
 * The Mercosul form of a plate: an old `ABC1234` and a Mercosul `ABC1C34`
 * are the same registration (the second digit becomes a letter), so both
 * count as one when plates must be unique.
 */
export function plateKey(plate: string): string {
  const clean = plate.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!/^[A-Z]{3}\d{4}$/.test(clean)) return clean;
  return clean.slice(0, 4) + LETTERS[+clean[4]] + clean.slice(5);
}

/** Whether `plate`, cleaned, is an old or a Mercosul Brazilian plate. */
export function isValidPlate(plate: string): boolean {
  const clean = plate.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return /^[A-Z]{3}\d[A-Z0-9]\d{2}$/.test(clean);
}

/** The VIN's own characters, upper-cased, without spaces. */
export function chassisKey(chassis: string): string {
  return chassis.toUpperCase().replace(/\s/g, '');
}

/**
 * Hands out plates and chassis numbers that no other vehicle of the
 * association holds, including the vehicles it was seeded with.
 */
export class VehicleIdRegistry {
  private readonly plates = new Set<string>();
  private readonly chassis = new Set<string>();

  /** Marks the identifiers of an existing record as taken. */
  reserve(plate: unknown, chassis: unknown): void {
    if (typeof plate === 'string' && plate) this.plates.add(plateKey(plate));
    if (typeof chassis === 'string' && chassis) {
      this.chassis.add(chassisKey(chassis));
    }
  }

  /** A new plate in canonical upper case, Mercosul or old format. */
  plate(random: Random, mercosul: boolean): string {
    return this.unique(this.plates, plateKey, () => {
      const prefix = random.chars(LETTERS, 3) + random.chars(DIGITS, 1);
      const middle = random.chars(mercosul ? LETTERS : DIGITS, 1);
      return prefix + middle + random.chars(DIGITS, 2);
    });
  }

  /** A new 17-character VIN starting with the manufacturer's prefix. */
  vin(random: Random, manufacturer: string): string {
    return this.unique(this.chassis, chassisKey, () => {
      return manufacturer + random.chars(VIN_CHARS, 17 - manufacturer.length);
    });
  }

  private unique(
    taken: Set<string>,
    key: (value: string) => string,
    make: () => string,
  ): string {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const value = make();
      if (!taken.has(key(value))) {
        taken.add(key(value));
        return value;
      }
    }
    throw new Error('No unused vehicle identifier left to hand out');
  }
}
