import type { Outcome } from '../../functions/state/OutcomeStore';
import {
  buildReport,
  type ReportInput,
} from '../../functions/sync/buildReport';
import { missingPages } from '../../functions/sync/missingPages';
import { runOf } from '../support/runs';

const run = runOf({
  pageCount: 4,
  pagesDone: [1, 3],
  startedAt: '2026-12-04T06:00:00.000Z',
  finishedAt: '2026-12-04T06:10:00.000Z',
});

const input = (outcomes: Outcome[], extra: Partial<ReportInput> = {}) => ({
  run,
  outcomes,
  recordsRead: 10,
  recordsRejected: 1,
  rejectionReasons: [{ key: 'vehicle:9', reason: 'placa is not a plate' }],
  conflicts: [],
  softruckCalls: 12,
  complete: false,
  ...extra,
});

const o = (
  key: string,
  step: Outcome['step'],
  outcome: Outcome['outcome'],
  detail?: string,
): Outcome => ({
  key,
  kind: key.startsWith('user')
    ? 'user'
    : key.startsWith('link')
      ? 'link'
      : 'vehicle',
  step,
  outcome,
  ...(detail ? { detail } : {}),
});

describe('buildReport', () => {
  it('counts each outcome by kind', () => {
    const report = buildReport(
      input([
        o('vehicle:1', 'create', 'created'),
        o('vehicle:2', 'update', 'updated', 'color'),
        o('vehicle:3', 'deactivate', 'held', 'brake'),
        o('user:associate-1', 'create', 'failed', 'cpf taken'),
        o('link:1', 'link', 'linked', 'replaced the previous user'),
      ]),
    );

    expect(report.vehicles).toMatchObject({ created: 1, updated: 1, held: 1 });
    expect(report.users.failed).toBe(1);
    expect(report.links).toEqual({ linked: 1, unlinked: 1, failed: 0 });
    expect(report.held).toEqual({ reason: 'held by the brake', count: 1 });
  });

  it('counts a record as unchanged only when nothing else happened to it', () => {
    const report = buildReport(
      input([
        o('vehicle:1', 'update', 'updated', 'color'),
        o('vehicle:1', 'none', 'unchanged', 'not active in SGA (CANCELADO)'),
        o('vehicle:2', 'none', 'unchanged'),
      ]),
    );

    expect(report.vehicles).toMatchObject({ updated: 1, unchanged: 1 });
  });

  it('lists failures by key and reason, rejected records first', () => {
    const report = buildReport(
      input([o('user:associate-1', 'create', 'failed', 'cpf taken')]),
    );

    expect(report.failures).toEqual([
      { key: 'vehicle:9', reason: 'placa is not a plate' },
      { key: 'user:associate-1', reason: 'cpf taken' },
    ]);
  });

  it('names the missing pages, the calls to each API and the duration', () => {
    const report = buildReport(input([]));

    expect(report.missingPages).toEqual([2, 4]);
    expect(report.calls).toEqual({ sga: 4, softruck: 12 });
    expect(report.durationMs).toBe(600_000);
  });
});

describe('missingPages', () => {
  it('lists the pages of the count not marked read, in order', () => {
    expect(missingPages({ pageCount: 5, pagesDone: [4, 1, 2] })).toEqual([
      3, 5,
    ]);
  });

  it('is empty for a run of zero pages', () => {
    expect(missingPages({ pageCount: 0, pagesDone: [] })).toEqual([]);
  });
});
