import type { Expected } from './oracle';
import type { Snapshot } from './snapshot';

/** Records compared and what differed, for one enterprise and day. */
export interface Comparison {
  checked: number;
  mismatches: string[];
}

/**
 * After a complete run: every record the oracle names is there with its
 * key attributes and activity, nothing else is, and each linked vehicle
 * is linked to its owner alone. A vehicle or link the run reported as
 * failed (`reported`: `20003`, `link:20003`) is left to the next day,
 * which must mend it: it is checked then like any other.
 */
export function compareComplete(
  expected: Expected,
  actual: Snapshot,
  reported: Set<string> = new Set(),
): Comparison {
  const mismatches = [...actual.duplicates];
  let checked = 0;
  for (const [code, want] of expected.vehicles) {
    if (reported.has(code)) continue;
    checked += 1;
    const got = actual.vehicles.get(code);
    if (!got) {
      mismatches.push(`vehicle ${code} missing`);
      continue;
    }
    for (const field of ['plate', 'vin', 'active'] as const) {
      if (got[field] !== want[field]) {
        mismatches.push(
          `vehicle ${code} ${field}: ${got[field]}, expected ${want[field]}`,
        );
      }
    }
    const links = actual.links.get(code) ?? [];
    const owner = want.owner;
    const linkFailed = reported.has(`link:${code}`);
    const wantLink = owner && expected.users.has(owner) && !linkFailed;
    if (wantLink && links.join() !== owner) {
      mismatches.push(`vehicle ${code} linked to ${links.length} users`);
    }
  }
  for (const code of actual.vehicles.keys()) {
    if (!expected.vehicles.has(code) && !expected.unsure.codes.has(code)) {
      mismatches.push(`vehicle ${code} not expected`);
    }
  }
  for (const [cpf, active] of expected.users) {
    checked += 1;
    const got = actual.users.get(cpf);
    if (got === undefined) mismatches.push(`user missing`);
    else if (got !== active) mismatches.push(`user active: ${got}`);
  }
  for (const cpf of actual.users.keys()) {
    if (!expected.users.has(cpf) && !expected.unsure.documents.has(cpf)) {
      mismatches.push('user not expected');
    }
  }
  return { checked, mismatches };
}

/**
 * After an incomplete run: no record the previous state had is gone, and
 * none it had active is switched off.
 */
export function compareIncomplete(
  previous: Snapshot,
  actual: Snapshot,
): Comparison {
  const mismatches = [...actual.duplicates];
  let checked = 0;
  for (const [id, wasActive] of previous.ids) {
    checked += 1;
    const now = actual.ids.get(id);
    if (now === undefined) mismatches.push(`record ${id} lost`);
    else if (wasActive && !now) mismatches.push(`record ${id} deactivated`);
  }
  return { checked, mismatches };
}
