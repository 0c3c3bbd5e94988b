import { buildReport } from '../../functions/sync/buildReport';
import { formatRun } from '../../bin/commands/runText';
import { runOf } from '../support/runs';

const run = runOf({
  startedAt: '2026-12-04T06:00:00.000Z',
  finishedAt: '2026-12-04T06:10:00.000Z',
  sgaCalls: 5,
});

describe('formatRun', () => {
  it('lists each failure once, in the full list', () => {
    // Prepare
    const report = buildReport({
      run,
      outcomes: [],
      recordsRead: 10,
      recordsRejected: 1,
      rejectionReasons: [
        { key: 'page 1 record 37', reason: 'codigo_veiculo is missing' },
      ],
      conflicts: [],
      softruckCalls: 4,
      complete: true,
    });

    // Act
    const text = formatRun({ run, report, held: [], outcomes: [] });

    // Assess
    expect(text.match(/codigo_veiculo is missing/g)).toHaveLength(1);
    expect(text).toContain('  failures (1):');
  });
});
