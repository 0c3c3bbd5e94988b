import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './errors';

/** What a handler answers. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A request body, read whole before the request is dispatched. */
export interface RawBody {
  text: string;
  tooLarge: boolean;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** Reads the body, keeping at most 1 MiB but always draining the rest. */
export function readBody(req: IncomingMessage): Promise<RawBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve({
        text: Buffer.concat(chunks).toString('utf8'),
        tooLarge: size > MAX_BODY_BYTES,
      }),
    );
    req.on('error', reject);
  });
}

/**
 * Parses a JSON body. Like a strict API it insists on the JSON media type:
 * a client that forgets the header finds out here, not in production.
 */
export function parseJsonBody(req: IncomingMessage, raw: RawBody): unknown {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, {
      error: 'unsupported_media_type',
      message: 'send the body as application/json',
    });
  }
  try {
    return JSON.parse(raw.text);
  } catch {
    throw new HttpError(400, {
      error: 'invalid_json',
      message: 'the body is not valid JSON',
    });
  }
}

/** Turns a thrown error into the answer it stands for. */
export function replyForError(error: unknown): Reply {
  if (error instanceof HttpError) {
    return { status: error.status, body: error.body, headers: error.headers };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: { error: 'internal_error', message } };
}

/** Sends a reply as JSON. */
export function sendReply(res: ServerResponse, reply: Reply): void {
  const text = JSON.stringify(reply.body ?? {});
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...reply.headers,
  });
  res.end(text);
}
