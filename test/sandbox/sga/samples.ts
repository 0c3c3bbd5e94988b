import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The sample SGA answers kept in `test/fixtures/sga`, read fresh on every
 * call so that a test editing its copy cannot leak into another.
 */

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'sga');

/** The file names of the samples, by what they answer. */
export const SAMPLE_FILES = {
  pageCount: 'quantidade-paginas.json',
  page1: 'page-1.json',
  page2: 'page-2.json',
  listAll: 'listar.json',
  byCpf: 'buscar-cpf.json',
  products: 'produtos-fornecedor.json',
  blocked: 'error-blocked.json',
  notFound: 'error-not-found.json',
} as const;

/** Which sample to read. */
export type SampleName = keyof typeof SAMPLE_FILES;

/** The parsed JSON of one sample file. */
export function loadSample<T = unknown>(name: SampleName): T {
  const text = readFileSync(join(FIXTURES, SAMPLE_FILES[name]), 'utf8');
  return JSON.parse(text) as T;
}

/** The records of pages 1 and 2, in order: the samples' association. */
export function sampleRecords(): Record<string, unknown>[] {
  return [
    ...loadSample<Record<string, unknown>[]>('page1'),
    ...loadSample<Record<string, unknown>[]>('page2'),
  ];
}

/** The 403 body SGA sends to a token blocked for bulk extraction. */
export function blockedBody(): unknown {
  return loadSample('blocked');
}

/** The body SGA sends when a search or a page finds nothing. */
export function notFoundBody(): unknown {
  return loadSample('notFound');
}

/** The supplier's products, `{ "<code>": "<name>" }`. */
export function sampleProducts(): Record<string, string> {
  return loadSample<Record<string, string>>('products');
}
