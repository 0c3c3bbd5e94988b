import { AsyncLocalStorage } from 'node:async_hooks';
import { redact } from './redact';

/** Identifiers every log line of a unit of work carries. */
export interface LogContext {
  tenantId?: string;
  runId?: string;
  page?: number;
  messageId?: string;
  requestId?: string;
}

type Level = 'debug' | 'info' | 'warn' | 'error';
const LEVELS: Record<Level, number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
};

/** Where log lines go; tests swap it to capture lines. */
export type LogSink = (line: string) => void;

const context = new AsyncLocalStorage<LogContext>();
let sink: LogSink = (line) => process.stdout.write(`${line}\n`);
let threshold = LEVELS[(process.env.LOG_LEVEL as Level) ?? 'info'] ?? 20;
const service = process.env.SERVICE_NAME ?? 'sga-softruck-sync';

/**
 * Runs `fn` with `extra` merged into the log context of every line it logs,
 * including lines logged by code it awaits.
 */
export function withLogContext<T>(extra: LogContext, fn: () => T): T {
  return context.run({ ...context.getStore(), ...extra }, fn);
}

/** Replaces the sink (tests) and returns the previous one. */
export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

/** Sets the lowest level that is written. */
export function setLogLevel(level: Level): void {
  threshold = LEVELS[level];
}

function write(level: Level, message: string, data?: object): void {
  if (LEVELS[level] < threshold) return;
  const line = {
    level,
    time: new Date().toISOString(),
    service,
    message,
    ...context.getStore(),
    ...(data ? (redact(data) as object) : {}),
  };
  sink(JSON.stringify(line));
}

/**
 * Structured JSON logger, one object a line. Data passes through `redact`,
 * so tokens and personal data never reach the output.
 */
export const logger = {
  debug: (message: string, data?: object) => write('debug', message, data),
  info: (message: string, data?: object) => write('info', message, data),
  warn: (message: string, data?: object) => write('warn', message, data),
  error: (message: string, data?: object) => write('error', message, data),
};
