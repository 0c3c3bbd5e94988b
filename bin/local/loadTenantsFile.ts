import { readFileSync } from 'node:fs';
import { ConfigError, formatIssues } from '../../functions/config/formatIssues';
import {
  tenantsFileSchema,
  type TenantWithToken,
} from '../../functions/tenants/tenantSchema';

/**
 * Reads and validates a tenants file. Every problem is reported as one
 * line naming the file and the field, never the value (it may be a token).
 */
export function loadTenantsFile(path: string): TenantWithToken[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`tenants file ${path} cannot be read`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`tenants file ${path} is not valid JSON`);
  }
  const parsed = tenantsFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(`${path}: ${formatIssues(parsed.error)}`);
  }
  return parsed.data.tenants;
}
