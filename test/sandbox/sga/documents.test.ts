import {
  breakCheckDigit,
  formatCpf,
  isValidCnpj,
  isValidCpf,
  makeCnpj,
  makeCpf,
  makeRenavam,
} from './documents';
import { Random } from './random';
import { plateKey } from './vehicleIds';

describe('document check digits', () => {
  it("accepts the samples' valid CPFs, formatted or not", () => {
    expect(isValidCpf('52596589060')).toBe(true);
    expect(isValidCpf('921.903.006-30')).toBe(true);
  });

  it("rejects the sample's CPF with a wrong check digit", () => {
    expect(isValidCpf('24072186636')).toBe(false);
  });

  it("accepts the sample company's CNPJ", () => {
    expect(isValidCnpj('58585165000152')).toBe(true);
  });

  it('rejects a CPF made of one repeated digit', () => {
    expect(isValidCpf('11111111111')).toBe(false);
  });

  it('makes CPFs and CNPJs that pass, and broken ones that fail', () => {
    const random = new Random(5);
    const cpfs = Array.from({ length: 200 }, () => makeCpf(random));
    const cnpjs = Array.from({ length: 200 }, () => makeCnpj(random));

    expect(cpfs.every(isValidCpf)).toBe(true);
    expect(cnpjs.every(isValidCnpj)).toBe(true);
    expect(cpfs.map(breakCheckDigit).some(isValidCpf)).toBe(false);
  });

  it('formats a CPF as 999.999.999-99', () => {
    expect(formatCpf('52596589060')).toBe('525.965.890-60');
  });

  it('makes 11-digit RENAVAMs', () => {
    const renavam = makeRenavam(new Random(9));

    expect(renavam).toMatch(/^\d{11}$/);
  });
});

describe('plateKey', () => {
  it('reads an old plate as its Mercosul form', () => {
    expect(plateKey('hgb-3390')).toBe('HGB3D90');
  });

  it('keeps a Mercosul plate as it is', () => {
    expect(plateKey('QWE4F21')).toBe('QWE4F21');
  });
});
