import { synthSyncStack, type SyncTemplate } from './syncTemplate';

describe('SyncStack schedules', () => {
  let synth: SyncTemplate;

  beforeAll(() => {
    synth = synthSyncStack();
  });

  const scheduleOf = (s: SyncTemplate, name: 'daily' | 'resume') =>
    s.template.toJSON().Resources[s.idOf(s.stack.schedules[name])].Properties;

  it('runs the daily sync at 03:00 São Paulo time by default', () => {
    // Act
    const daily = scheduleOf(synth, 'daily');

    // Assess
    expect(daily.ScheduleExpression).toBe('cron(0 3 * * ? *)');
    expect(daily.ScheduleExpressionTimezone).toBe('America/Sao_Paulo');
  });

  it('moves the daily sync to the scheduleHour from context', () => {
    // Prepare
    const custom = synthSyncStack({ scheduleHour: '22' });

    // Act
    const daily = scheduleOf(custom, 'daily');

    // Assess
    expect(daily.ScheduleExpression).toBe('cron(0 22 * * ? *)');
  });

  it('passes the scheduled time to the fan-out', () => {
    // Act
    const { Target } = scheduleOf(synth, 'daily');

    // Assess
    expect(Target.Arn).toEqual({
      'Fn::GetAtt': [synth.idOf(synth.stack.functions.fanOut), 'Arn'],
    });
    expect(JSON.parse(Target.Input)).toEqual({
      scheduledTime: '<aws.scheduler.scheduled-time>',
    });
  });

  it('asks the fan-out to resume runs every 15 minutes', () => {
    // Act
    const resume = scheduleOf(synth, 'resume');

    // Assess
    expect(resume.ScheduleExpression).toBe('rate(15 minutes)');
    expect(resume.Target.Arn).toEqual({
      'Fn::GetAtt': [synth.idOf(synth.stack.functions.fanOut), 'Arn'],
    });
    expect(JSON.parse(resume.Target.Input)).toEqual({
      action: 'resume',
      scheduledTime: '<aws.scheduler.scheduled-time>',
    });
  });

  it('retries the daily delivery for up to an hour', () => {
    // Act
    const { RetryPolicy } = scheduleOf(synth, 'daily').Target;

    // Assess
    expect(RetryPolicy).toEqual({
      MaximumEventAgeInSeconds: 3600,
      MaximumRetryAttempts: 10,
    });
  });

  it('stops retrying a resume before the next one is due', () => {
    // Act
    const { RetryPolicy } = scheduleOf(synth, 'resume').Target;

    // Assess
    expect(RetryPolicy.MaximumRetryAttempts).toBeGreaterThan(0);
    expect(RetryPolicy.MaximumEventAgeInSeconds).toBeLessThan(15 * 60);
  });

  it('sends undeliverable invocations to the scheduler DLQ', () => {
    // Prepare
    const dlq = synth.idOf(synth.stack.queues.schedulerDeadLetterQueue);

    // Act
    const configs = (['daily', 'resume'] as const).map(
      (name) => scheduleOf(synth, name).Target.DeadLetterConfig,
    );

    // Assess
    expect(configs).toEqual([
      { Arn: { 'Fn::GetAtt': [dlq, 'Arn'] } },
      { Arn: { 'Fn::GetAtt': [dlq, 'Arn'] } },
    ]);
  });

  it('fires the daily sync at the exact time, not in a window', () => {
    // Act
    const window = scheduleOf(synth, 'daily').FlexibleTimeWindow;

    // Assess
    expect(window).toEqual({ Mode: 'OFF' });
  });
});
