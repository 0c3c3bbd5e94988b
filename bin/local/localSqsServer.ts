import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './readBody';
import { LocalSqs, QueueMissing } from './LocalSqs';

/** A loopback SQS endpoint over `LocalSqs`, speaking SQS's JSON protocol. */
export interface LocalSqsServer {
  endpoint: string;
  sqs: LocalSqs;
  /** The URL the SDK uses for a queue created on `sqs`. */
  urlOf(name: string): string;
  close(): Promise<void>;
}

type Body = Record<string, unknown>;
type Action = (sqs: LocalSqs, name: string, body: Body) => Promise<Body> | Body;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A local queue's name from its URL (the last segment): `urlOf` undone. */
export const queueNameOf = (url: string): string => url.split('/').pop() ?? '';

const ACTIONS: Record<string, Action> = {
  SendMessage: (sqs, name, b) => {
    const { id, md5 } = sqs.send(name, String(b.MessageBody), {
      delayS: Number(b.DelaySeconds ?? 0),
      groupId: b.MessageGroupId as string | undefined,
      dedupId: b.MessageDeduplicationId as string | undefined,
    });
    return { MessageId: id, MD5OfMessageBody: md5 };
  },
  SendMessageBatch: (sqs, name, b) => ({
    Successful: (b.Entries as Body[]).map((e) => {
      const { id, md5 } = sqs.send(name, String(e.MessageBody), {
        delayS: Number(e.DelaySeconds ?? 0),
        groupId: e.MessageGroupId as string | undefined,
        dedupId: e.MessageDeduplicationId as string | undefined,
      });
      return { Id: e.Id, MessageId: id, MD5OfMessageBody: md5 };
    }),
    Failed: [],
  }),
  ReceiveMessage: async (sqs, name, b) => {
    const until = Date.now() + Number(b.WaitTimeSeconds ?? 0) * 1000;
    for (;;) {
      const got = sqs.receive(name, Number(b.MaxNumberOfMessages ?? 1));
      if (got.length > 0 || Date.now() >= until) {
        return {
          Messages: got.map((m) => ({
            MessageId: m.id,
            ReceiptHandle: m.receipt,
            MD5OfBody: m.md5,
            Body: m.body,
            Attributes: {
              ApproximateReceiveCount: String(m.receiveCount),
              SentTimestamp: String(m.sentAt),
              ...(m.groupId ? { MessageGroupId: m.groupId } : {}),
            },
          })),
        };
      }
      await sleep(25);
    }
  },
  DeleteMessage: (sqs, name, b) => {
    sqs.delete(name, String(b.ReceiptHandle));
    return {};
  },
  DeleteMessageBatch: (sqs, name, b) => ({
    Successful: (b.Entries as Body[]).map((e) => {
      sqs.delete(name, String(e.ReceiptHandle));
      return { Id: e.Id };
    }),
    Failed: [],
  }),
  ChangeMessageVisibility: (sqs, name, b) => {
    sqs.changeVisibility(
      name,
      String(b.ReceiptHandle),
      Number(b.VisibilityTimeout),
    );
    return {};
  },
  GetQueueAttributes: (sqs, name) => {
    const c = sqs.counts(name);
    return {
      Attributes: {
        ApproximateNumberOfMessages: String(c.visible),
        ApproximateNumberOfMessagesNotVisible: String(c.inFlight),
        ApproximateNumberOfMessagesDelayed: String(c.delayed),
      },
    };
  },
};

/** Starts the endpoint on 127.0.0.1 with an ephemeral port. */
export async function startLocalSqsServer(): Promise<LocalSqsServer> {
  const sqs = new LocalSqs();
  const server = createServer(async (req, res) => {
    const action =
      String(req.headers['x-amz-target'] ?? '')
        .split('.')
        .pop() ?? '';
    const reply = (status: number, body: Body) => {
      res.writeHead(status, { 'Content-Type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify(body));
    };
    try {
      const body = JSON.parse((await readBody(req)) || '{}') as Body;
      const handler = ACTIONS[action];
      if (!handler)
        return reply(400, {
          __type: 'com.amazonaws.sqs#InvalidAction',
          message: action,
        });
      const name = queueNameOf(String(body.QueueUrl ?? ''));
      reply(200, await handler(sqs, name, body));
    } catch (error) {
      const type =
        error instanceof QueueMissing ? 'QueueDoesNotExist' : 'InternalError';
      reply(400, {
        __type: `com.amazonaws.sqs#${type}`,
        message: (error as Error).message,
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    sqs,
    urlOf: (name) => `${endpoint}/000000000000/${name}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
