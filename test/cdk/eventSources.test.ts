import { synthSyncStack, type SyncTemplate } from './syncTemplate';

describe('SyncStack event sources', () => {
  let synth: SyncTemplate;

  beforeAll(() => {
    synth = synthSyncStack();
  });

  const mappingOf = (s: SyncTemplate, name: 'pageWorker' | 'reconciler') => {
    const found = s.template.findResources('AWS::Lambda::EventSourceMapping', {
      Properties: { FunctionName: { Ref: s.idOf(s.stack.functions[name]) } },
    });
    expect(Object.keys(found)).toHaveLength(1);
    return Object.values(found)[0].Properties;
  };

  it('feeds the page worker one page at a time, failures reported', () => {
    // Act
    const mapping = mappingOf(synth, 'pageWorker');

    // Assess
    expect(mapping.EventSourceArn).toEqual({
      'Fn::GetAtt': [synth.idOf(synth.stack.queues.pageQueue), 'Arn'],
    });
    expect(mapping.BatchSize).toBe(1);
    expect(mapping.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
  });

  it('runs at most 50 page workers by default, one per tenant of fifty', () => {
    // Act
    const mapping = mappingOf(synth, 'pageWorker');

    // Assess
    expect(mapping.ScalingConfig).toEqual({ MaximumConcurrency: 50 });
  });

  it('takes the page worker limit from pageWorkerMaxConcurrency', () => {
    // Prepare
    const custom = synthSyncStack({ pageWorkerMaxConcurrency: '4' });

    // Act
    const mapping = mappingOf(custom, 'pageWorker');

    // Assess
    expect(mapping.ScalingConfig).toEqual({ MaximumConcurrency: 4 });
  });

  it('feeds the reconciler one message at a time, failures reported', () => {
    // Act
    const mapping = mappingOf(synth, 'reconciler');

    // Assess
    expect(mapping.EventSourceArn).toEqual({
      'Fn::GetAtt': [synth.idOf(synth.stack.queues.reconcileQueue), 'Arn'],
    });
    expect(mapping.BatchSize).toBe(1);
    expect(mapping.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
  });

  it('runs at most 2 reconcilers', () => {
    // Act
    const mapping = mappingOf(synth, 'reconciler');

    // Assess
    expect(mapping.ScalingConfig).toEqual({ MaximumConcurrency: 2 });
  });
});
