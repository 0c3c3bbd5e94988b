import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { packParts, unpackPart } from '../../functions/state/packedParts';

/** Entries that gzip cannot shrink much: random hex. */
const noisy = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    i,
    noise: randomBytes(48).toString('hex'),
  }));

describe('packParts', () => {
  it('packs a small list into one part that unpacks to the same list', () => {
    const list = [{ code: '1001' }, { code: '1002', plate: 'AAA1B23' }];

    const parts = packParts(list);

    expect(parts).toHaveLength(1);
    expect(unpackPart(parts[0])).toEqual(list);
  });

  it('packs nothing for an empty list', () => {
    expect(packParts([])).toEqual([]);
  });

  it('splits a list too large for one part, keeping every entry in order', () => {
    const list = noisy(400);

    const parts = packParts(list, 8_000);

    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(8_000);
    expect(parts.flatMap((p) => unpackPart(p))).toEqual(list);
  });

  it('keeps one entry whole even when it alone is over the limit', () => {
    const list = noisy(1);

    const parts = packParts(list, 10);

    expect(parts).toHaveLength(1);
    expect(unpackPart(parts[0])).toEqual(list);
  });

  it('refuses a part that does not hold a list', () => {
    const notAList = gzipSync('{"a":1}');

    expect(() => unpackPart(notAList)).toThrow('a packed part is not a list');
  });
});
