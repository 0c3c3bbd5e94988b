import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { resolveSyncSettings } from '../../lib/SyncSettings';

// Nothing is synthesized; one directory for the apps, removed after.
const outdir = mkdtempSync(join(tmpdir(), 'sync-settings-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const nodeWith = (context: Record<string, unknown> = {}) =>
  new App({ context, outdir }).node;

describe('resolveSyncSettings', () => {
  it('applies the defaults when nothing is given', () => {
    // Act
    const settings = resolveSyncSettings(nodeWith());

    // Assess
    expect(settings).toEqual({
      scheduleHour: 3,
      pageWorkerMaxConcurrency: 50,
      sgaTokenSecretPrefix: 'sga-softruck-sync/sga/',
      softruckSecretName: 'sga-softruck-sync/softruck',
      sgaBaseUrl: 'https://api.hinova.com.br/api/sga/v2',
      softruckBaseUrl: 'https://api.softruck.com/v2',
      sgaMinIntervalMs: 1000,
      softruckRatePerMinute: 50,
      logLevel: 'info',
    });
  });

  it('reads context strings as numbers', () => {
    // Prepare
    const node = nodeWith({ scheduleHour: '5', pageWorkerMaxConcurrency: '3' });

    // Act
    const settings = resolveSyncSettings(node);

    // Assess
    expect(settings.scheduleHour).toBe(5);
    expect(settings.pageWorkerMaxConcurrency).toBe(3);
  });

  it('prefers a stack prop over the context', () => {
    // Prepare
    const node = nodeWith({ scheduleHour: '5' });

    // Act
    const settings = resolveSyncSettings(node, { scheduleHour: 7 });

    // Assess
    expect(settings.scheduleHour).toBe(7);
  });

  it('treats an empty alarmEmail as no email', () => {
    // Act
    const settings = resolveSyncSettings(nodeWith({ alarmEmail: '' }));

    // Assess
    expect(settings.alarmEmail).toBeUndefined();
  });

  it('refuses a Softruck secret name under the SGA token prefix', () => {
    // Prepare
    const node = nodeWith({ softruckSecretName: 'sga-softruck-sync/sga/x' });

    // Act
    const resolve = () => resolveSyncSettings(node);

    // Assess
    expect(resolve).toThrow(/softruckSecretName: must not start with/);
  });

  it.each([
    ['scheduleHour', '24'],
    ['scheduleHour', '2.5'],
    ['pageWorkerMaxConcurrency', '1'],
    ['alarmEmail', 'not-an-address'],
    ['sgaBaseUrl', 'http://api.hinova.com.br'],
    ['sgaTokenSecretPrefix', 'has spaces/'],
    ['logLevel', 'verbose'],
  ])('refuses %s=%s, naming the setting', (key, value) => {
    // Prepare
    const node = nodeWith({ [key]: value });

    // Act
    const resolve = () => resolveSyncSettings(node);

    // Assess
    expect(resolve).toThrow(new RegExp(`Invalid sync settings: ${key}:`));
  });
});
