import type { Context } from 'aws-lambda';

/** The environment the three handlers read, with local test values. */
export function handlerEnv(extra: Record<string, string> = {}) {
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    TABLE_NAME: 'sync-table',
    PAGE_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/1/pages.fifo',
    RECONCILE_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/1/reconcile',
    SGA_MIN_INTERVAL_MS: '0',
    LOG_LEVEL: 'error',
    ...extra,
  });
}

export const context = { awsRequestId: 'req-1' } as Context;

/** A tenant item as the table holds it. */
export const TENANT_ITEM = {
  pk: 'TENANT',
  sk: 'alfa',
  id: 'alfa',
  company: 'Associação Alfa',
  cnpj: '11222333000181',
  softruckEnterpriseId: 'EntAlfa00000001',
  sync: 'both',
  deactivateNonActive: true,
};
