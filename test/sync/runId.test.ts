import { dailyRunId, onDemandRunId } from '../../functions/sync/runId';

describe('run ids', () => {
  it('names a scheduled run by its day in São Paulo', () => {
    expect(dailyRunId(new Date('2026-12-04T09:00:00Z'))).toBe('2026-12-04');
  });

  it('keeps the São Paulo day for a time that is already tomorrow in UTC', () => {
    expect(dailyRunId(new Date('2026-12-05T02:30:00Z'))).toBe('2026-12-04');
  });

  it('gives a retried schedule (same scheduled time) the same id', () => {
    const scheduled = '2026-12-04T06:00:00-03:00';

    expect(dailyRunId(new Date(scheduled))).toBe(
      dailyRunId(new Date(scheduled)),
    );
  });

  it('names an on-demand run by the moment, sorting after that day', () => {
    const id = onDemandRunId(new Date('2026-12-04T15:04:05.678Z'));

    expect(id).toBe('2026-12-04T150405Z');
    expect(id > dailyRunId(new Date('2026-12-04T12:00:00Z'))).toBe(true);
  });
});
