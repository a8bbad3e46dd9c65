// Routing rules as the API and the admin page show them.
import type { AlertRuleOutput } from './schemas.ts';
import type { Severity } from '../incidents/schemas.ts';

interface RuleRow {
  id: string; position: number; name: string; enabled: boolean; matchers: unknown; requireService: boolean; severityMap: unknown; action: string;
  titleTemplate: string; groupBy: unknown; groupWindowMinutes: number; resolveAction: string; resolveOn: string;
  service: { slug: string } | null; source: { id: string; name: string } | null;
}

export function toRuleOutput(r: RuleRow): AlertRuleOutput {
  return {
    id: r.id, source: r.source, position: r.position, name: r.name, enabled: r.enabled,
    matchers: (Array.isArray(r.matchers) ? r.matchers : []) as AlertRuleOutput['matchers'], requireService: r.requireService,
    service: r.service?.slug ?? null, severityMap: (r.severityMap ?? {}) as Record<string, Severity>, action: r.action as AlertRuleOutput['action'],
    titleTemplate: r.titleTemplate, groupBy: (Array.isArray(r.groupBy) ? r.groupBy : []) as string[], groupWindowMinutes: r.groupWindowMinutes,
    resolveAction: r.resolveAction as AlertRuleOutput['resolveAction'], resolveOn: r.resolveOn as AlertRuleOutput['resolveOn'],
  };
}
