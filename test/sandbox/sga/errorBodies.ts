import { blockedBody, notFoundBody } from './samples';

/**
 * Error bodies in the two shapes SGA uses, `{"mensagem", "error": [...]}`
 * and `{"error": {"mensagem"}}`, with Portuguese messages.
 */

function listShape(mensagem: string, detail: string) {
  return { mensagem, error: [detail] };
}

/** No token, or one the sandbox does not know. */
export function unauthorizedBody() {
  return listShape(
    'Unauthorized',
    'Token de acesso inválido ou não informado. Verifique o cabeçalho ' +
      'Authorization.',
  );
}

/** A route that is not enabled on the token. */
export function disabledBody(status: 404 | 401 | 403) {
  if (status === 404) {
    return { error: { mensagem: 'Rota não encontrada ou não liberada.' } };
  }
  return listShape(
    status === 401 ? 'Unauthorized' : 'Forbidden',
    'Token sem permissão para acessar esta rota.',
  );
}

/** A path that is none of the supplier-sync routes. */
export function unknownRouteBody() {
  return { error: { mensagem: 'Rota não encontrada.' } };
}

/** Anything but GET. */
export function methodNotAllowedBody() {
  return listShape('Method Not Allowed', 'Método não permitido nesta rota.');
}

const FAULT_TITLES: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** An injected server fault. */
export function serverFaultBody(status: number) {
  return listShape(
    FAULT_TITLES[status] ?? 'Internal Server Error',
    'Erro interno no servidor. Tente novamente mais tarde.',
  );
}

export { blockedBody, notFoundBody };
