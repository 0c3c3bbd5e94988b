import { z } from 'zod';
import { baseUrlSchema } from '../config/baseUrl';
import { compactCnpj, isValidCnpj } from '../normalize/document';
import { canonicalStatus } from '../normalize/status';

/** What a tenant asks the sync to write. */
export const syncScopeSchema = z.enum(['users', 'vehicles', 'both']);
export type SyncScope = z.infer<typeof syncScopeSchema>;

/**
 * A tenant's settings, without its SGA token (that is a secret, stored
 * apart). Defaults follow the product's rules.
 */
export const tenantSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and -'),
  company: z.string().trim().min(1, 'is required'),
  cnpj: z
    .string()
    .transform(compactCnpj)
    .refine(isValidCnpj, 'is not a valid CNPJ'),
  softruckEnterpriseId: z.string().trim().min(1, 'is required'),
  sync: syncScopeSchema,
  deactivateNonActive: z.boolean(),
  enabled: z.boolean().default(true),
  sgaBaseUrl: baseUrlSchema.optional(),
  activeStatuses: z
    .array(z.string().min(1))
    .min(1)
    .default(['ATIVO'])
    .transform((list) => list.map(canonicalStatus)),
  /** Share of active records above which a run's deactivations are held. */
  brakeShare: z.number().min(0).max(1).default(0.1),
  /** Deactivations a run may always make, whatever the share. */
  brakeMinimum: z.number().int().min(0).default(20),
});

export type Tenant = z.infer<typeof tenantSchema>;

/** A tenant as written in a tenants file: settings plus the SGA token. */
export const tenantWithTokenSchema = tenantSchema.extend({
  sgaToken: z.string().min(8, 'must be an SGA API token'),
});
export type TenantWithToken = z.infer<typeof tenantWithTokenSchema>;

/** The tenants file: `{"tenants": [...]}`. */
export const tenantsFileSchema = z
  .object({ tenants: z.array(tenantWithTokenSchema).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.tenants.forEach((tenant, index) => {
      if (seen.has(tenant.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tenants', index, 'id'],
          message: 'is used by another tenant',
        });
      }
      seen.add(tenant.id);
    });
  });
