// What a new postmortem starts with: written in the author's language and clock, nothing
// derived copied in (root causes and detection are shown from the analysis).
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { loadMessages } from '@/lib/i18n/load-messages';
import type { Locale } from '@/lib/i18n/locales';
import { prefillSections, timelineMarkdown, type PrefillWriter } from '@/lib/postmortems/prefill';
import { sectionKeys } from '@/lib/postmortems/template';

function writer(locale: Locale, timeZone: string): PrefillWriter {
  const t = createTranslator({ locale, messages: loadMessages(locale) as Record<string, never>, namespace: 'story.prefill' as never }) as unknown as PrefillWriter['text'];
  return { locale, timeZone, text: t };
}

describe('prefillSections', () => {
  const base = {
    summary: ' Checkout failed for EU customers ',
    impact: '30% of orders',
    customerFacing: true,
    startedAt: new Date('2026-11-20T10:00:00Z'),
    resolvedAt: new Date('2026-11-20T11:30:00Z'),
    highlights: [
      { occurredAt: new Date('2026-11-20T10:40:00Z'), body: 'Rolled back\nv2.3' },
      { occurredAt: new Date('2026-11-20T10:05:00Z'), body: 'Alert fired' },
    ],
  };

  it('fills every template section; summary and impact from the incident; root causes and detection left to the analysis', () => {
    const s = prefillSections(base, writer('en', 'UTC'));
    expect(Object.keys(s)).toEqual([...sectionKeys]);
    expect(s.summary).toBe('Checkout failed for EU customers');
    expect(s.impact).toContain('30% of orders');
    expect(s.impact).toContain('Duration: 11/20/2026, 10:00 GMT – 11/20/2026, 11:30 GMT.');
    expect(s.impact).toContain('Customer-facing: yes.');
    expect(s.root_causes).toBe('');
    expect(s.detection).toBe('');
    expect(s.lessons).toBe('');
  });

  it('writes for a Chinese author in Asia/Shanghai: Chinese words, local times, never "UTC"', () => {
    const s = prefillSections(base, writer('zh-CN', 'Asia/Shanghai'));
    expect(s.impact).toContain('持续时间：2026/11/20 GMT+8 18:00 – 2026/11/20 GMT+8 19:30。');
    expect(s.impact).toContain('影响客户：是。');
    expect(s.impact).not.toContain('UTC');
    expect(s.timeline).not.toContain('UTC');
  });

  it('lists highlighted entries oldest first, multi-line bodies indented', () => {
    expect(timelineMarkdown(base.highlights, { locale: 'en', timeZone: 'Asia/Shanghai' })).toBe('- **11/20/2026, 18:05 GMT+8** — Alert fired\n- **11/20/2026, 18:40 GMT+8** — Rolled back\n  v2.3');
  });
});
