import {
  canonicalStatus,
  DEFAULT_ACTIVE_STATUSES,
  isActiveStatus,
} from '../../functions/normalize/status';

describe('canonicalStatus', () => {
  it.each([
    ['Ativo ', 'ATIVO'],
    ['ATIVO', 'ATIVO'],
    ['  inadimplente', 'INADIMPLENTE'],
    ['Excluído', 'EXCLUIDO'],
    ['em   análise', 'EM ANALISE'],
  ])('reads %p as %p', (text, expected) => {
    // Act
    const status = canonicalStatus(text);

    // Assess
    expect(status).toBe(expected);
  });
});

describe('isActiveStatus', () => {
  it('counts only ATIVO as active by default', () => {
    // Act
    const results = ['ATIVO', 'INATIVO', 'CANCELAMENTO'].map((s) =>
      isActiveStatus(s),
    );

    // Assess
    expect(DEFAULT_ACTIVE_STATUSES).toEqual(['ATIVO']);
    expect(results).toEqual([true, false, false]);
  });

  it('compares canonical forms on both sides', () => {
    // Act
    const active = isActiveStatus('Ativo ', ['ativo']);

    // Assess
    expect(active).toBe(true);
  });

  it('accepts the active statuses a tenant names', () => {
    // Prepare
    const tenantActive = ['ATIVO', 'Inadimplente'];

    // Act
    const defaulting = isActiveStatus('INADIMPLENTE', tenantActive);
    const pending = isActiveStatus('PENDENTE', tenantActive);

    // Assess
    expect(defaulting).toBe(true);
    expect(pending).toBe(false);
  });

  it('finds nothing active when a tenant names no status', () => {
    // Act
    const active = isActiveStatus('ATIVO', []);

    // Assess
    expect(active).toBe(false);
  });
});
