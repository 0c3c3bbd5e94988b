import type { Message } from '@aws-sdk/client-sqs';
import type { Context, SQSRecord } from 'aws-lambda';

/** An SQS message as Lambda's event source hands it to a handler. */
export function toRecord(message: Message, queueUrl: string): SQSRecord {
  const attributes = (message.Attributes ?? {}) as Record<string, string>;
  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
      MessageGroupId: attributes.MessageGroupId,
    },
    messageAttributes: {},
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueUrl,
    awsRegion: 'local',
  };
}

let invocation = 0;

/** The parts of Lambda's context the handlers read. */
export function fakeContext(): Context {
  invocation++;
  return {
    awsRequestId: `local-${process.pid}-${invocation}`,
    functionName: 'local',
    getRemainingTimeInMillis: () => 15 * 60_000,
  } as Context;
}
