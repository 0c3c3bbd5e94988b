/** The seed from `variable` when set to an integer, else `fallback`. */
export function seedFrom(variable: string, fallback: number): number {
  const raw = process.env[variable];
  const parsed = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(parsed) ? parsed : fallback;
}
