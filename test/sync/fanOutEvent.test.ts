import {
  DEFAULT_STALLED_AFTER_MINUTES,
  fanOutEventSchema,
} from '../../functions/sync/fanOutEvent';

const issues = (event: object) => {
  const parsed = fanOutEventSchema.safeParse(event);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('the fan-out event', () => {
  it('takes the daily schedule as a run', () => {
    const event = fanOutEventSchema.parse({
      scheduledTime: '2026-12-04T09:00:00Z',
    });

    expect(event).toMatchObject({ action: 'run', dryRun: false });
  });

  it('waits for a stalled run the default time unless told', () => {
    expect(
      fanOutEventSchema.parse({ action: 'resume' }).stalledAfterMinutes,
    ).toBe(DEFAULT_STALLED_AFTER_MINUTES);
  });

  it.each(['redrive', 'settle', 'release'])(
    'requires a tenant to %s',
    (action) => {
      expect(issues({ action, runId: 'r1' })).toEqual(['tenantId']);
    },
  );

  it('requires the run to release', () => {
    expect(issues({ action: 'release', tenantId: 'alfa' })).toEqual(['runId']);
  });

  it('refuses unknown fields and run ids with other characters', () => {
    expect(issues({ tenantId: 'alfa', runId: '../x', force: true })).toEqual([
      'runId',
      '',
    ]);
  });
});
