import 'server-only';
// One delivery pass over the outbox: claim the messages that are due, send each through its
// channel, and record what the receiver said. The NotificationMessage row is the source of
// truth; nothing about a message lives only in memory.
//
// Claiming: the due rows are picked with FOR UPDATE SKIP LOCKED and their nextAttemptAt moved
// past a lease in the same statement, so two workers (two app instances, or the app and
// `npm run worker`) never take the same message; a worker that dies mid-send leaves the row
// to be picked up again when the lease ends. A crash between the receiver's answer and the
// "sent" mark therefore means one more delivery of the same id, which receivers de-duplicate.
import type { Db } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { loadMessages, type Messages } from '../i18n/load-messages.ts';
import { sendOnce } from '../notifications/channels/index.ts';
import { rateLimits, rateTargetKey, takeRateSlot } from '../notifications/rate-limits.ts';
import { renderMessage } from '../notifications/render-message.ts';
import { nextRetry } from '../notifications/retry-policy.ts';
import type { ChannelType } from '../subscriptions/channels.ts';
import type { DeliveryOptions } from './delivery-options.ts';

export interface DeliveryReport { claimed: number; sent: number; failed: number; dead: number; deferred: number }

const messageSelect = {
  id: true, event: true, channelType: true, payload: true, attempts: true,
  subscription: { select: { channelConfig: true } },
  recipientUser: { select: { email: true, locale: true, timeZone: true, active: true } },
} satisfies Prisma.NotificationMessageSelect;
type ClaimedMessage = Prisma.NotificationMessageGetPayload<{ select: typeof messageSelect }>;

async function claim(db: Db, now: Date, opts: DeliveryOptions): Promise<string[]> {
  const leaseUntil = new Date(now.getTime() + opts.leaseMs);
  const scope = opts.subjectIds ? Prisma.sql`AND "subjectId" IN (${Prisma.join(opts.subjectIds.length ? opts.subjectIds : [''])})` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "NotificationMessage" SET "nextAttemptAt" = ${leaseUntil}, "updatedAt" = ${now}
    WHERE id IN (
      SELECT id FROM "NotificationMessage"
      WHERE status IN ('pending', 'failed') AND "channelType" <> 'inbox' AND "nextAttemptAt" <= ${now} ${scope}
      ORDER BY "nextAttemptAt"
      LIMIT ${opts.batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id`;
  return rows.map((r) => r.id);
}

/** The channel target: the subscription's, or for a direct email the recipient's own address. */
function targetOf(m: ClaimedMessage): Record<string, string> | null {
  const config = m.subscription?.channelConfig;
  if (config && typeof config === 'object' && !Array.isArray(config)) {
    return Object.fromEntries(Object.entries(config).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }
  if (m.channelType === 'email' && m.recipientUser) return { address: m.recipientUser.email };
  // Anonymous recipients (status page subscribers) carry their target in the payload.
  const given = m.payload && typeof m.payload === 'object' && !Array.isArray(m.payload) ? (m.payload as Record<string, unknown>).target : null;
  if (given && typeof given === 'object' && !Array.isArray(given)) {
    return Object.fromEntries(Object.entries(given).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }
  return null;
}

async function deliverOne(db: Db, m: ClaimedMessage, opts: DeliveryOptions, catalogue: (l: Locale) => Messages): Promise<keyof Omit<DeliveryReport, 'claimed'>> {
  const now = opts.now();
  const type = m.channelType as ChannelType;
  if (m.recipientUser && !m.recipientUser.active) {
    await db.notificationMessage.update({ where: { id: m.id }, data: { status: 'dead', lastError: 'The recipient\'s account is deactivated.' } });
    return 'dead';
  }
  const target = targetOf(m);
  if (!target) {
    await db.notificationMessage.update({ where: { id: m.id }, data: { status: 'dead', lastError: 'The channel target is gone (subscription deleted).' } });
    return 'dead';
  }
  const limit = rateLimits[type];
  if (limit && target.url) {
    const slot = await takeRateSlot(db, { key: rateTargetKey(type, target.url), limit, now });
    if (!slot.ok) {
      // Deferred, not failed: the attempt count is untouched.
      await db.notificationMessage.update({ where: { id: m.id }, data: { nextAttemptAt: slot.retryAt } });
      return 'deferred';
    }
  }
  const payload = (m.payload && typeof m.payload === 'object' ? m.payload : {}) as Record<string, unknown>;
  const locale = isLocale(m.recipientUser?.locale)
    ? (m.recipientUser.locale as Locale)
    : isLocale(payload.locale as string | null | undefined)
      ? (payload.locale as Locale)
      : opts.defaultLocale;
  const rendered = renderMessage(m.event, payload, { locale, messages: catalogue(locale), appUrl: opts.appUrl, timeZone: m.recipientUser?.timeZone });
  const result = await sendOnce(type, { messageId: m.id, event: m.event, rendered, payload, target, now, config: opts.channel });
  const attempts = m.attempts + 1;
  const answeredAt = opts.now();
  if (result.ok) {
    await db.notificationMessage.update({ where: { id: m.id }, data: { status: 'sent', sentAt: answeredAt, attempts, receiverAnswer: result.answer, lastError: null } });
    return 'sent';
  }
  const decision = nextRetry(opts.retry, attempts, answeredAt, opts.random);
  await db.notificationMessage.update({
    where: { id: m.id },
    data: {
      status: decision.status,
      attempts,
      receiverAnswer: result.answer,
      lastError: `Attempt ${attempts} of ${opts.retry.maxAttempts} failed${result.status ? ` (${result.status})` : ''}.`,
      ...(decision.status === 'failed' ? { nextAttemptAt: decision.nextAttemptAt } : {}),
    },
  });
  return decision.status;
}

export async function deliverDueMessages(db: Db, opts: DeliveryOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { claimed: 0, sent: 0, failed: 0, dead: 0, deferred: 0 };
  const ids = await claim(db, opts.now(), opts);
  report.claimed = ids.length;
  if (ids.length === 0) return report;
  const rows = await db.notificationMessage.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' }, select: messageSelect });
  const cache = new Map<Locale, Messages>();
  const catalogue = (l: Locale) => {
    let m = cache.get(l);
    if (!m) cache.set(l, (m = loadMessages(l)));
    return m;
  };
  // Up to `concurrency` sends at a time; rate limits are taken atomically per target.
  const queue = [...rows];
  const workers = Array.from({ length: Math.min(opts.concurrency, queue.length) }, async () => {
    for (let m = queue.shift(); m; m = queue.shift()) {
      try {
        report[await deliverOne(db, m, opts, catalogue)] += 1;
      } catch (e) {
        // A database error while marking: the lease expires and the message is tried again.
        console.error(`notification ${m.id}: delivery bookkeeping failed: ${(e as Error).message}`);
      }
    }
  });
  await Promise.all(workers);
  return report;
}
