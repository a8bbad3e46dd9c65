import 'server-only';
// What a one-time link would do, without doing it: the link page shows this on GET (chat apps
// and mail scanners open links to preview them, so a GET must never acknowledge) and offers a
// button that performs it (redeemPageLink).
import type { Db } from '../db/client.ts';
import { formatReference } from '../incidents/reference.ts';
import { verifyPageLink } from './page-links.ts';

export type LinkPreview =
  | { state: 'ready'; action: 'ack' | 'escalate'; reference: string; title: string }
  | { state: 'used' | 'expired' | 'invalid' | 'ended'; reference: string | null; title: string | null };

export async function checkPageLink(db: Db, { token, now = new Date() }: { token: string; now?: Date }): Promise<LinkPreview> {
  const check = await verifyPageLink(db, token, now);
  if (!check.ok) return { state: check.reason, reference: null, title: null };
  const page = await db.page.findUnique({
    where: { id: check.claims.pageId },
    select: { userId: true, escalation: { select: { status: true, incident: { select: { number: true, title: true } } } } },
  });
  if (!page || page.userId !== check.claims.userId) return { state: 'invalid', reference: null, title: null };
  const ref = { reference: formatReference(page.escalation.incident.number), title: page.escalation.incident.title };
  if (await db.pageLinkUse.findUnique({ where: { nonce: check.claims.nonce }, select: { nonce: true } })) return { state: 'used', ...ref };
  if (page.escalation.status !== 'active') return { state: 'ended', ...ref };
  return { state: 'ready', action: check.claims.action, ...ref };
}
