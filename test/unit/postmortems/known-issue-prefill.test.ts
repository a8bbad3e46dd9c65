import { describe, expect, it } from 'vitest';
import { knownIssuePrefill, type KnownIssuePrefillSource } from '@/lib/postmortems/known-issue-prefill';

function source(over: Partial<KnownIssuePrefillSource> = {}): KnownIssuePrefillSource {
  return {
    incident: { title: 'CRM 调用订单服务失败', services: ['crm', 'orders'] },
    sections: [
      { key: 'summary', body: 'Orders could not be created from the CRM.' },
      { key: 'impact', body: '  Sales staff saw "调用服务失败" for 40 minutes.  ' },
      { key: 'root_causes', body: 'Written by hand' },
      { key: 'resolution', body: 'Restarted the token refresher.' },
    ],
    factors: [
      { kind: 'trigger', description: 'Token lifetime shortened', fiveWhys: [] },
      { kind: 'root_cause', description: 'The client cached tokens\nfor a day', fiveWhys: ['Why cached?', 'Old default'] },
      { kind: 'contributing', description: 'No alert on 401s', fiveWhys: [] },
    ],
    actionItems: [
      { kind: 'prevent', title: 'Refresh tokens before expiry', status: 'open', externalUrl: 'https://tracker.example/T-1' },
      { kind: 'prevent', title: 'Dropped idea', status: 'wont_do', externalUrl: null },
      { kind: 'detect', title: 'Alert on 401 rate', status: 'open', externalUrl: null },
      { kind: 'prevent', title: 'Share the token TTL', status: 'done', externalUrl: null },
    ],
    ...over,
  };
}

describe('knownIssuePrefill', () => {
  it('maps the document to a known issue: title, symptoms, cause, workaround, fix and services', () => {
    expect(knownIssuePrefill(source())).toEqual({
      title: 'CRM 调用订单服务失败',
      symptoms: 'Sales staff saw "调用服务失败" for 40 minutes.',
      errorSignatures: [],
      cause: '- The client cached tokens\n  for a day\n  (Why cached? → Old default)',
      workaround: 'Restarted the token refresher.',
      resolution: '- Refresh tokens before expiry (https://tracker.example/T-1)\n- Share the token TTL',
      services: ['crm', 'orders'],
    });
  });

  it('falls back: summary for symptoms, triggers when no root cause, the section when no factor', () => {
    const noImpact = source({ sections: [{ key: 'summary', body: 'Orders failed' }, { key: 'impact', body: '  ' }] });
    expect(knownIssuePrefill(noImpact).symptoms).toBe('Orders failed');
    const onlyTrigger = source({ factors: [{ kind: 'trigger', description: 'Token lifetime shortened', fiveWhys: [] }] });
    expect(knownIssuePrefill(onlyTrigger).cause).toBe('- Token lifetime shortened');
    expect(knownIssuePrefill(source({ factors: [] })).cause).toBe('Written by hand');
    expect(knownIssuePrefill(source({ actionItems: [] })).resolution).toBe('');
  });

  it('keeps every field within the known-issue limits', () => {
    const long = source({ incident: { title: 'x'.repeat(300), services: [] }, sections: [{ key: 'resolution', body: 'y'.repeat(20_000) }] });
    const out = knownIssuePrefill(long);
    expect(out.title.length).toBe(200);
    expect(out.workaround.length).toBe(10_000);
  });
});
