import { type SgaFieldKind } from '../normalize/sgaFields';
import { SGA_KIND_FORMATS, isEmptySgaValue } from '../normalize/sgaFormats';

/** A value's format, and whether the sync assumes it for the field. */
export interface ValueFormat {
  name: string;
  assumed: boolean;
}

/** JSON's name for the type of `value` (`list` for an array). */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value;
}

const LONGEST_SHAPE = 24;

/**
 * The shape of a text with each run of one class written once and a `+`:
 * `"58432"` is `#+`, `"R$ 1.234,56"` is `A$ #.#+,#+`. It names a pattern
 * and holds no letter or digit of the value.
 */
export function collapsedShape(text: string): string {
  const shape = maskText(text.trim()).replace(/(.)\1+/gu, '$1+');
  return shape.length > LONGEST_SHAPE ? 'long' : shape;
}

/** Each letter as `A` or `a`, each digit as `#`; the rest is kept. */
export function maskText(text: string): string {
  return text.replace(/[\p{L}\p{N}]/gu, (char) => {
    if (/\p{N}/u.test(char)) return '#';
    return char === char.toLowerCase() ? 'a' : 'A';
  });
}

/** A pattern for a value no assumed format matched, naming its type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `text ${collapsedShape(value)}`;
  if (typeof value === 'number') {
    return Number.isInteger(value) ? 'number (integer)' : 'number (decimal)';
  }
  return typeOf(value);
}

/**
 * The format of one SGA value of `kind`: SGA's empty values, one of the
 * formats {@link SGA_KIND_FORMATS} assumes, or a description of what came
 * instead. Never holds the value itself.
 *
 * @example formatOf('45.678,90', 'money') // { name: '#.###,##', assumed: true }
 */
export function formatOf(value: unknown, kind: SgaFieldKind): ValueFormat {
  if (isEmptySgaValue(value)) return { name: 'empty', assumed: true };
  const known = SGA_KIND_FORMATS[kind].find((f) => f.test(value));
  if (known) return { name: known.name, assumed: true };
  return { name: describeValue(value), assumed: false };
}

/**
 * A value replaced by its shape: `123.456.789-09` as `###.###.###-##`, a
 * name as `Aaaaa Aaaa`. Objects and lists are masked member by member.
 */
export function maskValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskText(value);
  if (typeof value === 'number') return maskText(String(value));
  if (value === null || typeof value !== 'object') return value;
  if (depth > 4) return '(nested)';
  if (Array.isArray(value)) return value.map((v) => maskValue(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, maskValue(v, depth + 1)]),
  );
}
