// The browser build's `zod` (lib/client/zod) is zod's classic API without its locales: the same
// exports, the same behaviour, so that schemas shared with the server validate alike.
import { describe, expect, it } from 'vitest';
import * as real from 'zod';
import * as browser from '@/lib/client/zod';

describe('zod for the browser', () => {
  it('exports everything zod does except the locales', () => {
    const expected = Object.keys(real).filter((k) => k !== 'locales').sort();
    expect(Object.keys(browser).sort()).toEqual(expected);
    expect(Object.keys(browser.z)).not.toContain('locales');
  });

  it('validates with the same schemas and English messages', () => {
    const schema = browser.z.object({ title: browser.z.string().min(1), n: browser.z.coerce.number().int() });
    expect(schema.parse({ title: 'x', n: '3' })).toEqual({ title: 'x', n: 3 });
    const r = schema.safeParse({ title: '', n: 'x' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['title', 'too_small'], ['n', 'invalid_type']]);
    expect(r.error?.issues[0]?.message).toMatch(/Too small/);
  });
});
