import type { Associate } from '../normalize/types';
import { fit, type UserAttributes } from './attributes';

/**
 * Maps an associate to Softruck user attributes. The username is the
 * document's digits: SGA seldom has an e-mail, and a username must not
 * change when one appears later.
 */
export function mapUser(associate: Associate): UserAttributes {
  return {
    username: fit('username', associate.document),
    name: fit('name', associate.name),
    email: associate.email && fit('email', associate.email),
    phone1: associate.phone,
    cpf: associate.document,
    document_number: associate.rg && fit('document_number', associate.rg),
    birthdate: associate.birthDate,
    locale: 'pt-BR',
  };
}

/** Attributes a later update never changes. */
export const IMMUTABLE_USER_ATTRIBUTES = ['username'] as const;
