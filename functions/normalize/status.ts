import { foldUpper } from './text';

/** The statuses that count as active when a tenant names none. */
export const DEFAULT_ACTIVE_STATUSES: readonly string[] = ['ATIVO'];

/**
 * SGA's status text in the one form the sync compares: trimmed,
 * upper-case, accents removed. Status codes differ between associations,
 * so the text is the only thing worth keying on.
 *
 * @example canonicalStatus('Ativo ') // 'ATIVO'
 */
export function canonicalStatus(text: string): string {
  return foldUpper(text);
}

/**
 * Whether `status` is one of `activeStatuses`, both compared in canonical
 * form, so a tenant may write `'Ativo'` or `'ATIVO'` alike.
 *
 * @example isActiveStatus('INADIMPLENTE', ['Ativo', 'Inadimplente']) // true
 */
export function isActiveStatus(
  status: string,
  activeStatuses: readonly string[] = DEFAULT_ACTIVE_STATUSES,
): boolean {
  const wanted = canonicalStatus(status);
  return activeStatuses.some((active) => canonicalStatus(active) === wanted);
}
