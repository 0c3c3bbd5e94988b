import { z } from 'zod';

/** Asks a page worker to read one page of one tenant's run. */
export const pageMessageSchema = z.object({
  tenantId: z.string().min(1),
  runId: z.string().min(1),
  page: z.number().int().min(1),
});
export type PageMessage = z.infer<typeof pageMessageSchema>;

/** Asks the reconciler to apply (or go on applying) a run. */
export const reconcileMessageSchema = z.object({
  tenantId: z.string().min(1),
  runId: z.string().min(1),
});
export type ReconcileMessage = z.infer<typeof reconcileMessageSchema>;
