import { isCalendarDate, normalizeDate } from '../../functions/normalize/dates';

describe('isCalendarDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2021, 4, 31, false],
    [2021, 13, 1, false],
    [2021, 0, 10, false],
    [50, 1, 1, true],
  ])('%p-%p-%p is %p', (year, month, day, expected) => {
    // Act
    const valid = isCalendarDate(year, month, day);

    // Assess
    expect(valid).toBe(expected);
  });
});

describe('normalizeDate', () => {
  it.each([
    ['an ISO date', '1984-03-12', '1984-03-12'],
    ['an ISO date with a time', '2021-06-01 10:30:00', '2021-06-01'],
    ['an ISO timestamp', '2021-06-01T10:30:00.000Z', '2021-06-01'],
    ['a Brazilian date', '31/12/1999', '1999-12-31'],
    ['padded text', ' 2021-06-01 ', '2021-06-01'],
  ])('reads %s', (_, raw, expected) => {
    // Act
    const parsed = normalizeDate(raw);

    // Assess
    expect(parsed).toEqual({ value: expected });
  });

  it.each([
    ['0000-00-00'],
    ['9999-99-99'],
    ['0000-00-00 00:00:00'],
    ['00/00/0000'],
    [''],
    [null],
    [undefined],
  ])('reads %p as no date, without a problem', (raw) => {
    // Act
    const parsed = normalizeDate(raw);

    // Assess
    expect(parsed).toEqual({});
  });

  it.each([['2023-02-29'], ['31/04/2021'], ['2021-13-01']])(
    'reports %p as not a calendar date',
    (raw) => {
      // Act
      const parsed = normalizeDate(raw);

      // Assess
      expect(parsed.value).toBeUndefined();
      expect(parsed.problem).toMatch(/calendar date/);
    },
  );

  it.each([['12-03-1984'], ['1984/03/12'], ['ontem'], [19840312]])(
    'reports %p as not a date',
    (raw) => {
      // Act
      const parsed = normalizeDate(raw);

      // Assess
      expect(parsed.value).toBeUndefined();
      expect(parsed.problem).toMatch(/not a date/);
    },
  );
});
