import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { keysetCursor, pageTake, takePage } from '@/lib/kernel/keyset-cursor';

const id = '3f1c9a4e-8d2b-4c6a-9e1f-0a2b3c4d5e6f';

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected the cursor to be refused');
}

describe('keysetCursor', () => {
  const codec = keysetCursor({ tag: 'declared_desc', fields: ['date', 'int', ['SEV1', 'SEV2'], 'uuid'] });

  it('round-trips dates, integers, enums and ids as an opaque URL-safe string', () => {
    const values = [new Date('2026-03-29T01:30:00.123Z'), 42, 'SEV2', id] as [Date, number, 'SEV1' | 'SEV2', string];
    const cursor = codec.encode(values);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(codec.decode(cursor)).toEqual(values);
  });

  it('refuses garbage, other tags, wrong lengths and wrong field types with 422 naming the parameter', () => {
    const other = keysetCursor({ tag: 'number_asc', fields: ['date', 'int', ['SEV1', 'SEV2'], 'uuid'] });
    const json = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const bad of [
      'nonsense',
      '%%%',
      '',
      other.encode([new Date(), 1, 'SEV1', id]),
      json(['declared_desc', '2026-01-01T00:00:00Z', 1, 'SEV1']),
      json(['declared_desc', 'not a date', 1, 'SEV1', id]),
      json(['declared_desc', '2026-01-01T00:00:00Z', 1.5, 'SEV1', id]),
      json(['declared_desc', '2026-01-01T00:00:00Z', 1, 'SEV9', id]),
      json(['declared_desc', '2026-01-01T00:00:00Z', 1, 'SEV1', 'not-a-uuid']),
      json({ c: '2026-01-01T00:00:00Z', i: id }),
    ]) {
      const e = refusal(() => codec.decode(bad));
      expect(e.code).toBe('invalid');
      expect(e.issues?.[0]?.path).toBe('cursor');
      expect(e.message).toContain('nextCursor');
    }
  });

  it('names the parameter it arrives in and checks string patterns', () => {
    const after = keysetCursor({ tag: 's', fields: [/^[a-z-]+$/], param: 'after' });
    expect(after.decode(after.encode(['payments-api']))).toEqual(['payments-api']);
    expect(refusal(() => after.decode(after.encode(['Not A Slug']))).issues?.[0]?.path).toBe('after');
  });
});

describe('takePage', () => {
  const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];

  it('asks for one more row than the page and gives the next cursor only when more rows follow', () => {
    expect(pageTake(2)).toBe(3);
    expect(takePage(rows, 2, (last) => `after-${last.n}`)).toEqual({ items: rows.slice(0, 2), nextCursor: 'after-2' });
    expect(takePage(rows, 3, (last) => `after-${last.n}`)).toEqual({ items: rows, nextCursor: null });
    expect(takePage([], 3, () => 'x')).toEqual({ items: [], nextCursor: null });
  });
});
