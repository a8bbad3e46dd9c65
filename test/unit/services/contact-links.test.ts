import { describe, expect, it } from 'vitest';
import { chatHref, mailtoHref, telHref } from '@/lib/services/contact-links';

describe('contact links', () => {
  it.each([
    ['+86 138-0013 8000', 'tel:+8613800138000'],
    ['(010) 5555.0100', 'tel:01055550100'],
    ['+1 415 555 0100 ext 12', 'tel:+14155550100;ext=12'],
    ['+1 415 555 0100 x12', 'tel:+14155550100;ext=12'],
    ['+44 20 7946 0958 #7', 'tel:+442079460958;ext=7'],
  ])('dials %s as %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it('gives no tel: link for something that is not a number', () => {
    expect(telHref('ask in #ops')).toBeNull();
    expect(telHref('12')).toBeNull();
  });

  it('links emails and web chat links, and leaves plain handles as text', () => {
    expect(mailtoHref(' li@example.test ')).toBe('mailto:li@example.test');
    expect(mailtoHref('not an email')).toBeNull();
    expect(chatHref('https://chat.example.test/channel/payments')).toBe('https://chat.example.test/channel/payments');
    expect(chatHref('#payments-oncall')).toBeNull();
    expect(chatHref('javascript:alert(1)')).toBeNull();
  });
});
