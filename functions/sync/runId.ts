const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Sao_Paulo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The id of a scheduled run: its day in São Paulo (`2026-12-04`). A
 * retried schedule carries the same scheduled time, so it joins the run.
 */
export function dailyRunId(scheduledTime: Date): string {
  return DAY.format(scheduledTime);
}

/**
 * The id of an on-demand run: the moment it was asked for
 * (`2026-12-04T150405Z`). Ids of one tenant sort by time.
 */
export function onDemandRunId(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+/, '')
    .replace(/^(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
}
