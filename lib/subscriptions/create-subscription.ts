import 'server-only';
// Subscribing a person (themselves) or a team to a service. Anyone signed in may subscribe
// themselves; subscribing a team needs the responder role (that is also how scripts with an
// API token manage team subscriptions). The audit record keeps the channel masked: secrets
// never reach the audit log.
import type { Actor } from '../auth/actor.ts';
import { hasRole, requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { channelConfigOf } from './channels.ts';
import type { CreateSubscriptionInput, SubscriptionOutput } from './schemas.ts';
import { subscriptionSelect, toSubscriptionOutput } from './subscription-output.ts';

export async function createSubscription(db: Db, { actor, input }: { actor: Actor; input: CreateSubscriptionInput }): Promise<SubscriptionOutput> {
  requireRole(actor, 'viewer');
  if (input.team && !hasRole(actor, 'responder')) throw new AppError('forbidden', 'Subscribing a team needs the responder role.');
  if (!input.team && !actor.userId) {
    throw new AppError('invalid', 'An API token has no inbox or person of its own: name the team to subscribe.', {
      issues: [{ path: 'team', message: 'Required when subscribing with an API token.' }],
    });
  }

  return db.$transaction(async (tx) => {
    const service = await tx.service.findUnique({ where: { slug: input.service }, select: { id: true } });
    const team = input.team ? await tx.team.findUnique({ where: { slug: input.team }, select: { id: true } }) : null;
    const issues = [
      ...(service ? [] : [{ path: 'service', message: `There is no service "${input.service}".`, code: 'unknown_service' }]),
      ...(input.team && !team ? [{ path: 'team', message: `There is no team "${input.team}".`, code: 'unknown_team' }] : []),
    ];
    if (!service || issues.length > 0) throw new AppError('invalid', `Some fields are not valid: ${issues.map((i) => i.path).join(', ')}.`, { issues });

    const row = await tx.subscription.create({
      data: {
        userId: team ? null : actor.userId,
        teamId: team?.id ?? null,
        serviceId: service.id,
        includeDependencies: input.includeDependencies,
        events: input.events,
        channelType: input.channel.type,
        channelConfig: channelConfigOf(input.channel),
        createdById: actor.userId,
        createdByLabel: actor.label,
      },
      select: subscriptionSelect,
    });
    const out = toSubscriptionOutput(row);
    await recordAudit(tx, actor, { action: 'subscription.created', entityType: 'subscription', entityId: row.id, after: out });
    return out;
  });
}
