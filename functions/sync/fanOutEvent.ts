import { z } from 'zod';

/**
 * How long a reading run may go without a page done before the resume
 * schedule gives its missing pages up: longer than a page message lives
 * in the deployed page queue (a 60-minute visibility timeout, 5 receives).
 * A reconciling run without a turn as long is asked for again: longer
 * than fifty tenants' continuations take turns on two reconcilers (five
 * hours of 12-minute turns).
 */
export const DEFAULT_STALLED_AFTER_MINUTES = 360;

const runIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'letters, digits and - only');

/**
 * What the fan-out accepts: the daily schedule's `{scheduledTime}`, the
 * 15-minute `{action: "resume"}`, a console test event naming a tenant, a
 * dry run, or one plate, chassis or CPF; and an operator's `redrive`
 * (send a run's missing pages again), `settle` (apply a run without its
 * missing pages) or `release` (apply the deactivations the brake held).
 */
export const fanOutEventSchema = z
  .object({
    action: z
      .enum(['run', 'resume', 'redrive', 'settle', 'release'])
      .default('run'),
    scheduledTime: z.iso.datetime({ offset: true }).optional(),
    tenantId: z.string().min(1).optional(),
    runId: runIdSchema.optional(),
    dryRun: z.boolean().default(false),
    plate: z.string().min(1).optional(),
    chassis: z.string().min(1).optional(),
    cpf: z.string().min(1).optional(),
    stalledAfterMinutes: z
      .number()
      .min(0)
      .default(DEFAULT_STALLED_AFTER_MINUTES),
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
    const operator = ['redrive', 'settle', 'release'].includes(event.action);
    if (operator && !event.tenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['tenantId'],
        message: `is required with ${event.action}`,
      });
    }
    if (event.action === 'release' && !event.runId) {
      ctx.addIssue({
        code: 'custom',
        path: ['runId'],
        message: 'is required with release',
      });
    }
  });

export type FanOutEvent = z.infer<typeof fanOutEventSchema>;
