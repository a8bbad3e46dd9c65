import 'server-only';
// Anyone may subscribe to a page (optionally to one component). Email needs double opt-in:
// the address gets a confirmation link through the notifications outbox and hears nothing
// else until it is opened. Webhooks are taken at once (the URL passes the same target guard
// as every other webhook at delivery). Rate-limited per client and per address, and the
// answer is the same whether or not the address was already subscribed.
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import type { Locale } from '../i18n/locales.ts';
import { nudgeWorker } from '../notifications/nudge-worker.ts';
import { takeRateSlot } from '../notifications/rate-limits.ts';
import { statusPageTranslator } from './page-messages.ts';
import { pick } from './public-text.ts';
import type { SubscribeInput } from './schemas.ts';
import { hashToken, newToken } from './tokens.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const SUBSCRIBE_LIMIT = { max: 5, windowMs: 10 * 60_000 };

function invalid(path: string, message: string): AppError {
  return new AppError('invalid', `Some fields are not valid: ${path}.`, { issues: [{ path, message }] });
}

export async function subscribeToPage(
  db: Db,
  { slug, input, clientKey, now = new Date() }: { slug: string; input: SubscribeInput; clientKey: string; now?: Date },
): Promise<{ channel: 'email' | 'webhook'; pending: boolean }> {
  const target = input.channel === 'email' ? (input.email ?? '').toLowerCase() : (input.url ?? '');
  if (input.channel === 'email' && !EMAIL.test(target)) throw invalid('email', 'Enter an email address such as name@example.com.');
  if (input.channel === 'webhook' && !/^https?:\/\/[^\s]+$/.test(target)) throw invalid('url', 'Enter a web address starting with https://.');
  const page = await db.statusPage.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, titleZh: true, defaultLocale: true, components: { select: { serviceId: true, service: { select: { slug: true } } } } } });
  if (!page) throw new AppError('not_found', `No status page '${slug}'.`);
  const component = input.component ? page.components.find((c) => c.service.slug === input.component) : null;
  if (input.component && !component) throw invalid('component', 'Choose a component shown on this page.');

  for (const key of [`status-subscribe:client:${clientKey}`, `status-subscribe:target:${hashToken(target)}`]) {
    const slot = await takeRateSlot(db, { key, limit: SUBSCRIBE_LIMIT, now });
    if (!slot.ok) throw new AppError('rate_limited', 'Too many subscription requests; try again in a few minutes.');
  }

  const locale = (input.locale ?? page.defaultLocale) === 'zh-CN' ? 'zh-CN' : 'en';
  const serviceId = component?.serviceId ?? null;
  return db.$transaction(async (tx) => {
    const existing = await tx.statusPageSubscriber.findFirst({ where: { pageId: page.id, channel: input.channel, target, serviceId }, select: { id: true, confirmedAt: true } });
    if (input.channel === 'webhook') {
      if (!existing) await tx.statusPageSubscriber.create({ data: { pageId: page.id, serviceId, channel: 'webhook', target, locale, unsubscribeToken: newToken().token, confirmedAt: now } });
      return { channel: 'webhook' as const, pending: false };
    }
    if (existing?.confirmedAt) return { channel: 'email' as const, pending: true };
    const confirm = newToken();
    if (existing) {
      await tx.statusPageSubscriber.update({ where: { id: existing.id }, data: { confirmTokenHash: confirm.hash, locale } });
    } else {
      await tx.statusPageSubscriber.create({ data: { pageId: page.id, serviceId, channel: 'email', target, locale, confirmTokenHash: confirm.hash, unsubscribeToken: newToken().token } });
    }
    const t = statusPageTranslator(locale as Locale);
    const pageTitle = pick({ en: page.title, zh: page.titleZh }, locale);
    await tx.notificationMessage.create({
      data: {
        event: 'status_page_confirmation',
        subjectType: 'status_page',
        subjectId: page.id,
        channelType: 'email',
        reason: 'status_page_subscriber',
        status: 'pending',
        payload: {
          title: t('email.confirmSubject', { page: pageTitle }),
          body: t('email.confirmBody', { page: pageTitle }),
          linkPath: `/status/${page.slug}/confirm?token=${confirm.token}`,
          target: { address: target },
          locale,
        },
      },
    });
    await nudgeWorker(tx);
    return { channel: 'email' as const, pending: true };
  });
}

export async function confirmSubscription(db: Db, { slug, token }: { slug: string; token: string }): Promise<boolean> {
  const { count } = await db.statusPageSubscriber.updateMany({
    where: { confirmTokenHash: hashToken(token), page: { slug } },
    data: { confirmedAt: new Date(), confirmTokenHash: null },
  });
  return count > 0;
}

export async function unsubscribe(db: Db, { slug, token }: { slug: string; token: string }): Promise<boolean> {
  const { count } = await db.statusPageSubscriber.deleteMany({ where: { unsubscribeToken: token, page: { slug } } });
  return count > 0;
}
