/** A cell: text as given, numbers right-aligned. */
export type Cell = string | number;

/**
 * A plain-text table, columns as wide as their widest cell, numbers
 * right-aligned and grouped by thousands.
 *
 * @example
 * table(['day', 'calls'], [['1', 2282]]);
 * // day  calls
 * // ---  -----
 * // 1    2,282
 */
export function table(headers: string[], rows: Cell[][]): string {
  const text = rows.map((row) => row.map(show));
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...text.map((row) => (row[i] ?? '').length)),
  );
  const numeric = headers.map((_, i) =>
    rows.some((row) => typeof row[i] === 'number'),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    line(widths.map((w) => '-'.repeat(w))),
    ...text.map(line),
  ].join('\n');
}

/** Numbers grouped by thousands, with at most `digits` decimals. */
export function show(value: Cell, digits = 2): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** Seconds from milliseconds, for tables. */
export const seconds = (ms: number): number => Math.round(ms / 100) / 10;

/** A ratio with two decimals. */
export const ratio = (a: number, b: number): number =>
  b === 0 ? Number.NaN : Math.round((a / b) * 100) / 100;
