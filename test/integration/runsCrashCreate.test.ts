import { SoftruckApi } from '../../functions/softruck/SoftruckApi';
import { SoftruckStateStore } from '../../functions/state/SoftruckStateStore';
import { describeConvergence } from './runsConvergence';
import { type CrashPoint, crashPoint } from './runsCrash';

/**
 * A run interrupted at any step of its creations, before a write or
 * after it with the answer lost, and run again, leaves Softruck as an
 * uninterrupted run does: nothing duplicated, nothing missed.
 */
const POINTS: CrashPoint[] = [
  crashPoint(
    'after creating vehicles, the answer lost',
    SoftruckApi,
    'createVehicles',
    'after',
    1,
  ),
  crashPoint(
    'before recording a created vehicle',
    SoftruckStateStore,
    'putVehicle',
    'before',
    1,
    3,
  ),
  crashPoint(
    'after creating a user, the answer lost',
    SoftruckApi,
    'createUser',
    'after',
    1,
    2,
  ),
  crashPoint(
    'before recording a created user',
    SoftruckStateStore,
    'putUser',
    'before',
    1,
    5,
  ),
  crashPoint(
    'after linking users, the answer lost',
    SoftruckApi,
    'linkUsers',
    'after',
    1,
  ),
];

describeConvergence('a run interrupted while writing, then run again', POINTS);
