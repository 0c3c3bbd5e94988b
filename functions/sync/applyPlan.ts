import type { SoftruckApi } from '../softruck/SoftruckApi';
import { LINK_BATCH, VEHICLE_BATCH } from '../softruck/SoftruckApi';
import { SoftruckTransientError } from '../softruck/errors';
import type { Outcome } from '../state/OutcomeStore';
import type {
  SoftruckState,
  SoftruckStateStore,
} from '../state/SoftruckStateStore';
import type { Action } from './plan';
import { createVehicles } from './createVehicles';
import { createUser } from './createUser';
import { errorReason } from './errorReason';
import { linkUsers } from './linkUsers';
import { writeKnown } from './writeKnown';

/** What applying a plan needs. `state` is kept current as writes land. */
export interface ApplyContext {
  api: SoftruckApi;
  store: SoftruckStateStore;
  tenantId: string;
  enterpriseId: string;
  runId: string;
  state: SoftruckState;
  /** Epoch ms after which no new write starts (the first always does). */
  deadline: number;
}

export interface ApplyResult {
  outcomes: Outcome[];
  /** Actions not done: the deadline came, or Softruck kept failing. */
  remaining: Action[];
  /** Why the run stopped early, when it did. */
  interruption?: string;
}

/**
 * Steps in a row whose Softruck trouble outlasted the client's retries
 * before the run stops: one such step is a record's problem (it fails,
 * the run goes on); several in a row mean Softruck is unwell.
 */
export const TRANSIENT_STREAK_LIMIT = 3;

interface Trouble {
  actions: Action[];
  reason: string;
}

/**
 * Applies actions in order, vehicle creates and links in batches. A
 * record Softruck refuses fails alone, with the reason. Transient trouble
 * that outlasts the client's retries fails the step once the next step
 * succeeds; `TRANSIENT_STREAK_LIMIT` steps of it in a row stop the run,
 * and those steps stay to do, like everything the deadline leaves.
 */
export async function applyPlan(
  context: ApplyContext,
  actions: Action[],
): Promise<ApplyResult> {
  const outcomes: Outcome[] = [];
  let streak: Trouble[] = [];
  let index = 0;
  while (index < actions.length) {
    if (index > 0 && Date.now() >= context.deadline) {
      return stop(outcomes, streak, actions.slice(index), 'time budget used');
    }
    const step = stepAt(actions, index);
    index += step.length;
    const before = outcomes.length;
    try {
      await apply(context, step, outcomes);
      outcomes.splice(before, 0, ...streak.flatMap(failedAll));
      streak = [];
    } catch (error) {
      if (!(error instanceof SoftruckTransientError)) throw error;
      const done = new Set(outcomes.slice(before).map(outcomeKey));
      const open = step.filter((a) => !done.has(actionKey(a)));
      streak.push({ actions: open, reason: errorReason(error) });
      if (streak.length >= TRANSIENT_STREAK_LIMIT) {
        return stop(outcomes, streak, actions.slice(index), error.message);
      }
    }
  }
  outcomes.push(...streak.flatMap(failedAll));
  return { outcomes, remaining: [] };
}

function stop(
  outcomes: Outcome[],
  streak: Trouble[],
  rest: Action[],
  why: string,
): ApplyResult {
  const remaining = [...streak.flatMap((t) => t.actions), ...rest];
  return { outcomes, remaining, interruption: why };
}

/** The next step: a batch of vehicle creates or links, else one action. */
function stepAt(actions: Action[], from: number): Action[] {
  const first = actions[from];
  const batchable =
    first.type === 'link' ||
    (first.type === 'create' && first.kind === 'vehicle');
  if (!batchable) return [first];
  const limit = first.type === 'link' ? LINK_BATCH : VEHICLE_BATCH;
  const step: Action[] = [];
  for (let i = from; i < actions.length && step.length < limit; i++) {
    const a = actions[i];
    if (a.type !== first.type || a.kind !== first.kind) break;
    step.push(a);
  }
  return step;
}

async function apply(
  c: ApplyContext,
  step: Action[],
  into: Outcome[],
): Promise<void> {
  const [first] = step;
  if (first.type === 'link') {
    return linkUsers(c, step as Extract<Action, { type: 'link' }>[], into);
  }
  if (first.type === 'create' && first.kind === 'vehicle') {
    return createVehicles(c, step as never, into);
  }
  try {
    into.push(
      first.type === 'create'
        ? await createUser(c, first)
        : await writeKnown(c, first),
    );
  } catch (error) {
    if (error instanceof SoftruckTransientError) throw error;
    into.push(failed(first, errorReason(error)));
  }
}

const actionKey = (a: Action) => `${a.label}#${a.type}`;
const outcomeKey = (o: Outcome) => `${o.key}#${o.step}`;

function failed(action: Action, reason: string): Outcome {
  return {
    key: action.label,
    kind: action.kind,
    step: action.type,
    outcome: 'failed',
    detail: reason,
  };
}

const failedAll = (trouble: Trouble) =>
  trouble.actions.map((action) => failed(action, trouble.reason));
