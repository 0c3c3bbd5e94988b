import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { z } from 'zod';
import { sqsBatchHandler } from '../../functions/runtime/sqsBatch';
import { captureLogs } from '../support/captureLogs';

const schema = z.object({ tenantId: z.string(), page: z.number() });

function event(...bodies: string[]): SQSEvent {
  return {
    Records: bodies.map(
      (body, i) => ({ messageId: `m-${i}`, body }) as SQSRecord,
    ),
  };
}

describe('sqsBatchHandler', () => {
  const lines = captureLogs();

  it('reports only the message that failed', async () => {
    const handler = sqsBatchHandler(schema, async (m) => {
      if (m.page === 2) throw new Error('SGA said 503');
    });

    const out = await handler(
      event('{"tenantId":"a","page":1}', '{"tenantId":"a","page":2}'),
    );

    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-1' }] });
  });

  it('drops a malformed body with its reason instead of retrying it', async () => {
    const seen: unknown[] = [];
    const handler = sqsBatchHandler(schema, async (m) => void seen.push(m));

    const out = await handler(event('not json', '{"tenantId":"a"}'));

    expect(out.batchItemFailures).toEqual([]);
    expect(seen).toEqual([]);
    expect(lines.map((l) => l.reason)).toEqual([
      'not JSON',
      'page: Invalid input: expected number, received undefined',
    ]);
  });

  it('logs a failure with the tenant, page and message id', async () => {
    const handler = sqsBatchHandler(schema, async () => {
      throw new Error('boom');
    });

    await handler(event('{"tenantId":"alfa","page":4}'));

    expect(lines[0]).toMatchObject({
      level: 'error',
      messageId: 'm-0',
      tenantId: 'alfa',
      page: 4,
      error: { name: 'Error', message: 'boom' },
    });
  });
});
