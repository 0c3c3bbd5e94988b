import { synthSyncStack, type SyncTemplate } from './syncTemplate';

const ALARM_ON_FIRST = {
  Threshold: 0,
  ComparisonOperator: 'GreaterThanThreshold',
  EvaluationPeriods: 1,
  TreatMissingData: 'notBreaching',
};

describe('SyncStack alarms', () => {
  let synth: SyncTemplate;
  let alarms: Record<string, Record<string, unknown>>;

  beforeAll(() => {
    synth = synthSyncStack({ alarmEmail: 'ops@example.com' });
    alarms = Object.fromEntries(
      synth.stack.alarms.alarms.map((alarm) => [
        alarm.node.id,
        synth.template.toJSON().Resources[synth.idOf(alarm)].Properties,
      ]),
    );
  });

  it('alarms on the first message in each dead-letter queue', () => {
    // Prepare
    const dlqs = synth.stack.queues.deadLetterQueues;

    // Act
    const watched = dlqs.map(({ label }) => alarms[`${label}DeadLetters`]);

    // Assess
    expect(watched).toHaveLength(3);
    dlqs.forEach(({ queue }, i) => {
      expect(watched[i]).toMatchObject({
        ...ALARM_ON_FIRST,
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [
          {
            Name: 'QueueName',
            Value: { 'Fn::GetAtt': [synth.idOf(queue), 'QueueName'] },
          },
        ],
      });
    });
  });

  it('alarms on any failed, held or unfinished run', () => {
    // Act
    const watched = ['RunsFailed', 'RunsHeld', 'RunsUnfinished'].map(
      (name) => alarms[name],
    );

    // Assess
    for (const [i, name] of [
      'RunsFailed',
      'RunsHeld',
      'RunsUnfinished',
    ].entries()) {
      expect(watched[i]).toMatchObject({
        ...ALARM_ON_FIRST,
        Namespace: 'SgaSoftruckSync',
        MetricName: name,
        Statistic: 'Sum',
      });
      expect(watched[i]).not.toHaveProperty('Dimensions');
    }
  });

  it('alarms on any error of each function', () => {
    // Prepare
    const { functions } = synth.stack;

    // Act
    const watched = functions.all.map(({ id }) => alarms[`${id}Errors`]);

    // Assess
    functions.all.forEach(({ function: fn }, i) => {
      expect(watched[i]).toMatchObject({
        ...ALARM_ON_FIRST,
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: synth.idOf(fn) } }],
      });
    });
  });

  it('notifies the alarmEmail address through a topic', () => {
    // Prepare
    const topic = { Ref: synth.idOf(synth.stack.alarms.topic!) };

    // Act
    const actions = Object.values(alarms).map((a) => a.AlarmActions);

    // Assess
    expect(actions).toHaveLength(9);
    for (const list of actions) expect(list).toEqual([topic]);
    synth.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
      TopicArn: topic,
    });
  });

  it('refuses alarm publications without TLS', () => {
    // Act
    const policy = synth.template.findResources('AWS::SNS::TopicPolicy');

    // Assess
    const [statement] =
      Object.values(policy)[0].Properties.PolicyDocument.Statement;
    expect(statement).toMatchObject({
      Effect: 'Deny',
      Action: 'sns:Publish',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
  });

  it('creates no topic without alarmEmail, and keeps the alarms', () => {
    // Prepare
    const quiet = synthSyncStack();

    // Act
    const topics = quiet.template.findResources('AWS::SNS::Topic');

    // Assess
    expect(topics).toEqual({});
    quiet.template.resourceCountIs('AWS::CloudWatch::Alarm', 9);
  });
});
