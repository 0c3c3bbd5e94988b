import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Run, RunStatus } from './types';
import {
  driftFromItem,
  driftUpdate,
  type PageDrift,
} from '../drift/driftAttributes';
import { isConditionFailed } from './dynamo';
import { keys } from './keys';

/** Result of marking a page read. */
export interface PageMark {
  /** False when the page had been marked before (a redelivery). */
  firstTime: boolean;
  run: Run;
}

/**
 * Runs and their progress. Completion is detected without transactions:
 * each page is ADDed to a number set under the condition that it is not
 * in it yet, so a page delivered twice counts once, and the status flip
 * that follows is conditional, so exactly one caller wins it.
 */
export class RunStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Creates the run unless it exists; returns the stored one either way. */
  async create(run: Run): Promise<{ created: boolean; run: Run }> {
    const { pagesDone: _done, anomalies, ...rest } = run;
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...this.key(run.tenantId, run.runId),
            ...rest,
            ...(anomalies.length ? { anomalies: new Set(anomalies) } : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { created: true, run };
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const existing = await this.get(run.tenantId, run.runId);
      if (!existing) throw error;
      return { created: false, run: existing };
    }
  }

  async get(tenantId: string, runId: string): Promise<Run | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.table,
        Key: this.key(tenantId, runId),
        ConsistentRead: true,
      }),
    );
    return out.Item ? fromItem(out.Item) : undefined;
  }

  /** The tenant's runs, newest first. */
  async latest(tenantId: string, limit = 10): Promise<Run[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :run)',
        ExpressionAttributeValues: {
          ':pk': keys.tenantPartition(tenantId),
          ':run': keys.runPrefix,
        },
        ScanIndexForward: false,
        Limit: limit,
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map(fromItem);
  }

  /**
   * Records a page as read, once, with the anomalies it showed and the SGA
   * calls it took; `progressAt` tells how long a run has been stalled.
   */
  async markPageDone(
    tenantId: string,
    runId: string,
    page: number,
    anomalies: string[],
    sgaCalls: number,
    drift?: PageDrift,
  ): Promise<PageMark> {
    // Counted in the same conditional update as the page: a redelivered
    // page adds its drift once.
    const counted = driftUpdate(drift);
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: this.key(tenantId, runId),
          UpdateExpression:
            'ADD pagesDone :page, sgaCalls :calls' +
            (anomalies.length ? ', anomalies :anomalies' : '') +
            counted.adds.map((add) => `, ${add}`).join('') +
            ' SET progressAt = :now',
          ConditionExpression:
            'attribute_exists(pk) AND NOT contains(pagesDone, :n)',
          ...(counted.adds.length
            ? { ExpressionAttributeNames: counted.names }
            : {}),
          ExpressionAttributeValues: {
            ':now': Date.now(),
            ':page': new Set([page]),
            ':n': page,
            ':calls': sgaCalls,
            ...(anomalies.length ? { ':anomalies': new Set(anomalies) } : {}),
            ...counted.values,
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return { firstTime: true, run: fromItem(out.Attributes ?? {}) };
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const run = await this.get(tenantId, runId);
      if (!run) {
        throw new Error(`run ${runId} of ${tenantId} does not exist`, {
          cause: error,
        });
      }
      return { firstTime: false, run };
    }
  }

  /**
   * Moves the run to `to` if its status is one of `from`, setting `fields`
   * too. Returns false, changing nothing, when another caller got there.
   */
  async transition(
    tenantId: string,
    runId: string,
    from: RunStatus[],
    to: RunStatus,
    fields: Partial<Omit<Run, 'anomalies' | 'pagesDone'>> = {},
    anomalies: string[] = [],
  ): Promise<boolean> {
    const values: Record<string, unknown> = { ':to': to };
    const names: Record<string, string> = { '#status': 'status' };
    const sets = ['#status = :to'];
    Object.entries({ ...fields, status: undefined }).forEach(([k, v], i) => {
      if (v === undefined) return;
      names[`#f${i}`] = k;
      values[`:f${i}`] = v;
      sets.push(`#f${i} = :f${i}`);
    });
    const allowed = from.map((_, i) => `:from${i}`);
    from.forEach((status, i) => (values[`:from${i}`] = status));
    let update = `SET ${sets.join(', ')}`;
    if (anomalies.length) {
      update += ' ADD anomalies :anomalies';
      values[':anomalies'] = new Set(anomalies);
    }
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: this.key(tenantId, runId),
          UpdateExpression: update,
          ConditionExpression: `#status IN (${allowed.join(', ')})`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  /**
   * Ends a reconcile's turn: adds its Softruck calls to the run's count
   * and stamps the turn's end as `reconciledAt`.
   */
  async endReconcileTurn(
    tenantId: string,
    runId: string,
    calls: number,
  ): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: this.key(tenantId, runId),
        UpdateExpression: 'ADD softruckCalls :calls SET reconciledAt = :now',
        ExpressionAttributeValues: { ':calls': calls, ':now': Date.now() },
      }),
    );
  }

  private key(tenantId: string, runId: string) {
    return { pk: keys.tenantPartition(tenantId), sk: keys.run(runId) };
  }
}

function fromItem(item: Record<string, unknown>): Run {
  const { rest: stored, ...drift } = driftFromItem(item);
  const { pk: _pk, sk: _sk, pagesDone, anomalies, ...rest } = stored;
  return {
    ...(rest as unknown as Run),
    ...drift,
    sgaCalls: Number(rest.sgaCalls ?? 0),
    pagesDone: [...((pagesDone as Set<number>) ?? [])]
      .map(Number)
      .sort((a, b) => a - b),
    anomalies: [...((anomalies as Set<string>) ?? [])].sort(),
  };
}
