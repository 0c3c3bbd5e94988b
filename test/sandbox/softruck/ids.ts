import { seededRandom } from './random';

const ALPHABET =
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 15;
const ID_PATTERN = /^[A-Za-z0-9]{15}$/;

/** Whether `value` has the shape of a Softruck id (15 alphanumerics). */
export function isSoftruckId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/**
 * Hands out Softruck-shaped ids, never the same one twice, and refuses
 * a seeded id that is malformed or taken.
 */
export class IdRegistry {
  private readonly used = new Set<string>();
  private readonly random = seededRandom(0x5eed);

  /** A fresh id, unique within this sandbox. */
  next(): string {
    // 62^15 ids make a collision rare; the bound only stops a broken seed.
    for (let attempt = 0; attempt < 100; attempt += 1) {
      let id = '';
      for (let i = 0; i < ID_LENGTH; i += 1) {
        id += ALPHABET[Math.floor(this.random() * ALPHABET.length)];
      }
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
    throw new Error('could not draw a fresh id');
  }

  /** Reserves an id chosen by a seed or by the options. */
  claim(id: string, requireShape: boolean): void {
    if (requireShape && !isSoftruckId(id)) {
      throw new Error(`"${id}" is not a 15-character alphanumeric id`);
    }
    if (this.used.has(id)) throw new Error(`id "${id}" is already used`);
    this.used.add(id);
  }
}
