import type { Associate } from '../../functions/normalize/types';
import { mapUser, tenantUsername } from '../../functions/softruck/mapUser';

const ANA: Associate = {
  document: '52596589060',
  code: '901',
  name: 'ANA MARIA DA SILVA',
  rg: 'MG-12.345.678',
  birthDate: '1984-03-09',
  email: 'ana@example.com',
  phone: '31998124410',
};

describe('mapUser', () => {
  it('maps every field of a complete associate', () => {
    // Act
    const attributes = mapUser(ANA);

    // Assess
    expect(attributes).toEqual({
      username: '52596589060',
      name: 'ANA MARIA DA SILVA',
      email: 'ana@example.com',
      phone1: '31998124410',
      cpf: '52596589060',
      document_number: 'MG-12.345.678',
      birthdate: '1984-03-09',
      locale: 'pt-BR',
    });
  });

  it('uses the document digits as username even when there is an e-mail', () => {
    // Act
    const attributes = mapUser(ANA);

    // Assess
    expect(attributes.username).toBe(ANA.document);
  });

  it('uses a company CNPJ like a CPF', () => {
    // Act
    const attributes = mapUser({ ...ANA, document: '11222333000181' });

    // Assess
    expect(attributes.username).toBe('11222333000181');
    expect(attributes.cpf).toBe('11222333000181');
  });

  it('leaves out what SGA does not have', () => {
    // Act
    const attributes = mapUser({ document: '52596589060', name: 'ANA' });

    // Assess
    expect(attributes).toEqual({
      username: '52596589060',
      name: 'ANA',
      cpf: '52596589060',
      locale: 'pt-BR',
    });
  });

  it('cuts a long name and RG, and leaves out an e-mail too long to keep', () => {
    // Act
    const attributes = mapUser({
      ...ANA,
      name: 'N'.repeat(200),
      rg: '9'.repeat(50),
      email: `${'a'.repeat(250)}@example.com`,
    });

    // Assess
    expect(attributes.name).toHaveLength(120);
    expect(attributes.document_number).toHaveLength(30);
    expect(attributes.email).toBeUndefined();
  });
});

describe('tenantUsername', () => {
  it('qualifies the document digits with the tenant', () => {
    // Act
    const username = tenantUsername('52596589060', 'assoc-minas');

    // Assess
    expect(username).toBe('52596589060-assoc-minas');
  });

  it('stays within the username limit for the longest tenant id', () => {
    // Act
    const username = tenantUsername('11222333000181', 'a'.repeat(63));

    // Assess
    expect(username.length).toBeLessThanOrEqual(80);
    expect(username.startsWith('11222333000181-')).toBe(true);
  });
});
