import { accountOf, budgetKey } from '../../functions/runtime/createServices';

describe('the Softruck budget item', () => {
  it('is one per account: the same public key, whoever logs in', () => {
    expect(budgetKey(accountOf('pk-live-123'))).toEqual(
      budgetKey(accountOf('pk-live-123')),
    );
    expect(accountOf('pk-live-123')).not.toBe(accountOf('pk-live-124'));
  });

  it('names the account by a digest, never by the key itself', () => {
    const key = budgetKey(accountOf('pk-live-123'));

    expect(key.pk).toMatch(/^RATE#[0-9a-f]{24}$/);
    expect(JSON.stringify(key)).not.toContain('pk-live-123');
  });
});
