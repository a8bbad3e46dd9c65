// The rules a new source starts with, so that it is useful before anyone edits rules:
// critical and error alerts of a known catalogue service declare an incident (or join the open
// one of their group); everything else is recorded for triage.
import type { Prisma } from '../db/generated/client.ts';

export const DEFAULT_SEVERITY_MAP = { critical: 'SEV1', error: 'SEV2', warning: 'SEV3' } as const;

export function defaultRules(sourceId: string): Prisma.AlertRuleCreateManyInput[] {
  const common = {
    sourceId,
    enabled: true,
    severityMap: DEFAULT_SEVERITY_MAP,
    titleTemplate: '{{alertname}} on {{service}}',
    groupBy: ['alertname'],
    groupWindowMinutes: 60,
    resolveAction: 'note' as const,
    resolveOn: 'all' as const,
  };
  return [
    {
      ...common,
      position: 10,
      name: 'Critical and error alerts of a known service declare or attach',
      matchers: [{ field: 'severity', op: 'regex', value: '^(critical|error|page|p1|p2)$' }],
      requireService: true,
      action: 'declare',
    },
    { ...common, position: 20, name: 'Everything else is recorded', matchers: [], requireService: false, action: 'record' },
  ];
}
