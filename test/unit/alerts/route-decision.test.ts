import { describe, expect, it } from 'vitest';
import { decide, groupKeyFor, matches, renderTemplate, type AlertFacts, type RuleLike } from '@/lib/alerts/route-decision';

const alert = (labels: Record<string, string>, severity = 'critical'): AlertFacts => ({ status: 'firing', severity, summary: 'Error rate 7%', source: 'prod-am', labels, annotations: { runbook: 'x' } });
const rule = (over: Partial<RuleLike>): RuleLike => ({
  id: 'r', name: 'r', enabled: true, matchers: [], requireService: false, serviceSlug: null, severityMap: { critical: 'SEV1', error: 'SEV2', warning: 'SEV3' },
  action: 'declare', titleTemplate: '{{alertname}} on {{service}}', groupBy: ['alertname'], groupWindowMinutes: 60, resolveAction: 'note', resolveOn: 'all', ...over,
});

describe('route decision', () => {
  it('matches equals, regex (case-insensitive) and exists; a bad regex matches nothing', () => {
    const a = alert({ alertname: 'HighErrors', team: 'pay' });
    expect(matches(a, { field: 'labels.team', op: 'equals', value: 'pay' })).toBe(true);
    expect(matches(a, { field: 'team', op: 'equals', value: 'PAY' })).toBe(false);
    expect(matches(a, { field: 'labels.alertname', op: 'regex', value: '^higherr' })).toBe(true);
    expect(matches(a, { field: 'annotations.runbook', op: 'exists', value: '' })).toBe(true);
    expect(matches(a, { field: 'labels.zone', op: 'exists', value: '' })).toBe(false);
    expect(matches(a, { field: 'summary', op: 'regex', value: '(' })).toBe(false);
  });

  it('takes the first enabled matching rule; a service label naming a known slug wins over the rule and the source', () => {
    const rules = [rule({ id: 'off', enabled: false }), rule({ id: 'needs', requireService: true }), rule({ id: 'rest', action: 'record' })];
    expect(decide(alert({ alertname: 'X' }), rules, new Set(), null).rule?.id).toBe('rest');
    const d = decide(alert({ alertname: 'X', service: 'auth' }), rules, new Set(['auth']), 'default-svc');
    expect(d).toMatchObject({ action: 'declare', service: 'auth', severity: 'SEV1', title: 'X on auth', groupKey: 'auth|alertname=X' });
    // An unknown service label falls back to the rule's service, then the source's default.
    expect(decide(alert({ alertname: 'X', service: 'nope' }), [rule({ serviceSlug: 'crm' })], new Set(), 'default-svc').service).toBe('crm');
    expect(decide(alert({ alertname: 'X', service: 'nope' }), [rule({})], new Set(), 'default-svc').service).toBe('default-svc');
  });

  it('maps severities, with SEV3 for an unmapped one, and records when nothing matches', () => {
    expect(decide(alert({ alertname: 'X' }, 'info'), [rule({})], new Set(), 's').severity).toBe('SEV3');
    expect(decide(alert({ alertname: 'X' }), [], new Set(), null)).toMatchObject({ rule: null, action: 'record' });
  });

  it('renders title templates and group keys', () => {
    const a = alert({ alertname: 'Down', zone: 'eu-1' });
    expect(renderTemplate('{{alertname}} in {{ zone }} ({{severity}})', a, null)).toBe('Down in eu-1 (critical)');
    expect(renderTemplate('{{missing}}', a, null)).toBe('Error rate 7%');
    expect(groupKeyFor(a, ['alertname', 'zone'], null)).toBe('-|alertname=Down|zone=eu-1');
  });
});
