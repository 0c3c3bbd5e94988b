import { notFound } from '../errors';
import type { Reply } from '../http';
import type { Route } from '../router';

/** A record that can be switched off and on again. */
interface Switchable {
  deactivatedAt: string | null;
}

/**
 * `PATCH <base>/:id/status/activation` and `/deactivation`. Both are
 * idempotent: deactivating twice keeps the first date.
 */
export function statusRoutes<T extends Switchable>(
  base: string,
  find: (id: string) => T | undefined,
  show: (record: T) => Reply['body'],
  now: () => number,
): Route[] {
  const route = (action: string, apply: (record: T) => void): Route => ({
    method: 'PATCH',
    pattern: `${base}/:id/status/${action}`,
    handle(ctx) {
      const record = find(ctx.params.id);
      if (!record) throw notFound(`${base.slice(1)} ${ctx.params.id}`);
      apply(record);
      return { status: 200, body: { data: show(record) } };
    },
  });
  return [
    route('activation', (record) => {
      record.deactivatedAt = null;
    }),
    route('deactivation', (record) => {
      record.deactivatedAt ??= new Date(now()).toISOString();
    }),
  ];
}
