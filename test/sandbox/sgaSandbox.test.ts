import {
  fetchSga,
  loadSample,
  sampleProducts,
  sampleRecords,
  SGA_PATHS,
  SgaSandbox,
  startSgaSandbox,
} from './sga';

const TOKEN = 'token-a';

let sga: SgaSandbox;
const get = (path: string, token = TOKEN) => fetchSga(sga.url, path, token);

beforeEach(async () => {
  // The samples' 13 records at 11 a page are exactly page-1 and page-2.
  sga = await startSgaSandbox({
    associations: {
      [TOKEN]: {
        records: sampleRecords(),
        pageSize: 11,
        products: sampleProducts(),
      },
    },
    behaviour: { latencyMs: 0 },
  });
});

afterEach(() => sga.close());

describe('SGA sandbox routes', () => {
  it('listens on loopback under the API base path', () => {
    expect(sga.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/sga\/v2$/);
  });

  it('answers the page count and the total of records', async () => {
    const reply = await get(SGA_PATHS.pageCount);

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ quantidade_paginas: 2, total_registros: 13 });
  });

  it('answers each page as the array of its records, from page 1', async () => {
    const first = await get(SGA_PATHS.page(1));
    const second = await get(SGA_PATHS.page(2));

    expect(first.body).toEqual(loadSample('page1'));
    expect(second.body).toEqual(loadSample('page2'));
  });

  it('answers listar with every record as a numeric-keys object', async () => {
    const reply = await get(SGA_PATHS.listAll);

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual(loadSample('listAll'));
  });

  it('finds by CPF, formatted or not, once per vehicle', async () => {
    const digits = await get(SGA_PATHS.byCpf('52596589060'));
    const formatted = await get(SGA_PATHS.byCpf('525.965.890-60'));

    expect(digits.body).toEqual(loadSample('byCpf'));
    expect(formatted.body).toEqual(loadSample('byCpf'));
  });

  it('finds a plate whatever its case and dash', async () => {
    const reply = await get(SGA_PATHS.byPlate('HGB3390'));

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      '0': { codigo_veiculo: 10232, placa: 'hgb-3390' },
      quantidade_veiculos: 1,
    });
  });

  it('finds a chassis stored with spaces and in lower case', async () => {
    const reply = await get(SGA_PATHS.byChassis('9BD1954JM2P501234'));

    expect(reply.body).toMatchObject({
      '0': { codigo_veiculo: '10237' },
      quantidade_veiculos: 1,
    });
  });

  it('answers 406 and the not-found body when nothing is found', async () => {
    const reply = await get(SGA_PATHS.byPlate('AAA0000'));

    expect(reply.status).toBe(406);
    expect(reply.body).toEqual(loadSample('notFound'));
  });

  it('answers the supplier products it was given', async () => {
    const reply = await get(SGA_PATHS.products);

    expect(reply.body).toEqual(loadSample('products'));
  });

  it('derives products from the records when none are given', async () => {
    sga.setAssociation(TOKEN, { records: sampleRecords() });

    const reply = await get(SGA_PATHS.products);

    expect(reply.body).toEqual({ '88': 'RASTREADOR GPS/GPRS' });
  });

  it('answers product types as a code-to-name object', async () => {
    sga.setAssociation(TOKEN, {
      records: [],
      productTypes: { '3': 'RASTREADOR' },
    });

    const reply = await get(SGA_PATHS.productTypes);

    expect(reply.body).toEqual({ '3': 'RASTREADOR' });
  });

  it('serves the replaced association after setAssociation', async () => {
    const [first] = sampleRecords();
    sga.setAssociation(TOKEN, { records: [first] });

    const reply = await get(SGA_PATHS.pageCount);

    expect(reply.body).toEqual({ quantidade_paginas: 1, total_registros: 1 });
  });

  it('serves each token its own association', async () => {
    sga.setAssociation('token-b', { records: [] });

    const a = await get(SGA_PATHS.pageCount, TOKEN);
    const b = await get(SGA_PATHS.pageCount, 'token-b');

    expect(a.body).toMatchObject({ total_registros: 13 });
    expect(b.body).toEqual({ quantidade_paginas: 0, total_registros: 0 });
  });

  it('answers 404 on a path that is no supplier-sync route', async () => {
    const reply = await get('/veiculo/listar');

    expect(reply.status).toBe(404);
  });
});
