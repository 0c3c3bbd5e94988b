/**
 * AWS's public on-demand prices in us-east-1, as published on the pricing
 * pages of Lambda, SQS, DynamoDB and Secrets Manager (checked mid-2025;
 * DynamoDB's on-demand prices are those after the November 2024 cut).
 * Free tiers are left out: the figures are what a day costs beyond them.
 */
export const PRICES = {
  region: 'us-east-1',
  lambdaArmGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  sqsStandardPerMillion: 0.4,
  sqsFifoPerMillion: 0.5,
  dynamoPerMillionWriteUnits: 0.625,
  dynamoPerMillionReadUnits: 0.125,
  secretsPerTenThousandCalls: 0.05,
  secretPerMonth: 0.4,
} as const;

/** What one Lambda function did in a day. */
export interface LambdaUsage {
  name: string;
  memoryMb: number;
  invocations: number;
  seconds: number;
}

/** What a day used, counted. */
export interface AwsUsage {
  lambda: LambdaUsage[];
  sqsStandardRequests: number;
  sqsFifoRequests: number;
  readUnits: number;
  writeUnits: number;
  secretsCalls: number;
  /** Secrets kept, charged by the month: a thirtieth of it per day. */
  secretsStored: number;
}

/** One line of the bill. */
export interface CostLine {
  item: string;
  quantity: number;
  unit: string;
  /** Dollars per `unit`. */
  price: number;
  usd: number;
}

const line = (
  item: string,
  quantity: number,
  unit: string,
  price: number,
  per: number,
): CostLine => ({ item, quantity, unit, price, usd: (quantity / per) * price });

/** The day's bill, line by line, from counted usage. */
export function dailyCost(usage: AwsUsage): CostLine[] {
  const p = PRICES;
  const lines = usage.lambda.map((fn) =>
    line(
      `Lambda ${fn.name} (${fn.memoryMb} MB, arm64)`,
      (fn.seconds * fn.memoryMb) / 1024,
      'GB-s',
      p.lambdaArmGbSecond,
      1,
    ),
  );
  const invocations = usage.lambda.reduce((n, fn) => n + fn.invocations, 0);
  return [
    ...lines,
    line('Lambda requests', invocations, '1M', p.lambdaPerMillionRequests, 1e6),
    line(
      'SQS FIFO requests',
      usage.sqsFifoRequests,
      '1M',
      p.sqsFifoPerMillion,
      1e6,
    ),
    line(
      'SQS standard requests',
      usage.sqsStandardRequests,
      '1M',
      p.sqsStandardPerMillion,
      1e6,
    ),
    line(
      'DynamoDB write units',
      usage.writeUnits,
      '1M',
      p.dynamoPerMillionWriteUnits,
      1e6,
    ),
    line(
      'DynamoDB read units',
      usage.readUnits,
      '1M',
      p.dynamoPerMillionReadUnits,
      1e6,
    ),
    line(
      'Secrets Manager calls',
      usage.secretsCalls,
      '10k',
      p.secretsPerTenThousandCalls,
      1e4,
    ),
    line(
      'Secrets stored (a day)',
      usage.secretsStored / 30,
      'secret-month',
      p.secretPerMonth,
      1,
    ),
  ];
}

/** The sum of a bill. */
export const totalUsd = (lines: CostLine[]): number =>
  lines.reduce((sum, l) => sum + l.usd, 0);
