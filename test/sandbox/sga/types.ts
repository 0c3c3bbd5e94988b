import { RouteName } from './routes';

/** What one token of the sandbox serves: one association's data. */
export interface SgaAssociation {
  /** Raw records in list order; repeats are served as they are. */
  records: Record<string, unknown>[];
  /** Records per page; 100 when not given. */
  pageSize?: number;
  /** The supplier's products; by default, those found on the records. */
  products?: Record<string, string>;
  /** The supplier's product types; a single type when not given. */
  productTypes?: Record<string, string>;
}

/** How the sandbox misbehaves for one token. */
export interface SgaBehaviour {
  /** Delay before every answer. */
  latencyMs: number;
  /** Extra delay per record served by `page` and `listAll`. */
  pageLatencyPerRecordMs: number;
  /** Routes that answer `disabledStatus`, as when not enabled on a token. */
  disabledRoutes: RouteName[];
  disabledStatus: 404 | 401 | 403;
  /** After this many calls the token is blocked for `blockForMs`. */
  blockAfterCalls?: number;
  blockForMs: number;
  /** More than `maxCalls` in any `perMs` window blocks the token. */
  bulkDetection?: { maxCalls: number; perMs: number };
  /** Share of calls answering 500, 502 or 503, from a seeded generator. */
  failRate: number;
  /** The next N calls answer 503. */
  failNext: number;
  /** The next N calls never answer, until the client or `close` ends them. */
  hangNext: number;
  /** Pages answer `{"0": {...}, "quantidade_veiculos": n}`. */
  pagesAsObject: boolean;
  /** `quantidade_paginas` as a numeric string. */
  countAsString: boolean;
  /** Page numbers that come back with half of their records (rounded down). */
  shortPages: number[];
  /** What a page outside 1..N answers: `[]`, or 404 or 406 with a body. */
  pastLastPage: 'empty' | 404 | 406;
}

/** One request the sandbox received, answered or not. */
export interface SgaCall {
  /** Arrival, in epoch milliseconds. */
  at: number;
  method: string;
  route: RouteName | 'unknown';
  /** The request target as sent, with its query string. */
  path: string;
  /** The bearer token as sent; empty when there was none. */
  token: string;
  /** The status answered; 0 while pending, and for a call that hung. */
  status: number;
}

/** How to start the sandbox. */
export interface SgaSandboxOptions {
  /** Associations to serve from the start, by token. */
  associations?: Record<string, SgaAssociation>;
  /** Behaviour of every token, over the defaults. */
  behaviour?: Partial<SgaBehaviour>;
  /** Seed of the fault injection (`failRate`); 1 when not given. */
  seed?: number;
}

/** A running sandbox. */
export interface SgaSandbox {
  /** The base URL, e.g. `http://127.0.0.1:PORT/api/sga/v2`. */
  url: string;
  /** Stops listening and ends every open or hanging connection. */
  close(): Promise<void>;
  /** Serves `association` to `token` from now on: the next "day". */
  setAssociation(token: string, association: SgaAssociation): void;
  /** Changes how `token` behaves; the token must be known. */
  setBehaviour(token: string, patch: Partial<SgaBehaviour>): void;
  /** Every request received, in order of arrival. */
  calls: SgaCall[];
}
