import { changedAttributes } from '../softruck/attributes';
import type { Action, Plan, RecordKind } from './plan';
import type { PlanInput } from './planChanges';

/** What the sync last wrote for a record. */
export interface Known {
  softruckId: string;
  active: boolean;
  attributes: object;
}

/** What SGA asks for one record, in Softruck's terms. */
export interface Wanted {
  kind: RecordKind;
  key: string;
  label: string;
  active: boolean;
  /** SGA's status, for the record of a change that is not written. */
  status: string;
  attributes: object;
  immutable?: readonly string[];
}

/** The rule table, row by row, writing into one plan. */
export class Rules {
  private readonly deactivates: boolean;

  constructor(
    private readonly input: PlanInput,
    private readonly plan: Plan,
  ) {
    this.deactivates = input.tenant.deactivateNonActive;
  }

  /** A record SGA has: create, update, switch on or off, or note why not. */
  compare(wanted: Wanted, known: Known | undefined): void {
    const { kind, key, label } = wanted;
    if (!known) {
      if (wanted.active || !this.deactivates) {
        const { attributes } = wanted;
        this.push({ type: 'create', kind, key, label, attributes } as Action);
      } else {
        this.note(wanted, `not active in SGA (${wanted.status}); not created`);
      }
      return;
    }
    const { softruckId } = known;
    const changes = changedAttributes(
      known.attributes as Record<string, unknown>,
      wanted.attributes as Record<string, unknown>,
      wanted.immutable ?? [],
    );
    const updates = Object.keys(changes).length > 0;
    if (updates) {
      const { attributes } = wanted;
      this.push({
        type: 'update',
        ...{ kind, key, label, softruckId, changes, attributes },
      } as Action);
    }
    if (wanted.active && !known.active) {
      this.push({ type: 'reactivate', kind, key, label, softruckId });
      return;
    }
    if (wanted.active || !known.active) {
      if (!updates) this.note(wanted);
      return;
    }
    const why = `not active in SGA (${wanted.status})`;
    const blocked = this.blocked(this.input.read !== 'incomplete');
    if (blocked) this.note(wanted, `${why}; ${blocked}`);
    else {
      this.push({
        type: 'deactivate',
        kind,
        key,
        label,
        softruckId,
        reason: why,
      });
    }
  }

  /** A record the sync wrote that SGA no longer has. */
  absent(kind: RecordKind, key: string, label: string, known: Known): void {
    if (!known.active || this.input.read === 'lookup') return;
    const why = 'absent from SGA';
    const blocked = this.blocked(this.input.read === 'complete');
    if (blocked) {
      this.plan.unchanged.push({ kind, label, detail: `${why}; ${blocked}` });
      return;
    }
    const { softruckId } = known;
    this.push({
      type: 'deactivate',
      kind,
      key,
      label,
      softruckId,
      reason: why,
    });
  }

  /** Why a deactivation the record calls for is not made, if it is not. */
  private blocked(readAllows: boolean): string | undefined {
    if (!this.deactivates)
      return 'not deactivated: the tenant never deactivates';
    if (!readAllows) return 'not deactivated: the read is incomplete';
    return undefined;
  }

  private push(action: Action): void {
    this.plan.actions.push(action);
  }

  private note(wanted: Wanted, detail?: string): void {
    const { kind, label } = wanted;
    this.plan.unchanged.push(
      detail ? { kind, label, detail } : { kind, label },
    );
  }
}
