import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTenantsFile } from '../../bin/local/loadTenantsFile';
import { ConfigError } from '../../functions/config/formatIssues';
import { TENANTS } from '../support/sandboxes';

/**
 * A tenants file that would point the sync at the wrong place or leave it
 * without a token is refused whole, in one line naming the field and
 * never the value. (A malformed CNPJ, an unknown `sync` and a non-https
 * SGA_BASE_URL are proved through the command line in test/cli.)
 */
const dir = mkdtempSync(join(tmpdir(), 'tenants-refusals-'));
const TOKEN = 'sga-token-planted-SECRET-77';

function load(tenant: Record<string, unknown>): () => unknown {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({ tenants: [tenant] }));
  return () => loadTenantsFile(path);
}

const valid = { ...TENANTS[0], sgaToken: TOKEN };

describe('a tenants file that is refused', () => {
  it('accepts the valid tenant the refusals start from', () => {
    expect(load(valid)()).toHaveLength(1);
  });

  it('refuses a tenant without an SGA token, naming the field', () => {
    const { sgaToken: _omitted, ...tenant } = valid;

    expect(load(tenant)).toThrow(ConfigError);
    expect(load(tenant)).toThrow(/tenants\.0\.sgaToken/);
  });

  it('refuses an empty SGA token', () => {
    expect(load({ ...valid, sgaToken: '' })).toThrow(/tenants\.0\.sgaToken/);
  });

  it.each([
    'http://api.hinova.com.br/api/sga/v2',
    'http://10.0.0.8/api/sga/v2',
    'ftp://api.hinova.com.br/',
    'not a url',
  ])('refuses the tenant SGA base URL %s', (sgaBaseUrl) => {
    expect(load({ ...valid, sgaBaseUrl })).toThrow(/tenants\.0\.sgaBaseUrl/);
  });

  it.each(['http://127.0.0.1:8080/api', 'http://localhost:1/api'])(
    'accepts the loopback base URL %s, for the local servers',
    (sgaBaseUrl) => {
      expect(load({ ...valid, sgaBaseUrl })()).toHaveLength(1);
    },
  );

  it.each(['11.222.333/0001-8', '00000000000000', ''])(
    'refuses the malformed CNPJ "%s"',
    (cnpj) => {
      expect(load({ ...valid, cnpj })).toThrow(
        /tenants\.0\.cnpj: is not a valid CNPJ/,
      );
    },
  );

  it.each(['all', 'BOTH', '', 3])('refuses the sync value %p', (sync) => {
    expect(load({ ...valid, sync })).toThrow(/tenants\.0\.sync/);
  });

  it('never repeats the token in its message', () => {
    const attempt = load({ ...valid, cnpj: 'x', sgaBaseUrl: 'http://a.b' });

    expect(attempt).toThrow(ConfigError);
    expect(() => attempt()).not.toThrow(new RegExp(TOKEN));
  });
});
