import 'server-only';
// Where the outbox sends an on-call message: the contact method the person's notification
// rule chose (payload.contactMethodId), else their account email. Chat methods post to the
// person's robot with an @-mention of their chat identity.
import type { DbTx } from '../db/client.ts';

export async function onCallTarget(db: DbTx, m: { channelType: string; payload: Record<string, unknown>; recipientEmail: string | null }): Promise<{ target: Record<string, string>; mention: string | null } | null> {
  const methodId = typeof m.payload.contactMethodId === 'string' ? m.payload.contactMethodId : null;
  if (!methodId) return m.channelType === 'email' && m.recipientEmail ? { target: { address: m.recipientEmail }, mention: null } : null;
  const method = await db.contactMethod.findUnique({ where: { id: methodId }, select: { type: true, value: true, config: true } });
  if (!method) return null;
  if (method.type === 'email') return { target: { address: method.value }, mention: null };
  if (method.type === 'sms') return { target: { phone: method.value }, mention: null };
  if (method.type === 'chat') {
    const c = (method.config && typeof method.config === 'object' ? method.config : {}) as Record<string, unknown>;
    const target = Object.fromEntries(Object.entries(c).filter((e): e is [string, string] => typeof e[1] === 'string'));
    return { target, mention: method.value };
  }
  return null;
}
