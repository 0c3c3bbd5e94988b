import { logger, withLogContext } from '../../functions/observability/logger';
import { redact, redactText } from '../../functions/observability/redact';
import { captureLogs } from '../support/captureLogs';

describe('logger', () => {
  const lines = captureLogs();

  it('writes one JSON object a line with the context ids', async () => {
    await withLogContext({ tenantId: 'alfa', runId: 'r1' }, async () => {
      await withLogContext({ page: 3, messageId: 'm-1' }, async () => {
        logger.info('page read', { records: 10 });
      });
    });

    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        message: 'page read',
        tenantId: 'alfa',
        runId: 'r1',
        page: 3,
        messageId: 'm-1',
        records: 10,
      }),
    ]);
  });

  it('never writes tokens, documents, names or birth dates', () => {
    logger.error('oops', {
      token: 'sga-token-123',
      cpf: '52596589060',
      rg: '18224730',
      birthDate: '1984-03-12',
      name: 'MARIA APARECIDA',
      error: new Error('GET failed for 921.903.006-30 with Bearer abc.def'),
    });

    const text = JSON.stringify(lines);
    for (const secret of [
      'sga-token-123',
      '52596589060',
      '18224730',
      '1984-03-12',
      'MARIA',
      '921.903.006-30',
      'abc.def',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('redact', () => {
  it('keeps ids and counts that are not personal', () => {
    expect(redact({ tenantId: 'alfa', page: 2, plate: 'ABC1D23' })).toEqual({
      tenantId: 'alfa',
      page: 2,
      plate: 'ABC1D23',
    });
  });

  it('masks CNPJs with letters in free text', () => {
    expect(redactText('cnpj 12.ABC.345/01DE-35 and 12ABC34501DE35')).toBe(
      'cnpj [document] and [document]',
    );
  });

  it('masks CNPJs in free text', () => {
    expect(redactText('cnpj 11.222.333/0001-81 refused')).toBe(
      'cnpj [document] refused',
    );
  });

  it('stops at a safe depth on deeply nested values', () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 50; i++) deep = { next: deep };

    expect(JSON.stringify(redact(deep))).toContain('[truncated]');
  });
});
