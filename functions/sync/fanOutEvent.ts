import { z } from 'zod';

/**
 * What the fan-out accepts: the daily schedule's `{scheduledTime}`, the
 * 15-minute `{action: "resume"}`, or a console test event naming a tenant,
 * a dry run, or one plate, chassis or CPF.
 */
export const fanOutEventSchema = z
  .object({
    action: z.enum(['run', 'resume']).default('run'),
    scheduledTime: z.iso.datetime({ offset: true }).optional(),
    tenantId: z.string().min(1).optional(),
    runId: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,64}$/, 'letters, digits and - only')
      .optional(),
    dryRun: z.boolean().default(false),
    plate: z.string().min(1).optional(),
    chassis: z.string().min(1).optional(),
    cpf: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((event, ctx) => {
    const lookups = ['plate', 'chassis', 'cpf'].filter(
      (k) => event[k as 'plate'] !== undefined,
    );
    if (lookups.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: [lookups[1]],
        message: 'name only one of plate, chassis and cpf',
      });
    }
    if (lookups.length === 1 && !event.tenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['tenantId'],
        message: `is required with ${lookups[0]}`,
      });
    }
  });

export type FanOutEvent = z.infer<typeof fanOutEventSchema>;
