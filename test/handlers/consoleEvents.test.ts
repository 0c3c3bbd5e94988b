import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fanOutEventSchema } from '../../functions/sync/fanOutEvent';

/** The README's console test events, kept as files so they stay valid. */
const DIR = join(__dirname, '../fixtures/events');
const events = readdirSync(DIR).map((name) => [
  name,
  JSON.parse(readFileSync(join(DIR, name), 'utf8')),
]);

describe('console test events of the fan-out', () => {
  it.each(events)('%s is a valid fan-out event', (_name, event) => {
    expect(fanOutEventSchema.safeParse(event).success).toBe(true);
  });

  it.each([
    [{ plate: 'ABC1D23' }, 'tenantId'],
    [{ tenantId: 'a', plate: 'A', chassis: 'B' }, 'chassis'],
    [{ tenantId: 'a', dryrun: true }, 'dryrun'],
    [{ scheduledTime: 'yesterday' }, 'scheduledTime'],
    [{ action: 'restart' }, 'action'],
  ])('refuses %j, naming %s', (event, field) => {
    const parsed = fanOutEventSchema.safeParse(event);

    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map(
      (i) => i.path.join('.') || i.message,
    );
    expect(paths?.join(' ')).toContain(field);
  });
});
