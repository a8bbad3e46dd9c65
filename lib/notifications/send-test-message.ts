import 'server-only';
// "Send test message": one message through a subscription's channel, now, answering what the
// receiver said, so that whoever set up a robot or webhook sees at once whether it works.
// Allowed to whoever may delete the subscription. It counts against the target's rate limit
// like any other message (a WeCom robot would refuse the 21st message of a minute anyway).
import { randomUUID } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import { hasRole, requireRole } from '../auth/roles.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { defaultLocale, isLocale } from '../i18n/locales.ts';
import { loadMessages } from '../i18n/load-messages.ts';
import { canManageSubscription } from '../subscriptions/can-manage-subscription.ts';
import type { ChannelType } from '../subscriptions/channels.ts';
import { deliveryOptionsFromEnv, type DeliveryOptions } from '../worker/delivery-options.ts';
import { sendOnce } from './channels/index.ts';
import type { TestMessageOutput } from './delivery-schemas.ts';
import { rateLimits, rateTargetKey, takeRateSlot } from './rate-limits.ts';
import { renderTestMessage } from './render-message.ts';

export async function sendTestMessage(
  db: Db,
  { actor, id, options }: { actor: Actor; id: string; options?: Partial<DeliveryOptions> },
): Promise<TestMessageOutput> {
  requireRole(actor, 'viewer');
  const sub = await db.subscription.findUnique({
    where: { id },
    select: { userId: true, teamId: true, channelType: true, channelConfig: true, service: { select: { name: true } }, user: { select: { email: true } } },
  });
  const isOwn = !!sub?.userId && sub.userId === actor.userId;
  if (!sub || !(isOwn || sub.teamId !== null || hasRole(actor, 'admin'))) throw new AppError('not_found', 'Subscription not found.');
  if (!canManageSubscription(actor, sub)) throw new AppError('forbidden', 'Testing a team subscription needs the responder role.');

  const opts = deliveryOptionsFromEnv(options);
  const type = sub.channelType as ChannelType;
  const config = (sub.channelConfig ?? {}) as Record<string, unknown>;
  const target = Object.fromEntries(Object.entries(config).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const now = opts.now();
  const limit = rateLimits[type];
  if (limit && target.url) {
    const slot = await takeRateSlot(db, { key: rateTargetKey(type, target.url), limit, now });
    if (!slot.ok) {
      const seconds = Math.max(1, Math.ceil((slot.retryAt.getTime() - now.getTime()) / 1000));
      throw new AppError('rate_limited', `This target's rate limit is reached; try again in ${seconds} s.`, { retryAfter: seconds });
    }
  }
  const locale = isLocale(actor.locale) ? actor.locale : defaultLocale;
  const rendered = renderTestMessage(sub.service.name, { locale, messages: loadMessages(locale), appUrl: opts.appUrl });
  const messageId = randomUUID();
  return sendOnce(type, { messageId, event: 'test', rendered, payload: { test: true, service: sub.service.name }, target, now, config: opts.channel });
}
