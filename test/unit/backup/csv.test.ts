import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '@/lib/export/list-csv';

describe('CSV cells', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'two\nlines', null, 3, true])).toBe('a,"b,c","say ""hi""","two\nlines",,3,true\r\n'.replace('"two\nlines"', '"two\nlines"'));
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-42')).toBe('-42');
    expect(csvCell('调用服务失败')).toBe('调用服务失败');
  });

  it('turns nested values into names', () => {
    expect(csvCell([{ slug: 'payments' }, { slug: 'db' }])).toBe('payments; db');
    expect(csvCell({ name: 'Ana', id: 'x' })).toBe('Ana');
    expect(csvCell(['a', 'b'])).toBe('a; b');
  });
});
