/**
 * How SGA writes values on the wire: the several spellings of one FIPE
 * value, of a plate and of a chassis that the sync must read as one.
 */

/** The three spellings of a FIPE value seen in SGA records. */
export type FipeStyle = 'brazilian' | 'dotted' | 'number';

/** `45678.9` as `"45.678,90"`, `"45678.90"` or the number itself. */
export function writeFipe(value: number, style: FipeStyle): string | number {
  if (style === 'number') return value;
  const [whole, cents] = value.toFixed(2).split('.');
  if (style === 'dotted') return `${whole}.${cents}`;
  return `${whole.replace(/\B(?=(\d{3})+$)/g, '.')},${cents}`;
}

/** Which spelling a raw FIPE value uses, to keep it on an update. */
export function fipeStyleOf(raw: unknown): FipeStyle {
  if (typeof raw === 'number') return 'number';
  return String(raw).includes(',') ? 'brazilian' : 'dotted';
}

/** The number behind any of the three spellings. */
export function readFipe(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  const text = String(raw);
  if (!text.includes(',')) return Number(text);
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

/** `HGB3390` as `hgb-3390`, the way a careless operator typed it. */
export function messyPlate(plate: string): string {
  const lower = plate.toLowerCase();
  return /^[a-z]{3}\d{4}$/.test(lower)
    ? `${lower.slice(0, 3)}-${lower.slice(3)}`
    : lower;
}

/** `9BD1954JM2P501234` as `9bd 195 4jm2p5 01234`. */
export function messyChassis(vin: string): string {
  const lower = vin.toLowerCase();
  return [
    lower.slice(0, 3),
    lower.slice(3, 6),
    lower.slice(6, 12),
    lower.slice(12),
  ].join(' ');
}
