import { SoftruckApi } from '../../functions/softruck/SoftruckApi';
import { OutcomeStore } from '../../functions/state/OutcomeStore';
import { RunStore } from '../../functions/state/RunStore';
import { SoftruckStateStore } from '../../functions/state/SoftruckStateStore';
import { type Convergence, runConvergence } from './runsConvergence';
import type { CrashPoint } from './runsCrash';

/**
 * A run interrupted while finishing, or while changing what an earlier
 * run wrote (updates, deactivations, a sold vehicle's links), and run
 * again, leaves Softruck as an uninterrupted run does.
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
  point('before keeping the outcomes', OutcomeStore, 'putAll', 'before', 1),
  point(
    'before marking the run done',
    RunStore,
    'transition',
    'before',
    1,
    1,
    (a) => a[3] === 'DONE',
  ),
  point(
    'after a deactivation, the answer lost',
    SoftruckApi,
    'setVehicleActive',
    'after',
    2,
  ),
  point(
    'after an update, the answer lost',
    SoftruckApi,
    'updateVehicle',
    'after',
    2,
  ),
  point(
    'after unlinking the seller, the answer lost',
    SoftruckApi,
    'unlinkUsers',
    'after',
    2,
  ),
  point(
    'before recording an updated user',
    SoftruckStateStore,
    'putUser',
    'before',
    2,
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
