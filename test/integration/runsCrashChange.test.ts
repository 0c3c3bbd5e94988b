import { SoftruckApi } from '../../functions/softruck/SoftruckApi';
import { OutcomeStore } from '../../functions/state/OutcomeStore';
import { RunStore } from '../../functions/state/RunStore';
import { SoftruckStateStore } from '../../functions/state/SoftruckStateStore';
import { describeConvergence } from './runsConvergence';
import { type CrashPoint, crashPoint } from './runsCrash';

/**
 * A run interrupted while finishing, or while changing what an earlier
 * run wrote (updates, deactivations, a sold vehicle's links), and run
 * again, leaves Softruck as an uninterrupted run does.
 */
const POINTS: CrashPoint[] = [
  crashPoint(
    'before keeping the outcomes',
    OutcomeStore,
    'putAll',
    'before',
    1,
  ),
  crashPoint(
    'before marking the run done',
    RunStore,
    'transition',
    'before',
    1,
    1,
    (a) => a[3] === 'DONE',
  ),
  crashPoint(
    'after a deactivation, the answer lost',
    SoftruckApi,
    'setVehicleActive',
    'after',
    2,
  ),
  crashPoint(
    'after an update, the answer lost',
    SoftruckApi,
    'updateVehicle',
    'after',
    2,
  ),
  crashPoint(
    'after unlinking the seller, the answer lost',
    SoftruckApi,
    'unlinkUsers',
    'after',
    2,
  ),
  crashPoint(
    'before recording an updated user',
    SoftruckStateStore,
    'putUser',
    'before',
    2,
  ),
];

describeConvergence('a run interrupted while writing, then run again', POINTS);
