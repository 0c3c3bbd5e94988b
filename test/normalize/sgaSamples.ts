import { normalizeRecord } from '../../functions/normalize/normalizeRecord';
import buscarCpf from '../fixtures/sga/buscar-cpf.json';
import listar from '../fixtures/sga/listar.json';
import page1 from '../fixtures/sga/page-1.json';
import page2 from '../fixtures/sga/page-2.json';

/** Raw SGA records as a test may mutate them. */
export type RawRecord = Record<string, unknown>;

/** The records of a `listar`/`buscar` body: numeric keys, plus a count. */
function recordsOfKeyedBody(body: Record<string, unknown>): RawRecord[] {
  return Object.keys(body)
    .filter((key) => /^\d+$/.test(key))
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => body[key] as RawRecord);
}

/** A fresh copy, so that no test can change another's sample. */
function copy<T>(value: T): T {
  return structuredClone(value);
}

export const samples = {
  page1: (): RawRecord[] => copy(page1) as RawRecord[],
  page2: (): RawRecord[] => copy(page2) as RawRecord[],
  listar: (): RawRecord[] => recordsOfKeyedBody(copy(listar)),
  buscarCpf: (): RawRecord[] => recordsOfKeyedBody(copy(buscarCpf)),
};

/** The page-1 record with the given vehicle code. */
export function page1Record(code: string): RawRecord {
  const found = samples.page1().find((r) => `${r.codigo_veiculo}` === code);
  if (found === undefined) throw new Error(`no sample record ${code}`);
  return found;
}

/** Sample 10231 with some fields replaced. */
export function sampleWith(changes: RawRecord): RawRecord {
  return { ...page1Record('10231'), ...changes };
}

/** The normalized page-1 record of a code; fails the test if rejected. */
export function acceptedSample(code: string) {
  const result = normalizeRecord(page1Record(code));
  if (!result.ok) throw new Error(`sample ${code} was rejected`);
  return result;
}
