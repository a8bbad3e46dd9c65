import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MarkAllReadButton } from '@/components/inbox/inbox-item-actions';
import { InboxItem } from '@/components/inbox/inbox-item';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { listInbox } from '@/lib/inbox/list-inbox';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('inbox'))('title') };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function InboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor('viewer', '/inbox');
  const t = await getTranslations('inbox');
  const sp = await searchParams;
  const unreadOnly = one(sp.filter) === 'unread';
  const cursor = one(sp.cursor);
  const db = getDb();
  const input = { unread: unreadOnly, limit: 30 };
  // A stale or hand-edited cursor shows the first page rather than an error.
  const page = await listInbox(db, { actor, input: { ...input, cursor } }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'invalid') return listInbox(db, { actor, input });
    throw e;
  });
  const href = (filter: 'unread' | 'all', c?: string) => `/inbox?filter=${filter}${c ? `&cursor=${encodeURIComponent(c)}` : ''}`;
  const filter = unreadOnly ? 'unread' : 'all';

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} actions={page.unread > 0 ? <MarkAllReadButton /> : null} />
      <nav className="mb-4 flex gap-1" aria-label={t('title')}>
        {(['all', 'unread'] as const).map((f) => (
          <Link key={f} href={href(f)} aria-current={f === filter ? 'page' : undefined} className={buttonClass(f === filter ? 'primary' : 'ghost')} data-testid={`inbox-filter-${f}`}>
            {t(`filters.${f}`)}{f === 'unread' && page.unread > 0 ? ` (${page.unread})` : ''}
          </Link>
        ))}
      </nav>
      {page.items.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="inbox-empty">{unreadOnly ? t('emptyUnread') : t('empty')}</p>
      ) : (
        <ul className="space-y-3" data-testid="inbox-list">
          {page.items.map((item) => <InboxItem key={item.id} item={item} />)}
        </ul>
      )}
      <nav className="mt-4 flex gap-2" aria-label={t('title')}>
        {cursor ? <Link href={href(filter)} className={buttonClass('ghost')}>{t('firstPage')}</Link> : null}
        {page.nextCursor ? <Link href={href(filter, page.nextCursor)} className={buttonClass('secondary')}>{t('nextPage')}</Link> : null}
      </nav>
    </>
  );
}
