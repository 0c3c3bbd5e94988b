import { Match, type Template } from 'aws-cdk-lib/assertions';
import { synthSyncStack, type SyncTemplate } from './syncTemplate';

const NAMES = ['fanOut', 'pageWorker', 'reconciler'] as const;
type Name = (typeof NAMES)[number];

describe('SyncStack functions', () => {
  let synth: SyncTemplate;
  let functions: ReturnType<Template['findResources']>;

  beforeAll(() => {
    synth = synthSyncStack();
    functions = synth.template.findResources('AWS::Lambda::Function');
  });

  const propertiesOf = (name: Name) =>
    functions[synth.idOf(synth.stack.functions[name])].Properties;
  const variablesOf = (name: Name) => propertiesOf(name).Environment.Variables;

  it('runs all three on Node.js 22, arm64', () => {
    // Prepare
    const expected = {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
    };

    // Act
    const matching = synth.template.findResources('AWS::Lambda::Function', {
      Properties: expected,
    });

    // Assess
    expect(Object.keys(functions)).toHaveLength(3);
    expect(Object.keys(matching).sort()).toEqual(Object.keys(functions).sort());
  });

  it('gives fan-out 5 minutes, page worker 10 and reconciler 15', () => {
    // Act
    const timeouts = NAMES.map((name) => propertiesOf(name).Timeout);

    // Assess
    expect(timeouts).toEqual([300, 600, 900]);
  });

  it('enables source maps at run time', () => {
    // Act
    const options = NAMES.map((name) => variablesOf(name).NODE_OPTIONS);

    // Assess
    expect(options).toEqual(Array(3).fill('--enable-source-maps'));
  });

  it('tells every function the table and both queues', () => {
    // Prepare
    const { table, queues } = synth.stack;
    const expected = {
      TABLE_NAME: { Ref: synth.idOf(table.table) },
      PAGE_QUEUE_URL: { Ref: synth.idOf(queues.pageQueue) },
      RECONCILE_QUEUE_URL: { Ref: synth.idOf(queues.reconcileQueue) },
      SERVICE_NAME: 'sga-softruck-sync',
      LOG_LEVEL: 'info',
    };

    // Act
    const variables = NAMES.map((name) => variablesOf(name));

    // Assess
    for (const vars of variables) expect(vars).toMatchObject(expected);
  });

  it('tells the SGA readers the token prefix, base URL and pace', () => {
    // Prepare
    const expected = {
      SGA_TOKEN_SECRET_PREFIX: 'sga-softruck-sync/sga/',
      SGA_BASE_URL: 'https://api.hinova.com.br/api/sga/v2',
      SGA_MIN_INTERVAL_MS: '1000',
    };

    // Act
    const readers = [variablesOf('fanOut'), variablesOf('pageWorker')];

    // Assess
    for (const vars of readers) expect(vars).toMatchObject(expected);
    expect(variablesOf('reconciler')).not.toHaveProperty(
      'SGA_TOKEN_SECRET_PREFIX',
    );
  });

  it('tells only the reconciler the Softruck secret, URL and budget', () => {
    // Prepare
    const secretId = synth.idOf(synth.stack.secrets.softruckSecret);

    // Act
    const reconciler = variablesOf('reconciler');

    // Assess
    expect(reconciler).toMatchObject({
      SOFTRUCK_SECRET_ID: { Ref: secretId },
      SOFTRUCK_BASE_URL: 'https://api.softruck.com/v2',
      SOFTRUCK_RATE_PER_MINUTE: '50',
    });
    expect(variablesOf('fanOut')).not.toHaveProperty('SOFTRUCK_SECRET_ID');
    expect(variablesOf('pageWorker')).not.toHaveProperty('SOFTRUCK_SECRET_ID');
  });

  it('passes settings from context into the environment', () => {
    // Prepare
    const custom = synthSyncStack({
      sgaTokenSecretPrefix: 'acme/sga/',
      softruckRatePerMinute: '40',
      logLevel: 'debug',
    });

    // Act
    const reconciler = custom.template.findResources('AWS::Lambda::Function', {
      Properties: {
        Environment: {
          Variables: Match.objectLike({
            SOFTRUCK_RATE_PER_MINUTE: '40',
            LOG_LEVEL: 'debug',
          }),
        },
      },
    });
    const readers = custom.template.findResources('AWS::Lambda::Function', {
      Properties: {
        Environment: {
          Variables: Match.objectLike({ SGA_TOKEN_SECRET_PREFIX: 'acme/sga/' }),
        },
      },
    });

    // Assess
    expect(Object.keys(reconciler)).toHaveLength(1);
    expect(Object.keys(readers)).toHaveLength(2);
  });

  it('logs each function to its own log group, kept three months', () => {
    // Act
    const groups = NAMES.map(
      (name) =>
        (propertiesOf(name).LoggingConfig as { LogGroup: unknown }).LogGroup,
    );

    // Assess
    expect(new Set(groups.map((g) => JSON.stringify(g))).size).toBe(3);
    synth.template.resourcePropertiesCountIs(
      'AWS::Logs::LogGroup',
      { RetentionInDays: 90 },
      3,
    );
  });
});
