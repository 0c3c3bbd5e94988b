import { SgaResponseError } from '../../functions/sga/errors';
import type { SgaClient } from '../../functions/sga/SgaClient';
import { sampleRecords, type SgaSandbox } from '../sandbox/sga';
import { type Canned, startCannedServer } from './support/cannedServer';
import { clientFor, sandboxWithSamples } from './support/sgaClientFor';

const codes = (records: unknown[]) =>
  records.map((r) => (r as { codigo_veiculo: unknown }).codigo_veiculo);

describe('SgaClient reads both page shapes from the SGA sandbox', () => {
  let sandbox: SgaSandbox;

  afterEach(() => sandbox.close());

  it.each([
    ['a JSON array', false],
    ['a numeric-keys object with a count', true],
  ])('reads a page sent as %s, in order', async (_shape, pagesAsObject) => {
    sandbox = await sandboxWithSamples({ pagesAsObject });

    const records = await clientFor(sandbox.url).page(2);

    expect(codes(records)).toEqual(codes(sampleRecords().slice(5, 10)));
  });

  it.each<[string, (sga: SgaClient) => Promise<unknown[]>, number]>([
    ['listAll', (sga) => sga.listAll(), 13],
    ['byCpf', (sga) => sga.byCpf('525.965.890-60'), 2],
    ['byPlate', (sga) => sga.byPlate('QWE4F21'), 1],
  ])('reads the numeric-keys object of %s', async (_route, call, count) => {
    sandbox = await sandboxWithSamples();

    const records = await call(clientFor(sandbox.url));

    expect(records).toHaveLength(count);
  });

  it('reads a page count sent as a numeric string', async () => {
    sandbox = await sandboxWithSamples({ countAsString: true });

    const count = await clientFor(sandbox.url).pageCount();

    expect(count).toEqual({ pages: 3, records: 13 });
  });
});

const ok = (body: unknown): Canned => ({
  status: 200,
  body: JSON.stringify(body),
});

describe('SgaClient answers the sandbox does not give', () => {
  const read = async (canned: Canned, call: (s: SgaClient) => unknown) => {
    const server = await startCannedServer(() => canned);
    try {
      return await Promise.resolve(call(clientFor(server.url))).catch(
        (error: Error) => error,
      );
    } finally {
      await server.close();
    }
  };

  it('reads both counts sent as strings', async () => {
    const body = { quantidade_paginas: ' 22 ', total_registros: '2100' };

    const count = await read(ok(body), (sga) => sga.pageCount());

    expect(count).toEqual({ pages: 22, records: 2100 });
  });

  it.each([
    ['a list error', { mensagem: 'Falha', error: ['Erro ao consultar'] }],
    ['an object error', { error: { mensagem: 'Erro ao consultar' } }],
    ['an error beside records', { 0: { codigo_veiculo: 1 }, error: 'Falha' }],
  ])('fails a 2xx answer that carries %s', async (_what, body) => {
    const failure = await read(ok(body), (sga) => sga.page(1));

    expect(failure).toBeInstanceOf(SgaResponseError);
    expect((failure as Error).message).toMatch(/^page: error in a successful/);
  });

  it('reads a 2xx whose error field is empty as records', async () => {
    const body = { 0: { codigo_veiculo: 7 }, error: [], quantidade: 1 };

    const records = await read(ok(body), (sga) => sga.byCpf('1'));

    expect(records).toEqual([{ codigo_veiculo: 7 }]);
  });

  it('fails an answer that is not JSON', async () => {
    const html = { status: 200, body: '<html>manutenção</html>' };

    const failure = await read(html, (sga) => sga.page(1));

    expect(failure).toBeInstanceOf(SgaResponseError);
  });

  it('fails a page count without a number', async () => {
    const failure = await read(ok({ quantidade_paginas: 'muitas' }), (sga) =>
      sga.pageCount(),
    );

    expect(failure).toBeInstanceOf(SgaResponseError);
  });

  it('keeps a record whose status reads BLOQUEADO: only errors block', async () => {
    const record = { codigo_veiculo: 9, descricao_situacao: 'BLOQUEADO' };

    const records = await read(ok([record]), (sga) => sga.page(1));

    expect(records).toEqual([record]);
  });

  it('reads the block message in a 2xx error as a block', async () => {
    const body = { error: ['Token BLOQUEADO temporariamente'] };

    const failure = await read(ok(body), (sga) => sga.page(1));

    expect(failure).toHaveProperty('name', 'SgaBlockedError');
  });
});
