import { setLogSink } from '../../functions/observability/logger';

/**
 * Captures the log lines of each test, parsed, instead of printing them;
 * call at the top of a `describe`.
 */
export function captureLogs(): Record<string, unknown>[] {
  const lines: Record<string, unknown>[] = [];
  let previous: ReturnType<typeof setLogSink>;
  beforeEach(() => {
    lines.length = 0;
    previous = setLogSink((line) => lines.push(JSON.parse(line)));
  });
  afterEach(() => setLogSink(previous));
  return lines;
}
