import { type ChildProcess, fork } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildError } from './protocol';

/** A child process of the benchmark and a way to await its messages. */
export interface Child {
  process: ChildProcess;
  /** The next message of `type`; rejects on an error message or exit. */
  next<T>(type: string, timeoutMs: number): Promise<T>;
  /** Resolves with the exit code once the child has ended. */
  exited: Promise<number | null>;
}

/**
 * Forks `script` (a sibling TypeScript file) with the loader this
 * process runs under, so it runs the same sources. Its output goes to
 * `logFile`: the handlers' logs and metrics would drown the tables.
 */
export function forkChild(
  script: string,
  options: { env: Record<string, string>; logFile: string; gc?: boolean },
): Child {
  const out = openSync(options.logFile, 'a');
  const child = fork(join(__dirname, script), [], {
    execArgv: [...process.execArgv, ...(options.gc ? ['--expose-gc'] : [])],
    env: {
      ...process.env,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...options.env,
    },
    stdio: ['ignore', out, out, 'ipc'],
  });
  const inbox: { type: string }[] = [];
  const waiting: (() => void)[] = [];
  let exited: number | null | undefined;
  const wake = () => waiting.splice(0).forEach((w) => w());
  child.on('message', (m: { type: string }) => {
    inbox.push(m);
    wake();
  });
  child.on('exit', (code) => {
    exited = code;
    wake();
  });
  async function next<T>(type: string, timeoutMs: number): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = inbox.findIndex(
        (m) => m.type === type || m.type === 'error',
      );
      if (found >= 0) {
        const [message] = inbox.splice(found, 1);
        if (message.type === 'error') {
          throw new Error(`${script}: ${(message as ChildError).error}`);
        }
        return message as T;
      }
      if (exited !== undefined) {
        throw new Error(`${script} exited (${exited}); see ${options.logFile}`);
      }
      const left = end - Date.now();
      if (left <= 0) throw new Error(`${script}: no "${type}" in time`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
  const exitedPromise = new Promise<number | null>((resolve) => {
    if (exited !== undefined) resolve(exited);
    else child.once('exit', (code) => resolve(code));
  });
  return { process: child, next, exited: exitedPromise };
}
