import {
  type AwsUsage,
  dailyCost,
  PRICES,
  totalUsd,
} from '../../bin/bench/awsCost';
import { scaleUsage } from '../../bin/bench/usage';

const usage: AwsUsage = {
  lambda: [
    { name: 'fan-out', memoryMb: 256, invocations: 1, seconds: 4 },
    { name: 'reconciler', memoryMb: 512, invocations: 9, seconds: 1000 },
  ],
  sqsFifoRequests: 2_000_000,
  sqsStandardRequests: 1_000_000,
  readUnits: 8_000_000,
  writeUnits: 1_000_000,
  secretsCalls: 20_000,
  secretsStored: 30,
};

const usdOf = (item: string, u = usage) =>
  dailyCost(u).find((l) => l.item.startsWith(item))?.usd;

describe('dailyCost', () => {
  it('charges Lambda by GB-second of the memory it runs with', () => {
    expect(usdOf('Lambda reconciler')).toBeCloseTo(
      500 * PRICES.lambdaArmGbSecond,
      10,
    );
    expect(usdOf('Lambda fan-out')).toBeCloseTo(
      1 * PRICES.lambdaArmGbSecond,
      10,
    );
  });

  it('charges requests and units by the million, calls by ten thousand', () => {
    expect(usdOf('SQS FIFO')).toBeCloseTo(2 * PRICES.sqsFifoPerMillion);
    expect(usdOf('SQS standard')).toBeCloseTo(PRICES.sqsStandardPerMillion);
    expect(usdOf('DynamoDB read')).toBeCloseTo(
      8 * PRICES.dynamoPerMillionReadUnits,
    );
    expect(usdOf('DynamoDB write')).toBeCloseTo(
      PRICES.dynamoPerMillionWriteUnits,
    );
    expect(usdOf('Secrets Manager calls')).toBeCloseTo(
      2 * PRICES.secretsPerTenThousandCalls,
    );
  });

  it('charges a day of each secret as a thirtieth of its month', () => {
    expect(usdOf('Secrets stored')).toBeCloseTo(PRICES.secretPerMonth);
  });

  it('adds up to the sum of its lines', () => {
    const lines = dailyCost(usage);

    expect(totalUsd(lines)).toBeCloseTo(
      lines.reduce((sum, l) => sum + l.usd, 0),
    );
  });
});

describe('scaleUsage', () => {
  it('grows what goes with records and keeps what goes with tenants', () => {
    const scaled = scaleUsage(usage, 10);

    expect(scaled.lambda[0]).toEqual(usage.lambda[0]);
    expect(scaled.lambda[1].seconds).toBe(10_000);
    expect(scaled.readUnits).toBe(80_000_000);
    expect(scaled.secretsCalls).toBe(usage.secretsCalls);
  });
});
