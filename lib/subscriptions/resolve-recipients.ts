import 'server-only';
// Who must be told about an event on a service. Three sources, in this order:
//   1. subscriptions on the service itself, for that event;
//   2. subscriptions with includeDependencies on any service that depends on it, directly or
//      through others (they asked for "everything my service depends on");
//   3. for change events, the owner teams of those dependent services, into their team inbox,
//      unless the team opted out of automatic notices for this service. The changed
//      service's own owner team is left out of this source: it is the one making the change.
// Each recipient appears once per channel target: a team subscribed twice to the same
// webhook, or subscribed and also told automatically in its inbox, gets one message.
// Reads only; callers run it inside the transaction that writes the outbox rows.
import type { DbTx } from '../db/client.ts';
import { findTransitiveDependents } from '../services/dependency-graph.ts';
import type { ChannelType } from './channels.ts';
import { automaticEvents, type NotificationEvent } from './events.ts';

export type RecipientReason = 'subscribed' | 'dependency' | 'owner_of_dependent';

export interface Recipient {
  userId: string | null;
  teamId: string | null;
  channelType: ChannelType;
  /** null for automatic team-inbox notices. */
  subscriptionId: string | null;
  reason: RecipientReason;
  /** The service the recipient is attached to (the changed one, or a dependent of it). */
  viaServiceId: string;
}

function targetKey(r: Recipient, config: unknown): string {
  const who = r.userId ? `u:${r.userId}` : `t:${r.teamId ?? ''}`;
  return `${who}|${r.channelType}|${r.channelType === 'inbox' ? '' : JSON.stringify(config ?? null)}`;
}

export async function resolveRecipients(db: DbTx, { serviceId, event }: { serviceId: string; event: NotificationEvent }): Promise<Recipient[]> {
  const dependents = await findTransitiveDependents(db, [serviceId]);
  const dependentIds = dependents.map((d) => d.id);
  const subscriptions = await db.subscription.findMany({
    where: {
      events: { has: event },
      OR: [{ serviceId }, ...(dependentIds.length ? [{ serviceId: { in: dependentIds }, includeDependencies: true }] : [])],
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, userId: true, teamId: true, serviceId: true, channelType: true, channelConfig: true },
  });

  const out = new Map<string, Recipient>();
  const add = (r: Recipient, config: unknown) => {
    const key = targetKey(r, config);
    if (!out.has(key)) out.set(key, r);
  };
  // Direct subscriptions first, so that a recipient reached both ways is "subscribed".
  const ordered = [...subscriptions.filter((s) => s.serviceId === serviceId), ...subscriptions.filter((s) => s.serviceId !== serviceId)];
  for (const s of ordered) {
    add(
      { userId: s.userId, teamId: s.teamId, channelType: s.channelType as ChannelType, subscriptionId: s.id, reason: s.serviceId === serviceId ? 'subscribed' : 'dependency', viaServiceId: s.serviceId },
      s.channelConfig,
    );
  }

  if (automaticEvents.includes(event) && dependents.length > 0) {
    // Sequential: inside a transaction both would queue on one connection anyway.
    const changed = await db.service.findUnique({ where: { id: serviceId }, select: { ownerTeamId: true } });
    const optOuts = await db.autoSubscriptionOptOut.findMany({ where: { serviceId }, select: { teamId: true } });
    const skip = new Set([...optOuts.map((o) => o.teamId), ...(changed?.ownerTeamId ? [changed.ownerTeamId] : [])]);
    // dependents come nearest first, so each team is attached to its nearest service.
    for (const d of dependents) {
      if (!d.ownerTeamId || skip.has(d.ownerTeamId)) continue;
      add({ userId: null, teamId: d.ownerTeamId, channelType: 'inbox', subscriptionId: null, reason: 'owner_of_dependent', viaServiceId: d.id }, null);
    }
  }
  return [...out.values()];
}
