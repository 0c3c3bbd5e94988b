import { ReadStore } from '../../functions/state/ReadStore';
import { RunStore } from '../../functions/state/RunStore';
import { describeConvergence } from './runsConvergence';
import type { CrashPoint } from './runsCrash';

/**
 * A run interrupted at any step of its start or its reading, and run
 * again, leaves Softruck as an uninterrupted run does.
 */
const POINTS: CrashPoint[] = [
  {
    name: 'after recording the run, before sending its pages',
    owner: RunStore,
    method: 'create',
    when: 'after',
    nth: 1,
    day: 1,
  },
  {
    name: 'before storing the second page read',
    owner: ReadStore,
    method: 'putPage',
    when: 'before',
    nth: 2,
    day: 1,
  },
  {
    name: 'after marking the first page done',
    owner: RunStore,
    method: 'markPageDone',
    when: 'after',
    nth: 1,
    day: 1,
  },
  {
    name: 'after flipping the run to READ, before asking for the reconcile',
    owner: RunStore,
    method: 'transition',
    when: 'after',
    nth: 1,
    day: 1,
    matches: (args) => args[3] === 'READ',
  },
  {
    name: 'after marking page 2 of the second day done',
    owner: RunStore,
    method: 'markPageDone',
    when: 'after',
    nth: 1,
    day: 2,
    matches: (args) => args[2] === 2,
  },
];

describeConvergence(
  'a run interrupted while starting or reading, then run again',
  POINTS,
  (result) => {
    it('wrote something on both days, so the comparison means something', () => {
      const { day1, day2 } = result().reference;

      expect(day1.vehicles.length).toBeGreaterThan(20);
      expect(day1.links.length).toBeGreaterThan(15);
      expect(day2).not.toEqual(day1);
      expect(day2.vehicles.filter((v) => !v.active).length).toBeGreaterThan(0);
    });
  },
);
