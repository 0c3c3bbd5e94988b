import {
  collapsedShape,
  formatOf,
  maskValue,
} from '../../functions/drift/valueFormat';

describe('maskValue', () => {
  it('replaces a CPF by its shape', () => {
    expect(maskValue('123.456.789-09')).toBe('###.###.###-##');
  });

  it('replaces a name by its shape, accents and case kept apart', () => {
    expect(maskValue('José da Silva')).toBe('Aaaa aa Aaaaa');
  });

  it('replaces a Mercosul plate by its shape', () => {
    expect(maskValue('QWE4F21')).toBe('AAA#A##');
  });

  it('masks numbers and nested values member by member', () => {
    expect(maskValue({ a: 1234, b: ['Ab'] })).toEqual({
      a: '####',
      b: ['Aa'],
    });
  });
});

describe('formatOf', () => {
  it('names an assumed money format', () => {
    expect(formatOf('45.678,90', 'money')).toEqual({
      name: '#.###,##',
      assumed: true,
    });
  });

  it('describes whole-number text where money is assumed', () => {
    expect(formatOf('58432', 'money')).toEqual({
      name: 'text #+',
      assumed: false,
    });
  });

  it('takes SGA empty values for assumed everywhere', () => {
    expect(formatOf('0000-00-00', 'date').assumed).toBe(true);
    expect(formatOf('()', 'phone').assumed).toBe(true);
  });
});

describe('collapsedShape', () => {
  it('writes each run of a class once', () => {
    expect(collapsedShape('R$ 1.234,56')).toBe('A$ #.#+,#+');
  });
});
