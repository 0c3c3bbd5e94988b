import {
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { WorkQueue } from '../../functions/queue/WorkQueue';

const sqs = mockClient(SQSClient);
const queue = new WorkQueue(
  new SQSClient({ region: 'us-east-1' }),
  'https://sqs.local/pages.fifo',
  'https://sqs.local/reconcile',
);
const pages = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    tenantId: 'alfa',
    runId: '2026-12-04',
    page: i + 1,
  }));

beforeEach(() => sqs.reset());

describe('WorkQueue', () => {
  it('sends pages ten at a time, grouped by tenant', async () => {
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });

    await queue.sendPages(pages(23));

    const calls = sqs.commandCalls(SendMessageBatchCommand);
    expect(calls.map((c) => c.args[0].input.Entries?.length)).toEqual([
      10, 10, 3,
    ]);
    const first = calls[0].args[0].input.Entries?.[0];
    expect(first).toEqual({
      Id: '0',
      MessageBody: '{"tenantId":"alfa","runId":"2026-12-04","page":1}',
      MessageGroupId: 'alfa',
      MessageDeduplicationId: 'alfa.2026-12-04.1.0',
    });
  });

  it('sends again the entries a successful answer lists as failed', async () => {
    sqs
      .on(SendMessageBatchCommand)
      .resolvesOnce({ Failed: [{ Id: '1', Code: 'x', SenderFault: false }] })
      .resolves({ Failed: [] });

    await queue.sendPages(pages(2));

    const retry = sqs.commandCalls(SendMessageBatchCommand)[1].args[0].input;
    expect(retry.Entries?.map((e) => e.Id)).toEqual(['1']);
  });

  it('gives up, loudly, when entries keep failing', async () => {
    sqs
      .on(SendMessageBatchCommand)
      .resolves({ Failed: [{ Id: '0', Code: 'x', SenderFault: false }] });

    await expect(queue.sendPages(pages(1))).rejects.toThrow(
      '1 messages could not be sent',
    );
  });

  it('gives a resumed run new deduplication ids', async () => {
    sqs.on(SendMessageBatchCommand).resolves({ Failed: [] });

    await queue.sendPages(pages(1), 7);

    const entry = sqs.commandCalls(SendMessageBatchCommand)[0].args[0].input
      .Entries?.[0];
    expect(entry?.MessageDeduplicationId).toBe('alfa.2026-12-04.1.7');
  });

  it('delays a continuation by at most the 15 minutes SQS allows', async () => {
    sqs.on(SendMessageCommand).resolves({});

    await queue.sendReconcile({ tenantId: 'alfa', runId: 'r' }, 3600);

    expect(sqs.commandCalls(SendMessageCommand)[0].args[0].input).toEqual({
      QueueUrl: 'https://sqs.local/reconcile',
      MessageBody: '{"tenantId":"alfa","runId":"r"}',
      DelaySeconds: 900,
    });
  });
});
