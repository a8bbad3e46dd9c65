import 'server-only';
// The rules that apply to a source, in order: its own (by position), then the global ones.
import type { DbTx } from '../db/client.ts';
import type { Severity } from '../incidents/schemas.ts';
import type { Matcher, RuleLike } from './route-decision.ts';
import type { RuleAction } from './schemas.ts';

export const ruleSelect = {
  id: true, sourceId: true, position: true, name: true, enabled: true, matchers: true, requireService: true, severityMap: true, action: true,
  titleTemplate: true, groupBy: true, groupWindowMinutes: true, resolveAction: true, resolveOn: true,
  service: { select: { slug: true } }, source: { select: { id: true, name: true } },
} as const;

type RuleRow = {
  id: string; name: string; enabled: boolean; matchers: unknown; requireService: boolean; severityMap: unknown; action: string; titleTemplate: string;
  groupBy: unknown; groupWindowMinutes: number; resolveAction: string; resolveOn: string; service: { slug: string } | null;
};

export function toRuleLike(r: RuleRow): RuleLike {
  return {
    id: r.id, name: r.name, enabled: r.enabled, matchers: (Array.isArray(r.matchers) ? r.matchers : []) as Matcher[], requireService: r.requireService,
    serviceSlug: r.service?.slug ?? null, severityMap: (r.severityMap ?? {}) as Record<string, Severity>, action: r.action as RuleAction,
    titleTemplate: r.titleTemplate, groupBy: (Array.isArray(r.groupBy) ? r.groupBy : ['alertname']) as string[], groupWindowMinutes: r.groupWindowMinutes,
    resolveAction: r.resolveAction as RuleLike['resolveAction'], resolveOn: r.resolveOn as RuleLike['resolveOn'],
  };
}

export async function loadRules(db: DbTx, sourceId: string): Promise<RuleLike[]> {
  const rows = await db.alertRule.findMany({
    where: { OR: [{ sourceId }, { sourceId: null }] },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    select: ruleSelect,
  });
  // Own rules first, then global; each in position order.
  return [...rows.filter((r) => r.sourceId === sourceId), ...rows.filter((r) => r.sourceId === null)].map(toRuleLike);
}
