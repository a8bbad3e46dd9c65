// What a new postmortem starts with, and the Markdown export's shape.
import { describe, expect, it } from 'vitest';
import { prefillSections, timelineMarkdown } from '@/lib/postmortems/prefill';
import { sectionKeys } from '@/lib/postmortems/template';

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
    factors: [{ kind: 'trigger', category: 'configuration_change', description: 'Pool size lowered' }],
    detection: { method: 'Alert', detectedBy: 'Prometheus', whyNotEarlier: '' },
  };

  it('fills every template section, summary and impact from the incident', () => {
    const s = prefillSections(base);
    expect(Object.keys(s)).toEqual([...sectionKeys]);
    expect(s.summary).toBe('Checkout failed for EU customers');
    expect(s.impact).toContain('30% of orders');
    expect(s.impact).toContain('2026-11-20 10:00 UTC – 2026-11-20 11:30 UTC');
    expect(s.root_causes).toBe('- **Trigger** (configuration_change): Pool size lowered');
    expect(s.detection).toBe('How: Alert\n\nBy: Prometheus');
    expect(s.lessons).toBe('');
  });

  it('lists highlighted entries oldest first, multi-line bodies indented', () => {
    expect(timelineMarkdown(base.highlights)).toBe('- **2026-11-20 10:05 UTC** — Alert fired\n- **2026-11-20 10:40 UTC** — Rolled back\n  v2.3');
  });
});
