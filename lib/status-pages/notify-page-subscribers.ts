import 'server-only';
// Tells a page's confirmed subscribers about a new public update, through the notifications
// outbox (same table, worker, retries and SMTP/webhook channels as everything else).
// Subscribers are anonymous: their address travels in the payload as the message's target,
// with their language, the page link and a one-click unsubscribe link.
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import type { Locale } from '../i18n/locales.ts';
import { nudgeWorker } from '../notifications/nudge-worker.ts';
import { statusPageTranslator } from './page-messages.ts';
import { pick } from './public-text.ts';

export async function notifyPageSubscribers(tx: DbTx, { pageId, updateId, incidentId }: { pageId: string; updateId: string; incidentId: string }): Promise<number> {
  const update = await tx.statusPageUpdate.findUniqueOrThrow({
    where: { id: updateId },
    select: { status: true, titleEn: true, titleZh: true, bodyEn: true, bodyZh: true, workaroundEn: true, workaroundZh: true, page: { select: { slug: true, title: true, titleZh: true } } },
  });
  const [impacts, services] = await Promise.all([
    tx.incidentImpact.findMany({ where: { incidentId }, select: { serviceId: true } }),
    tx.incidentService.findMany({ where: { incidentId }, select: { serviceId: true } }),
  ]);
  const affected = [...new Set([...impacts, ...services].map((s) => s.serviceId))];
  const subscribers = await tx.statusPageSubscriber.findMany({
    where: { pageId, confirmedAt: { not: null }, OR: [{ serviceId: null }, { serviceId: { in: affected } }] },
    select: { id: true, channel: true, target: true, locale: true, unsubscribeToken: true },
  });
  if (subscribers.length === 0) return 0;
  const rows: Prisma.NotificationMessageCreateManyInput[] = [];
  for (const s of subscribers) {
    const locale = (s.locale === 'zh-CN' ? 'zh-CN' : 'en') as Locale;
    const t = statusPageTranslator(locale);
    const pageTitle = pick({ en: update.page.title, zh: update.page.titleZh }, locale);
    const title = pick({ en: update.titleEn, zh: update.titleZh }, locale);
    const workaround = pick({ en: update.workaroundEn, zh: update.workaroundZh }, locale);
    const body = [
      `${t(`updateStatus.${update.status}`)}: ${pick({ en: update.bodyEn, zh: update.bodyZh }, locale)}`,
      ...(workaround ? ['', t('public.workaroundLine', { text: workaround })] : []),
    ].join('\n');
    rows.push({
      event: 'status_page_update',
      subjectType: 'status_page',
      subjectId: pageId,
      channelType: s.channel === 'webhook' ? 'webhook' : 'email',
      reason: 'status_page_subscriber',
      status: 'pending',
      payload: {
        title: `[${pageTitle}] ${title}`,
        body,
        status: update.status,
        linkPath: `/status/${update.page.slug}?lang=${locale}`,
        unsubscribePath: `/status/${update.page.slug}/unsubscribe?token=${s.unsubscribeToken}`,
        unsubscribeLabel: t('email.unsubscribe'),
        target: s.channel === 'webhook' ? { url: s.target } : { address: s.target },
        locale,
      },
    });
  }
  await tx.notificationMessage.createMany({ data: rows });
  await nudgeWorker(tx);
  return rows.length;
}
