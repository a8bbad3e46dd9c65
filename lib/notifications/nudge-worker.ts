import 'server-only';
// Wakes the delivery worker: a pg_notify inside the transaction that wrote outbox rows, which
// PostgreSQL delivers to listeners only when that transaction commits (and never if it rolls
// back). A missed notification costs only latency: the worker also sweeps periodically.
import type { DbTx } from '../db/client.ts';

export const OUTBOX_CHANNEL = 'firebreak_outbox';

export async function nudgeWorker(tx: DbTx): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
}

/**
 * Inbox messages need no sending: they are delivered the moment they are written (the
 * unread count works without the worker). Everything else starts pending.
 */
export function initialDelivery(channelType: string, now: Date): { status: 'sent' | 'pending'; sentAt: Date | null } {
  return channelType === 'inbox' ? { status: 'sent', sentAt: now } : { status: 'pending', sentAt: null };
}
