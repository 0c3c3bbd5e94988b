import { setMetricSink } from '../../functions/observability/metrics';
import { generateAssociation, type RawRecord } from '../sandbox/sga';
import {
  makeTenants,
  startWorld,
  type World,
} from '../sga/support/pipelineWorld';

/**
 * Every run counts how SGA's records differ from what the sync assumes,
 * and refuses to write when the change is sudden.
 */
const [drifted, codeless] = makeTenants(['drifted', 'codeless']);

/** FIPE as whole-number text, a new status, a field of SGA's own. */
function drift(records: RawRecord[]): RawRecord[] {
  return records.map((record, i) => ({
    ...record,
    valor_fipe: String(30_000 + i),
    descricao_situacao: i % 10 === 0 ? 'SUSPENSO' : record.descricao_situacao,
    codigo_rastreador: i,
  }));
}

function withoutCode(records: RawRecord[]): RawRecord[] {
  return records.map(({ codigo_veiculo: _code, ...rest }) => rest);
}

let world: World;
let served: number;
const metrics: Record<string, unknown>[] = [];
let previousSink: (line: string) => void;

beforeAll(async () => {
  world = await startWorld([drifted, codeless]);
  // After the pipeline starts: it silences metrics for the terminal.
  previousSink = setMetricSink((line) => metrics.push(JSON.parse(line)));
  const records = (seed: number) => generateAssociation({ seed, vehicles: 80 });
  const served1 = drift(records(1));
  served = served1.length;
  world.sga.setAssociation(drifted.sgaToken, {
    records: served1,
    pageSize: 20,
  });
  world.sga.setBehaviour(drifted.sgaToken, { pagesAsObject: true });
  const served2 = withoutCode(records(2));
  world.sga.setAssociation(codeless.sgaToken, {
    records: served2,
    pageSize: 20,
  });
}, 30_000);

afterAll(async () => {
  setMetricSink(previousSink);
  await world.close();
});

describe('drift in a run', () => {
  it('fails a run whose records lost the vehicle code, before any Softruck call', async () => {
    const [outcome] = await world.run([codeless], { tenantId: codeless.id });

    expect(outcome.status).toBe('FAILED');
    expect(outcome.error).toMatch(
      /^SGA changed what it sends; nothing written: the run: codigo_veiculo missing or unreadable on (\d+) of \1 records; page 1: /,
    );
    expect(world.softruck.requests).toEqual([]);
  });

  it('reports new formats, statuses and fields, and still writes', async () => {
    const [outcome] = await world.run([drifted], { tenantId: drifted.id });

    expect(outcome.status).toBe('DONE');
    const items = outcome.report?.drift?.items ?? [];
    expect(items).toEqual(
      expect.arrayContaining([
        {
          kind: 'new format',
          field: 'valor_fipe',
          value: 'text #+',
          records: served,
        },
        {
          kind: 'new status',
          field: 'descricao_situacao',
          value: 'SUSPENSO',
          records: expect.any(Number),
        },
        { kind: 'new field', field: 'codigo_rastreador', records: served },
      ]),
    );
    expect(outcome.report?.drift?.sudden).toEqual([]);
    expect(outcome.report?.vehicles.created).toBeGreaterThan(0);
  });

  it('emits the drift of a finished run as metrics', () => {
    const line = metrics.find(
      (m) =>
        m.runId !== undefined &&
        m.DriftNewFormats !== undefined &&
        m.DriftSudden === 0,
    );

    expect(line).toMatchObject({
      tenantId: drifted.id,
      DriftNewFormats: 1,
      DriftNewStatuses: 1,
    });
  });

  it('counts the refused run in the drift metrics as sudden', () => {
    const line = metrics.find(
      (m) => m.tenantId === codeless.id && m.DriftSudden,
    );

    expect(line).toMatchObject({ DriftSudden: 1, DriftMissingFields: 1 });
  });
});
