import { SoftruckApi } from '../../functions/softruck/SoftruckApi';
import { SoftruckStateStore } from '../../functions/state/SoftruckStateStore';
import { type Convergence, runConvergence } from './runsConvergence';
import type { CrashPoint } from './runsCrash';

/**
 * A run interrupted at any step of its creations, before a write or
 * after it with the answer lost, and run again, leaves Softruck as an
 * uninterrupted run does: nothing duplicated, nothing missed.
 */
const point = (
  name: string,
  owner: CrashPoint['owner'],
  method: string,
  when: CrashPoint['when'],
  day: number,
  nth = 1,
  matches?: CrashPoint['matches'],
): CrashPoint => ({ name, owner, method, when, day, nth, matches });

const POINTS: CrashPoint[] = [
  point(
    'after creating vehicles, the answer lost',
    SoftruckApi,
    'createVehicles',
    'after',
    1,
  ),
  point(
    'before recording a created vehicle',
    SoftruckStateStore,
    'putVehicle',
    'before',
    1,
    3,
  ),
  point(
    'after creating a user, the answer lost',
    SoftruckApi,
    'createUser',
    'after',
    1,
    2,
  ),
  point(
    'before recording a created user',
    SoftruckStateStore,
    'putUser',
    'before',
    1,
    5,
  ),
  point(
    'after linking users, the answer lost',
    SoftruckApi,
    'linkUsers',
    'after',
    1,
  ),
];

let result: Convergence;

beforeAll(async () => {
  result = await runConvergence(POINTS);
}, 120_000);

afterAll(() => result.world.close());

describe('a run interrupted while writing, then run again', () => {
  it('reached every crash point', () => {
    expect(result.unfired).toEqual([]);
  });

  it.each(POINTS.map((p) => p.name))(
    'converges to the uninterrupted Softruck state, crashing %s',
    (name) => {
      const crashed = result.crashed.get(name);

      expect(crashed?.day1).toEqual(result.reference.day1);
      expect(crashed?.day2).toEqual(result.reference.day2);
    },
  );
});
