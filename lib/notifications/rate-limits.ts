import 'server-only';
// Per-target rate limits of the chat platforms (WeCom: 20 messages a minute per robot). The
// count lives in the database (NotificationRateUse), so several worker instances share one
// budget per target; an advisory lock on the target makes check-and-take atomic. A message
// over the limit is deferred to when the window has room, never failed.
import { createHash } from 'node:crypto';
import type { Db } from '../db/client.ts';
import type { ChannelType } from '../subscriptions/channels.ts';

export interface RateLimit { max: number; windowMs: number }

export const rateLimits: Partial<Record<ChannelType, RateLimit>> = {
  wecom: { max: 20, windowMs: 60_000 },
  dingtalk: { max: 20, windowMs: 60_000 },
  feishu: { max: 100, windowMs: 60_000 },
  slack: { max: 1, windowMs: 1_000 },
};

/** A stable, secret-free key for a target URL (the URL itself is a credential). */
export function rateTargetKey(channelType: ChannelType, url: string): string {
  return `${channelType}:${createHash('sha256').update(url).digest('hex').slice(0, 32)}`;
}

export type RateDecision = { ok: true } | { ok: false; retryAt: Date };

/** Takes one slot in the target's window at `now`, or says when the next one frees up. */
export async function takeRateSlot(db: Db, { key, limit, now }: { key: string; limit: RateLimit; now: Date }): Promise<RateDecision> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const since = new Date(now.getTime() - limit.windowMs);
    const used = await tx.notificationRateUse.findMany({
      where: { targetKey: key, usedAt: { gt: since, lte: now } },
      orderBy: { usedAt: 'asc' },
      select: { usedAt: true },
    });
    if (used.length >= limit.max) {
      const oldest = used[used.length - limit.max]?.usedAt ?? now;
      return { ok: false as const, retryAt: new Date(oldest.getTime() + limit.windowMs + 1) };
    }
    await tx.notificationRateUse.create({ data: { targetKey: key, usedAt: now } });
    return { ok: true as const };
  });
}

/** Forgets uses older than any window (called by the worker's sweep). */
export async function pruneRateUses(db: Db, now: Date): Promise<void> {
  await db.notificationRateUse.deleteMany({ where: { usedAt: { lt: new Date(now.getTime() - 3_600_000) } } });
}
