const FIRST = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const SECOND = [6, ...FIRST];

function checkDigit(digits: string, weights: number[]): string {
  const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  const rest = sum % 11;
  return String(rest < 2 ? 0 : 11 - rest);
}

/** A CNPJ with valid check digits, distinct for each `n`: `NNNNNNNN0001DD`. */
export function validCnpj(n: number): string {
  const base = `${String(n).padStart(8, '0')}0001`;
  const first = checkDigit(base, FIRST);
  return base + first + checkDigit(base + first, SECOND);
}
