import type { Associate } from '../normalize/types';
import { fit, fitWhole, type UserAttributes } from './attributes';

/**
 * Maps an associate to Softruck user attributes. The username is the
 * document's digits: SGA seldom has an e-mail, and a username must not
 * change when one appears later. An e-mail too long for Softruck is left
 * out rather than cut into a wrong address; other text is cut to fit.
 */
export function mapUser(associate: Associate): UserAttributes {
  return {
    username: fit('username', associate.document),
    name: fit('name', associate.name),
    email: fitWhole('email', associate.email),
    phone1: associate.phone && fit('phone1', associate.phone),
    cpf: associate.document,
    document_number: associate.rg && fit('document_number', associate.rg),
    birthdate: associate.birthDate,
    locale: 'pt-BR',
  };
}

/** Attributes a later update never changes. */
export const IMMUTABLE_USER_ATTRIBUTES = ['username'] as const;

/**
 * The username used when the document's digits are taken by a user of
 * another enterprise (the same associate in two tenants): usernames are
 * unique across Softruck, CPFs only within an enterprise. Stable, so a
 * retried create collides with itself and is adopted.
 *
 * @example tenantUsername('52596589060', 'assoc-minas')
 * // '52596589060-assoc-minas'
 */
export function tenantUsername(document: string, tenantId: string): string {
  return fit('username', `${document}-${tenantId}`);
}
