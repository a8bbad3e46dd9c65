import 'server-only';
// Publishing a stakeholder update to status pages: one public update row per page, written
// in the transaction that posts the update, and a message to each page's confirmed
// subscribers through the notifications outbox. Only the public texts travel: the internal
// timeline entry is referenced by id and never shown.
import type { Actor } from '../auth/actor.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { notifyPageSubscribers } from './notify-page-subscribers.ts';
import { toBilingual } from './public-text.ts';
import type { PublicText } from './schemas.ts';

export interface StatusPagePublication {
  statusPages: string[];
  publicTitle?: PublicText;
  publicText?: PublicText;
  workaround?: PublicText;
  linkPostmortem?: boolean;
}

const publicStatus: Record<string, string> = {
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  resolved: 'resolved',
  closed: 'resolved',
};

/** Checks the page slugs before anything is written; returns the pages' ids. */
export async function resolvePublicationPages(tx: DbTx, slugs: string[]): Promise<{ id: string; slug: string }[]> {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return [];
  const pages = await tx.statusPage.findMany({ where: { slug: { in: unique } }, select: { id: true, slug: true } });
  const known = new Set(pages.map((p) => p.slug));
  const issues = slugs.flatMap((s, i) => (known.has(s) ? [] : [{ path: `statusPages.${i}`, message: `There is no status page '${s}'.` }]));
  if (issues.length) throw new AppError('invalid', `Some fields are not valid: ${issues.map((i) => i.path).join(', ')}.`, { issues });
  return pages;
}

export async function publishToStatusPages(
  tx: DbTx,
  actor: Actor,
  {
    incident,
    entryId,
    publication,
    defaultBody,
  }: { incident: { id: string; title: string; status: string; drill: boolean }; entryId: string; publication: StatusPagePublication; defaultBody: string },
): Promise<number> {
  const pages = await resolvePublicationPages(tx, publication.statusPages);
  if (pages.length === 0) return 0;
  const title = toBilingual(publication.publicTitle, actor.locale, incident.title);
  const body = toBilingual(publication.publicText, actor.locale, defaultBody);
  const workaround = toBilingual(publication.workaround, actor.locale);
  const status = publicStatus[incident.status] ?? 'investigating';
  for (const page of pages) {
    const update = await tx.statusPageUpdate.create({
      data: {
        pageId: page.id,
        incidentId: incident.id,
        entryId,
        status,
        titleEn: title.en,
        titleZh: title.zh,
        bodyEn: body.en,
        bodyZh: body.zh,
        workaroundEn: workaround.en,
        workaroundZh: workaround.zh,
        linkPostmortem: publication.linkPostmortem ?? false,
      },
      select: { id: true },
    });
    // Drills are never shown on a page, so nobody outside is told about them either.
    if (!incident.drill) await notifyPageSubscribers(tx, { pageId: page.id, updateId: update.id, incidentId: incident.id });
  }
  return pages.length;
}
