import { describe, expect, it } from 'vitest';
import { CONTACT_EMAIL_MESSAGE, CONTACT_PHONE_MESSAGE, contactInput, createServiceInput, updateServiceInput } from '@/lib/services/schemas';
import { decodeSlugCursor, encodeSlugCursor, pageOf } from '@/lib/services/slug-cursor';

describe('service schemas', () => {
  it('fills the defaults of a new service', () => {
    expect(createServiceInput.parse({ slug: 'orders', name: ' Orders ' })).toEqual({
      slug: 'orders', name: 'Orders', description: '', tier: 3, noticePeriodHours: 24, contacts: [], dependsOn: [],
    });
  });

  it('keeps a patch to what was sent, so that unsent fields stay as they are', () => {
    expect(updateServiceInput.parse({ tier: 1 })).toEqual({ tier: 1 });
    expect(updateServiceInput.parse({ ownerTeam: null })).toEqual({ ownerTeam: null });
  });

  it('refuses tiers outside 1–4 and negative notice periods', () => {
    expect(createServiceInput.safeParse({ slug: 'ab', name: 'x', tier: 5 }).success).toBe(false);
    expect(createServiceInput.safeParse({ slug: 'ab', name: 'x', tier: 0 }).success).toBe(false);
    expect(createServiceInput.safeParse({ slug: 'ab', name: 'x', noticePeriodHours: -1 }).success).toBe(false);
  });

  it('accepts contacts with only a name, and checks email and phone when given', () => {
    expect(contactInput.parse({ name: 'Li Wei' })).toEqual({ name: 'Li Wei', role: '', email: '', phone: '', chat: '' });
    expect(contactInput.parse({ name: 'x', email: ' LI@Example.Test ' }).email).toBe('li@example.test');
    expect(contactInput.safeParse({ name: 'x', email: 'li@' }).error?.issues[0]?.message).toBe(CONTACT_EMAIL_MESSAGE);
    for (const phone of ['+86 138 0013 8000', '(010) 5555-0100', '+1 415 555 0100 ext 12']) {
      expect(contactInput.safeParse({ name: 'x', phone }).success).toBe(true);
    }
    expect(contactInput.safeParse({ name: 'x', phone: 'call me' }).error?.issues[0]?.message).toBe(CONTACT_PHONE_MESSAGE);
  });
});

describe('slug cursors', () => {
  it('round-trips and splits pages', () => {
    expect(decodeSlugCursor(encodeSlugCursor('payments-api'))).toBe('payments-api');
    expect(decodeSlugCursor(undefined)).toBeUndefined();
    const rows = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];
    expect(pageOf(rows, 2)).toEqual({ items: rows.slice(0, 2), nextCursor: encodeSlugCursor('b') });
    expect(pageOf(rows, 3)).toEqual({ items: rows, nextCursor: null });
  });

  it('refuses a cursor it did not make, naming the cursor', () => {
    expect(() => decodeSlugCursor('%%%not-base64')).toThrowError(expect.objectContaining({ code: 'invalid' }));
  });
});
