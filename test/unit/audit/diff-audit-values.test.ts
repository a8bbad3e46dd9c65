import { describe, expect, it } from 'vitest';
import { diffAuditValues, formatAuditValue } from '../../../lib/audit/diff-audit-values.ts';

describe('audit diff', () => {
  it('lists changed, added, removed and unchanged keys', () => {
    const rows = diffAuditValues({ role: 'viewer', name: 'Ann', gone: 1 }, { role: 'admin', name: 'Ann', fresh: [1] });
    expect(rows).toEqual([
      { key: 'role', kind: 'changed', before: 'viewer', after: 'admin' },
      { key: 'name', kind: 'unchanged', before: 'Ann', after: 'Ann' },
      { key: 'gone', kind: 'removed', before: 1, after: undefined },
      { key: 'fresh', kind: 'added', before: undefined, after: [1] },
    ]);
  });

  it('treats a missing side as empty', () => {
    expect(diffAuditValues(null, { email: 'a@example.com' })).toEqual([{ key: 'email', kind: 'added', before: undefined, after: 'a@example.com' }]);
    expect(diffAuditValues({ email: 'a@example.com' }, undefined)).toEqual([{ key: 'email', kind: 'removed', before: 'a@example.com', after: undefined }]);
    expect(diffAuditValues(null, null)).toEqual([]);
  });

  it('compares nested values by content', () => {
    expect(diffAuditValues({ tags: ['a', 'b'] }, { tags: ['a', 'b'] })[0]?.kind).toBe('unchanged');
    expect(diffAuditValues({ o: { x: 1 } }, { o: { x: 2 } })[0]?.kind).toBe('changed');
  });

  it('compares bare values as a whole', () => {
    expect(diffAuditValues('draft', 'published')).toEqual([{ key: '', kind: 'changed', before: 'draft', after: 'published' }]);
  });

  it('formats values as one line', () => {
    expect(formatAuditValue('x')).toBe('x');
    expect(formatAuditValue(null)).toBe('null');
    expect(formatAuditValue({ a: 1 })).toBe('{"a":1}');
    expect(formatAuditValue(undefined)).toBe('');
  });
});
