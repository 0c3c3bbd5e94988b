/**
 * Keys whose values never reach a log line, whatever their shape. Matched
 * case-insensitively against the last segment of a key path.
 */
const SECRET_KEYS = new Set([
  'authorization',
  'token',
  'sgatoken',
  'password',
  'senha',
  'refresh_token',
  'auth_token',
  'publickey',
  'public-key',
  'cpf',
  'cnpj',
  'document',
  'ownerdocument',
  'rg',
  'document_number',
  'birthdate',
  'data_nascimento',
  'birth_date',
  'email',
  'phone',
  'phone1',
  'name',
  'nome_associado',
]);

/**
 * Runs of 11 or 14 digits, optionally punctuated: CPFs and CNPJs in text;
 * and the CNPJs with letters, twelve upper-case letters or digits before
 * two check digits.
 */
const DOCUMENT_PATTERN =
  /\b\d{3}\.?\d{3}\.?\d{3}-?\d{2}\b|\b[\dA-Z]{2}\.?[\dA-Z]{3}\.?[\dA-Z]{3}\/?[\dA-Z]{4}-?\d{2}\b/g;
const BEARER_PATTERN = /Bearer\s+[^\s"']+/gi;
const MAX_DEPTH = 6;

/**
 * Returns a copy of `value` safe to log: secret and personal keys replaced,
 * document-looking digit runs and bearer tokens masked inside strings.
 *
 * @example
 * redact({ cpf: '52596589060', page: 3 }) // { cpf: '[redacted]', page: 3 }
 */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[truncated]';
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message) };
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEYS.has(key.toLowerCase())
      ? '[redacted]'
      : redact(v, depth + 1);
  }
  return out;
}

/** Masks bearer tokens and CPF/CNPJ-shaped digit runs in free text. */
export function redactText(text: string): string {
  return text
    .replace(BEARER_PATTERN, 'Bearer [redacted]')
    .replace(DOCUMENT_PATTERN, '[document]');
}
