import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';

/** Namespace of the metrics the functions emit in embedded metric format. */
export const RUN_METRICS_NAMESPACE = 'SgaSoftruckSync';

/** A run outcome the functions count, and what its alarm tells. */
export interface RunMetric {
  readonly name: 'RunsFailed' | 'RunsHeld' | 'RunsUnfinished';
  readonly meaning: string;
}

/** The run outcomes that need an operator. */
export const RUN_METRICS: readonly RunMetric[] = [
  {
    name: 'RunsFailed',
    meaning: 'At least one tenant run failed; its run item says why.',
  },
  {
    name: 'RunsHeld',
    meaning:
      'A run held its deactivations (the brake); an operator must release ' +
      'or discard them.',
  },
  {
    name: 'RunsUnfinished',
    meaning: 'At least one run was found stuck, not finished in time.',
  },
];

/**
 * The dimension-less sum of `name` over `period`: the functions emit one
 * data point per run, without dimensions, so no tenant is left out.
 */
export function runMetric(
  name: RunMetric['name'],
  period: Duration = Duration.minutes(5),
): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: RUN_METRICS_NAMESPACE,
    metricName: name,
    statistic: cloudwatch.Stats.SUM,
    period,
  });
}
