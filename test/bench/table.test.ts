import { ratio, show, table } from '../../bin/bench/table';

describe('table', () => {
  it('aligns text left and numbers right, grouped by thousands', () => {
    const text = table(
      ['kind', 'calls'],
      [
        ['login', 1],
        ['userCreate', 1943],
      ],
    );

    expect(text.split('\n')).toEqual([
      'kind        calls',
      '----------  -----',
      'login           1',
      'userCreate  1,943',
    ]);
  });
});

describe('show', () => {
  it('keeps at most the given decimals', () => {
    expect(show(0.08234, 3)).toBe('0.082');
  });
});

describe('ratio', () => {
  it('rounds to two decimals and has none for a zero divisor', () => {
    expect(ratio(2302, 2221)).toBe(1.04);
    expect(ratio(1, 0)).toBeNaN();
  });
});
