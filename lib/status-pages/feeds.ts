// Atom and RSS feeds of a page's public updates (incidents and maintenance), newest first,
// built with the `feed` library so the XML is well-formed and escaped. Pure.
import { Feed } from 'feed';
import type { Translate } from './page-messages.ts';
import type { PageView } from './page-view.ts';
import { pick } from './public-text.ts';

export function buildFeed(v: PageView, { locale, baseUrl, t }: { locale: string; baseUrl: string; t: Translate }): Feed {
  const pageUrl = `${baseUrl}/status/${v.slug}`;
  const feed = new Feed({
    title: t('public.pageTitle', { title: pick(v.title, locale) }),
    description: pick(v.description, locale) || undefined,
    id: pageUrl,
    link: pageUrl,
    language: locale,
    copyright: '',
    updated: new Date(v.generatedAt),
    feedLinks: { atom: `${pageUrl}/history.atom`, rss: `${pageUrl}/history.rss` },
  });
  const items: { id: string; title: string; link: string; date: Date; content: string }[] = [];
  for (const i of [...v.activeIncidents, ...v.pastIncidents]) {
    for (const u of i.updates) {
      const workaround = pick(u.workaround, locale);
      items.push({
        id: `${pageUrl}#update-${u.id}`,
        title: `${pick(i.name, locale)} — ${t(`updateStatus.${u.status}`)}`,
        link: `${pageUrl}#incident-${i.id}`,
        date: new Date(u.createdAt),
        content: [pick(u.body, locale), workaround ? t('public.workaroundLine', { text: workaround }) : ''].filter(Boolean).join('\n\n'),
      });
    }
  }
  for (const m of [...v.maintenances, ...v.pastMaintenances]) {
    items.push({
      id: `${pageUrl}#maintenance-${m.id}`,
      title: `${pick(m.name, locale)} — ${t(`maintenanceStatus.${m.status}`)}`,
      link: `${pageUrl}#maintenance-${m.id}`,
      date: new Date(m.updatedAt),
      content: [`${m.scheduledFor} – ${m.scheduledUntil}`, pick(m.note, locale)].filter(Boolean).join('\n\n'),
    });
  }
  items.sort((a, b) => b.date.getTime() - a.date.getTime());
  for (const it of items.slice(0, 100)) feed.addItem({ title: it.title, id: it.id, link: it.link, date: it.date, description: it.content, content: it.content });
  return feed;
}
