import 'server-only';
// Pages everyone one level of a policy names, inside the caller's transaction (which holds
// the escalation's row lock): one Page per person, one outbox message per contact method the
// person's notification rules choose for the urgency (each after its delay), the signed
// acknowledge/escalate links in every message, and one timeline entry. A team target is told
// in the team's inbox (it is not a page: nobody acknowledges for a team).
import { systemActor } from '../auth/actor.ts';
import { getEnv } from '../config/env.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { nudgeWorker } from '../notifications/nudge-worker.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import type { StoredTarget } from './create-escalation-policy.ts';
import { OVERRIDE_WINDOW_MS } from './get-on-call.ts';
import { pagedEntry, type EscalationReason } from './page-entries.ts';
import { signPageLink } from './page-links.ts';
import { onCallAt } from './schedule-math.ts';
import { loadSchedule } from './schedule-spec.ts';

export const onCallActor = systemActor('on-call');

export interface EscalationContext {
  id: string;
  incidentId: string;
  urgency: string;
  reference: string;
  title: string;
  severity: string;
}

/** Who a level's targets name at `now` (people; teams separately). */
export async function resolveLevelTargets(tx: DbTx, targets: StoredTarget[], now: Date): Promise<{ userIds: string[]; teamIds: string[] }> {
  const userIds: string[] = [];
  const teamIds: string[] = [];
  for (const t of targets) {
    if (t.type === 'user') userIds.push(t.userId);
    else if (t.type === 'team') teamIds.push(t.teamId);
    else {
      const s = await loadSchedule(tx, t.scheduleId, { from: new Date(now.getTime() - OVERRIDE_WINDOW_MS), to: new Date(now.getTime() + OVERRIDE_WINDOW_MS) });
      if (s) userIds.push(...onCallAt(s.spec, now.getTime()));
    }
  }
  return { userIds: [...new Set(userIds)], teamIds: [...new Set(teamIds)] };
}

const chatChannels = new Set(['wecom', 'dingtalk', 'feishu', 'slack']);

/** The outbox rows for one page: the person's rules for this urgency, else inbox + email now. */
async function pageMessages(tx: DbTx, p: { pageId: string; userId: string; urgency: string; now: Date; payload: Record<string, unknown> }): Promise<Prisma.NotificationMessageCreateManyInput[]> {
  const rules = await tx.notificationRule.findMany({
    where: { userId: p.userId, urgency: p.urgency },
    select: { delayMinutes: true, contactMethod: { select: { id: true, type: true, provider: true } } },
  });
  const chosen: { methodId: string | null; channel: string; delay: number }[] = rules.length
    ? rules.map((r) => ({ methodId: r.contactMethod.id, channel: r.contactMethod.type === 'chat' ? (r.contactMethod.provider ?? '') : r.contactMethod.type, delay: r.delayMinutes }))
    : [{ methodId: null, channel: 'email', delay: 0 }];
  // The inbox copy is always there: it carries the acknowledge button in the app.
  if (!chosen.some((c) => c.channel === 'inbox')) chosen.unshift({ methodId: null, channel: 'inbox', delay: 0 });
  return chosen
    .filter((c) => c.channel === 'inbox' || c.channel === 'email' || c.channel === 'sms' || chatChannels.has(c.channel))
    .map((c) => {
      const at = new Date(p.now.getTime() + c.delay * 60_000);
      return {
        event: 'page' as const,
        subjectType: 'page',
        subjectId: p.pageId,
        recipientUserId: p.userId,
        channelType: c.channel as Prisma.NotificationMessageCreateManyInput['channelType'],
        reason: 'page',
        status: c.channel === 'inbox' ? ('sent' as const) : ('pending' as const),
        sentAt: c.channel === 'inbox' ? p.now : null,
        nextAttemptAt: at,
        payload: { ...p.payload, contactMethodId: c.methodId } as Prisma.InputJsonValue,
      };
    });
}

/** Pages one level; returns the people paged (empty when the level names nobody right now). */
export async function pageLevel(
  tx: DbTx,
  { escalation, targets, round, level, now, reason, by }: { escalation: EscalationContext; targets: StoredTarget[]; round: number; level: number; now: Date; reason?: EscalationReason; by?: string },
): Promise<string[]> {
  const { userIds, teamIds } = await resolveLevelTargets(tx, targets, now);
  const people = await tx.user.findMany({ where: { id: { in: userIds }, active: true }, select: { id: true, name: true } });
  const ttl = getEnv().PAGE_LINK_TTL_MINUTES * 60_000;
  const messages: Prisma.NotificationMessageCreateManyInput[] = [];
  const paged: string[] = [];
  for (const person of people) {
    // The unique (escalation, round, level, person) makes a retried pass page nobody twice.
    const created = await tx.page.createManyAndReturn({
      data: [{ escalationId: escalation.id, incidentId: escalation.incidentId, round, level, userId: person.id, sentAt: now }],
      skipDuplicates: true,
      select: { id: true },
    });
    const page = created[0];
    if (!page) continue;
    paged.push(person.name);
    const exp = now.getTime() + ttl;
    const ackToken = await signPageLink(tx, { pageId: page.id, userId: person.id, action: 'ack', exp });
    const escalateToken = await signPageLink(tx, { pageId: page.id, userId: person.id, action: 'escalate', exp });
    const payload = {
      pageId: page.id,
      incidentId: escalation.incidentId,
      reference: escalation.reference,
      title: escalation.title,
      severity: escalation.severity,
      level,
      path: `/incidents/${escalation.reference}`,
      ackPath: `/on-call/page-link/${ackToken}`,
      escalatePath: `/on-call/page-link/${escalateToken}`,
    };
    messages.push(...(await pageMessages(tx, { pageId: page.id, userId: person.id, urgency: escalation.urgency, now, payload })));
  }
  for (const teamId of teamIds) {
    messages.push({
      event: 'page', subjectType: 'page_escalation', subjectId: escalation.id, recipientTeamId: teamId, channelType: 'inbox', reason: 'page', status: 'sent', sentAt: now, nextAttemptAt: now,
      payload: { incidentId: escalation.incidentId, reference: escalation.reference, title: escalation.title, severity: escalation.severity, level, path: `/incidents/${escalation.reference}`, team: true },
    });
  }
  if (messages.length) {
    await tx.notificationMessage.createMany({ data: messages });
    if (messages.some((m) => m.channelType !== 'inbox')) await nudgeWorker(tx);
  }
  const entry = pagedEntry({ names: paged, level, round, at: now, reason, by });
  await insertEntry(tx, onCallActor, { incident: { id: escalation.incidentId }, ...entry, occurredAt: now, idempotencyKey: `page:${escalation.id}:${round}:${level}` });
  return paged;
}
