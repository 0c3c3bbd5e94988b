import type { ZodError } from 'zod';

/**
 * One line per problem, each naming the field path, never the value:
 * `tenants.0.cnpj: is not a valid CNPJ`.
 */
export function formatIssues(error: ZodError, root = ''): string {
  return error.issues
    .map((issue) => {
      const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
      return `${path || '(root)'}: ${issue.message}`;
    })
    .join('; ');
}

/** Thrown for configuration or input that cannot be used; says why. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
