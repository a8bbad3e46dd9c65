import 'server-only';
// "Test a rule" before saving it (FireHydrant's back-test): run the rule, as it would be saved,
// against a pasted payload in the source's format, or against the source's last 50 alerts, and
// show what it would have done with each. Nothing is written. Uses the same decision as the
// worker (route-decision.ts), with the rule alone: no match means the later rules would decide.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError, notFound } from '../errors/app-error.ts';
import { parseInput } from '../errors/from-zod.ts';
import type { IncomingAlert } from './incoming-alert.ts';
import { checkMatchers } from './manage-rules.ts';
import { normalizeEvent } from './normalize-event.ts';
import { normalizeWebhook } from './normalize-webhook.ts';
import { decide, type RuleLike } from './route-decision.ts';
import type { TestAlertRuleInput, TestAlertRuleOutput } from './schemas.ts';
import { alertmanagerWebhook, grafanaWebhook, pagerDutyEvent } from './sender-schemas.ts';

function parsePasted(type: string, payload: unknown): IncomingAlert[] {
  const now = new Date();
  try {
    if (type === 'events') return [normalizeEvent(parseInput(pagerDutyEvent, { routing_key: 'test', ...(payload as object) }), now)];
    return normalizeWebhook(parseInput(type === 'grafana' ? grafanaWebhook : alertmanagerWebhook, payload), now);
  } catch (e) {
    if (e instanceof AppError && e.issues) {
      throw new AppError('invalid', 'The pasted payload is not valid for this source.', { issues: e.issues.map((i) => ({ ...i, path: `payload.${i.path}` })) });
    }
    throw e;
  }
}

export async function testAlertRule(db: DbTx, { actor, input }: { actor: Actor; input: TestAlertRuleInput }): Promise<TestAlertRuleOutput> {
  requireRole(actor, 'admin');
  checkMatchers(input.rule.matchers);
  const source = await db.alertSource.findUnique({ where: { id: input.source }, select: { id: true, name: true, type: true, defaultService: { select: { slug: true } } } });
  if (!source) throw notFound('Alert source');
  const alerts: IncomingAlert[] =
    input.payload !== undefined && input.payload !== null && input.payload !== ''
      ? parsePasted(source.type, typeof input.payload === 'string' ? safeJson(input.payload) : input.payload)
      : (
          await db.alert.findMany({
            where: { sourceId: source.id },
            orderBy: [{ lastSeenAt: 'desc' }, { id: 'desc' }],
            take: 50,
            select: { dedupKey: true, status: true, severity: true, summary: true, labels: true, annotations: true, startsAt: true, endsAt: true },
          })
        ).map((a) => ({ ...a, status: a.status as IncomingAlert['status'], labels: a.labels as Record<string, string>, annotations: a.annotations as Record<string, string>, payload: null }));

  const labelSlugs = [...new Set(alerts.map((a) => a.labels.service).filter((s): s is string => !!s))];
  const known = new Set((await db.service.findMany({ where: { slug: { in: labelSlugs } }, select: { slug: true } })).map((s) => s.slug));
  const rule: RuleLike = { ...input.rule, id: 'draft', serviceSlug: input.rule.service };
  if (rule.serviceSlug && !(await db.service.findUnique({ where: { slug: rule.serviceSlug }, select: { id: true } }))) {
    throw new AppError('invalid', `Unknown service '${rule.serviceSlug}'.`, { issues: [{ path: 'rule.service', message: `Unknown service '${rule.serviceSlug}'.` }] });
  }
  return {
    items: alerts.map((a) => {
      const d = decide({ ...a, source: source.name }, [{ ...rule, enabled: true }], known, source.defaultService?.slug ?? null);
      const matched = d.rule !== null;
      return {
        dedupKey: a.dedupKey, summary: a.summary, matched, action: matched ? d.action : 'no match', service: d.service,
        severity: matched ? d.severity : null, groupKey: matched ? d.groupKey : null, title: matched && (d.action === 'declare' || d.action === 'page') ? d.title : null,
      };
    }),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError('invalid', 'The pasted payload is not JSON.', { issues: [{ path: 'payload', message: `Not JSON: ${(e as Error).message}` }] });
  }
}
