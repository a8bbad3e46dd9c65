import { describe, expect, it } from 'vitest';
import { isValidSlug, slugField, SLUG_MESSAGE, SLUG_RESERVED_MESSAGE, suggestSlug } from '@/lib/services/slug';

describe('slugs', () => {
  it.each(['ab', 'payments-api', 'db1', '9lives', 'a'.repeat(50)])('accepts %s', (slug) => {
    expect(isValidSlug(slug)).toBe(true);
    expect(slugField.safeParse(slug).success).toBe(true);
  });

  it.each([
    ['a', 'too short'],
    ['a'.repeat(51), 'too long'],
    ['Payments', 'uppercase'],
    ['pay_ments', 'underscore'],
    ['-payments', 'leading hyphen'],
    ['payments-', 'trailing hyphen'],
    ['pay--ments', 'double hyphen'],
    ['支付', 'non-Latin'],
    ['pay ments', 'space'],
  ])('refuses %s (%s) with the slug rule as the message', (slug) => {
    expect(isValidSlug(slug)).toBe(false);
    const r = slugField.safeParse(slug);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(SLUG_MESSAGE);
  });

  it('refuses words that collide with pages such as /services/new', () => {
    expect(isValidSlug('new')).toBe(false);
    expect(slugField.safeParse('new').error?.issues[0]?.message).toBe(SLUG_RESERVED_MESSAGE);
  });

  it('trims surrounding spaces before checking', () => {
    expect(slugField.parse('  payments  ')).toBe('payments');
  });

  it('suggests a slug from a Latin name and nothing from a Chinese one', () => {
    expect(suggestSlug('Payments API (v2)')).toBe('payments-api-v2');
    expect(suggestSlug('  Café Über  ')).toBe('cafe-uber');
    expect(suggestSlug('支付服务')).toBe('');
    expect(suggestSlug('订单 Orders')).toBe('orders');
    expect(suggestSlug(`${'x'.repeat(49)} y`)).toBe('x'.repeat(49));
  });
});
