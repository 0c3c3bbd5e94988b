import type { ReadRecord } from '../../functions/state/types';
import { associate, desiredOf, record, vehicle } from './fixtures';

/** Every order of `items`, for small arrays. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [
      item,
      ...rest,
    ]),
  );
}

const winnerOf = (records: ReadRecord[], code: string) =>
  desiredOf(records).vehicles.get(code)?.vehicle;

describe('resolveRecords', () => {
  it('makes one vehicle of one code seen on several pages', () => {
    const v = vehicle(1001);
    const records = [record(v, { page: 1 }), record(v, { page: 3 })];

    const desired = desiredOf(records);

    expect([...desired.vehicles.keys()]).toEqual(['1001']);
  });

  it('prefers the active reading of a code, then the later contract, then the later page', () => {
    const records = [
      record(
        vehicle(1001, { status: 'CANCELADO', contractDate: '2025-05-01' }),
        { page: 4 },
      ),
      record(vehicle(1001, { color: 'OLD', contractDate: '2023-01-01' }), {
        page: 3,
      }),
      record(vehicle(1001, { color: 'NEW', contractDate: '2024-01-01' }), {
        page: 1,
      }),
      record(
        vehicle(1001, { color: 'LATER PAGE', contractDate: '2024-01-01' }),
        { page: 2 },
      ),
    ];

    expect(winnerOf(records, '1001')?.color).toBe('LATER PAGE');
  });

  it('gives the same result whatever order the pages arrive in', () => {
    const records = [
      record(vehicle(1001, { status: 'CANCELADO' }), { page: 1, index: 0 }),
      record(vehicle(1001, { color: 'AZUL' }), { page: 2, index: 0 }),
      record(vehicle(1001, { color: 'VERDE' }), { page: 3, index: 0 }),
      record(vehicle(1002, { plate: 'AAA1001', contractDate: '2025-01-01' }), {
        page: 2,
        index: 1,
      }),
    ];
    const expected = desiredOf(records);
    const sortConflicts = (c: { key: string }[]) =>
      [...c].sort((a, b) => a.key.localeCompare(b.key));

    for (const order of permutations(records)) {
      const desired = desiredOf(order);

      expect(desired.vehicles).toEqual(expected.vehicles);
      expect(desired.users).toEqual(expected.users);
      expect(sortConflicts(desired.conflicts)).toEqual(
        sortConflicts(expected.conflicts),
      );
    }
  });

  it('keeps the active one of two codes with one plate and reports the other', () => {
    const records = [
      record(vehicle(1001, { plate: 'XYZ1A23', status: 'CANCELADO' })),
      record(vehicle(1002, { plate: 'XYZ1A23' })),
    ];

    const desired = desiredOf(records);

    expect([...desired.vehicles.keys()]).toEqual(['1002']);
    expect(desired.conflicts).toEqual([
      {
        key: 'vehicle:1001',
        reason: 'plate also used by vehicle 1002, kept',
      },
    ]);
  });

  it('keeps the later contract of two active codes with one plate', () => {
    const records = [
      record(vehicle(1001, { plate: 'XYZ1A23', contractDate: '2025-02-01' })),
      record(vehicle(1002, { plate: 'XYZ1A23', contractDate: '2021-02-01' })),
    ];

    expect([...desiredOf(records).vehicles.keys()]).toEqual(['1001']);
  });

  it('makes one user of an associate with several vehicles, active when one is', () => {
    const owner = associate(1001);
    const records = [
      record(vehicle(1001, { status: 'CANCELADO' }), {}, owner),
      record(vehicle(1002, { ownerDocument: owner.document }), {}, owner),
    ];

    const desired = desiredOf(records);

    expect([...desired.users.keys()]).toEqual([owner.document]);
    expect(desired.users.get(owner.document)).toMatchObject({
      active: true,
      vehicleCode: '1002',
    });
  });

  it('makes an associate none of whose vehicles is active an inactive user', () => {
    const records = [record(vehicle(1001, { status: 'SUSPENSO' }))];

    const desired = desiredOf(records);

    expect(desired.users.get(associate(1001).document)?.active).toBe(false);
  });

  it('leaves out the associate of a record whose associate part was rejected', () => {
    const records = [{ ...record(vehicle(1001)), associate: undefined }];

    const desired = desiredOf(records);

    expect(desired.vehicles.size).toBe(1);
    expect(desired.users.size).toBe(0);
  });
});
