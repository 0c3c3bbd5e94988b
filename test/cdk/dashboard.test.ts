import { resourceText, synthSyncStack } from './syncTemplate';

interface Widget {
  type: string;
  properties: { title: string; metrics?: unknown[][]; alarms?: string[] };
}

describe('SyncStack dashboard', () => {
  let widgets: Widget[];

  beforeAll(() => {
    const { template } = synthSyncStack();
    const dashboards = Object.values(
      template.findResources('AWS::CloudWatch::Dashboard'),
    );
    expect(dashboards).toHaveLength(1);
    const body = resourceText(dashboards[0].Properties.DashboardBody);
    widgets = JSON.parse(body).widgets;
  });

  const widget = (title: string) => {
    const found = widgets.find((w) => w.properties.title === title);
    if (!found) throw new Error(`no widget titled ${title}`);
    return found;
  };
  const metricNames = (title: string) =>
    (widget(title).properties.metrics ?? []).map((m) => m.slice(0, 2));

  it('shows the state of every alarm', () => {
    // Act
    const { alarms } = widget('Alarms').properties;

    // Assess
    expect(alarms).toHaveLength(9);
  });

  it('graphs the messages waiting in both work queues', () => {
    // Act
    const metrics = metricNames('Messages waiting');

    // Assess
    expect(metrics).toEqual([
      ['AWS/SQS', 'ApproximateNumberOfMessagesVisible'],
      ['AWS/SQS', 'ApproximateNumberOfMessagesVisible'],
    ]);
  });

  it('graphs the messages in the three dead-letter queues', () => {
    // Act
    const metrics = metricNames('Dead-letter messages');

    // Assess
    expect(metrics).toHaveLength(3);
  });

  it('graphs errors and durations of the three functions', () => {
    // Act
    const errors = metricNames('Function errors');
    const durations = metricNames('Function duration (max)');

    // Assess
    expect(errors).toEqual(Array(3).fill(['AWS/Lambda', 'Errors']));
    expect(durations).toEqual(Array(3).fill(['AWS/Lambda', 'Duration']));
  });

  it('graphs the runs that need attention', () => {
    // Act
    const metrics = metricNames('Runs needing attention');

    // Assess
    expect(metrics).toEqual([
      ['SgaSoftruckSync', 'RunsFailed'],
      ['SgaSoftruckSync', 'RunsHeld'],
      ['SgaSoftruckSync', 'RunsUnfinished'],
    ]);
  });
});
