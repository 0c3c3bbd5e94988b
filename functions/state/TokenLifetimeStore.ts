import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { logger } from '../observability/logger';
import type { LifetimeMemory } from '../softruck/TokenCache';
import { keys } from './keys';

/**
 * How long a Softruck account's tokens last, as one process learned it,
 * for every other process of the account: each would otherwise learn it
 * from a refused request of its own.
 */
export class TokenLifetimeStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(account: string): Promise<number | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.table, Key: this.key(account) }),
    );
    const lifetimeMs = Number(out.Item?.lifetimeMs);
    return lifetimeMs > 0 ? lifetimeMs : undefined;
  }

  /** Keeps the latest lifetime learned: tokens may come to last less. */
  async put(account: string, lifetimeMs: number): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          ...this.key(account),
          lifetimeMs,
          learnedAt: new Date().toISOString(),
        },
      }),
    );
  }

  /**
   * The memory of `account`'s token lifetime, for the token cache. Both
   * ways are best effort: a failure is logged, and costs at worst one
   * refused request in a process that has to learn the lifetime again.
   */
  memoryOf(account: () => Promise<string>): LifetimeMemory {
    return {
      recall: async () =>
        this.get(await account()).catch((error: Error) => {
          logger.warn('softruck token lifetime not read', {
            reason: error.name,
          });
          return undefined;
        }),
      remember: async (lifetimeMs) => {
        logger.info('softruck token lifetime learned', { lifetimeMs });
        await this.put(await account(), lifetimeMs).catch((error: Error) => {
          logger.warn('softruck token lifetime not kept', {
            reason: error.name,
          });
        });
      },
    };
  }

  private key(account: string) {
    return { pk: keys.rate(account), sk: keys.tokenLifetime };
  }
}
