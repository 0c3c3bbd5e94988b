import {
  Aws,
  type CfnElement,
  Duration,
  Stack,
  TimeZone,
  Validations,
} from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** What the schedules invoke and where undeliverable invocations go. */
export interface SyncSchedulesProps {
  readonly fanOut: lambda.IFunction;
  readonly deadLetterQueue: sqs.IQueue;
  /** Hour of the daily run, 0–23, in America/Sao_Paulo. */
  readonly scheduleHour: number;
}

/** Tenants' offices and SGA's quiet hours follow Brasília time. */
export const SCHEDULE_TIME_ZONE = TimeZone.AMERICA_SAO_PAULO;

/** How often paused and stuck runs are looked at. */
export const RESUME_INTERVAL = Duration.minutes(15);

/**
 * The two EventBridge schedules that drive the fan-out. Both pass the
 * scheduled time, from which the function derives its run id: a retried
 * delivery of the same tick keeps the same id and so does no work twice.
 *
 * Scheduler invokes Lambda asynchronously, so its retries and dead-letter
 * queue cover delivery (throttling, permissions); an error thrown by the
 * function is retried by Lambda and shows in the function's error alarm.
 */
export class SyncSchedules extends Construct {
  readonly daily: scheduler.Schedule;
  readonly resume: scheduler.Schedule;
  /** The role both schedules assume. */
  readonly invokerRole: iam.Role;

  constructor(scope: Construct, id: string, props: SyncSchedulesProps) {
    super(scope, id);
    const scheduledTime = scheduler.ContextAttribute.scheduledTime;
    const role = this.createInvokerRole(props.fanOut);
    this.invokerRole = role;

    this.daily = new scheduler.Schedule(this, 'Daily', {
      description:
        `Daily sync of every tenant, ` +
        `${String(props.scheduleHour).padStart(2, '0')}:00 São Paulo time`,
      schedule: scheduler.ScheduleExpression.cron({
        minute: '0',
        hour: String(props.scheduleHour),
        timeZone: SCHEDULE_TIME_ZONE,
      }),
      target: new LambdaInvoke(props.fanOut, {
        role,
        input: scheduler.ScheduleTargetInput.fromObject({ scheduledTime }),
        deadLetterQueue: props.deadLetterQueue,
        // A day's run is worth an hour of delivery attempts.
        retryAttempts: 10,
        maxEventAge: Duration.hours(1),
      }),
    });

    this.resume = new scheduler.Schedule(this, 'Resume', {
      description: 'Resumes runs paused by an SGA block; finishes stuck runs',
      schedule: scheduler.ScheduleExpression.rate(RESUME_INTERVAL),
      target: new LambdaInvoke(props.fanOut, {
        role,
        input: scheduler.ScheduleTargetInput.fromObject({
          action: 'resume',
          scheduledTime,
        }),
        deadLetterQueue: props.deadLetterQueue,
        // The next tick does the same work, so retrying past it is waste.
        retryAttempts: 3,
        maxEventAge: Duration.minutes(10),
      }),
    });
  }

  /**
   * The role both schedules assume, trusted only by this account's default
   * schedule group. The target adds the invoke permission itself.
   */
  private createInvokerRole(fanOut: lambda.IFunction): iam.Role {
    const role = new iam.Role(this, 'InvokerRole', {
      description: 'Lets the sync schedules invoke the fan-out function',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: {
            'aws:SourceAccount': Aws.ACCOUNT_ID,
            'aws:SourceArn':
              `arn:${Aws.PARTITION}:scheduler:${Aws.REGION}:` +
              `${Aws.ACCOUNT_ID}:schedule-group/default`,
          },
        },
      }),
    });
    const fnId = Stack.of(this).getLogicalId(
      fanOut.node.defaultChild as CfnElement,
    );
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${fnId}.Arn>:*]`,
      reason:
        'The scheduler target grants invoke on the fan-out function and on ' +
        'its versions and aliases (`:*`); the wildcard reaches no other ' +
        'function.',
    });
    return role;
  }
}
