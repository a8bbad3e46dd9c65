import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { hrefWith, type SearchParams } from '@/components/admin/search-params';
import { DeliveryTable } from '@/components/notifications/delivery-table';
import { RetryButton } from '@/components/notifications/retry-button';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { listNotificationsQuery } from '@/lib/notifications/delivery-schemas';
import { listNotifications } from '@/lib/notifications/list-notifications';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('delivery.deadLetters'))('title') };
}

// Dead letters: messages given up on (and those still failing), newest first, with Retry.
export default async function AdminNotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor('admin', '/admin/notifications');
  const sp = await searchParams;
  const status = sp.status === 'failed' ? 'failed' : 'dead';
  const cursor = typeof sp.cursor === 'string' ? sp.cursor : undefined;
  const parsed = listNotificationsQuery.safeParse({ status, limit: 50, cursor });
  const list = await listNotifications(getDb(), { actor, input: parsed.success ? parsed.data : listNotificationsQuery.parse({ status, limit: 50 }) });
  const t = await getTranslations('delivery.deadLetters');
  const tab = (s: 'dead' | 'failed', label: string) => (
    <Link href={hrefWith('/admin/notifications', {}, { status: s })} aria-current={status === s ? 'page' : undefined}
      className={`rounded-md px-3 py-1.5 text-sm ${status === s ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100'}`} data-testid={`notifications-tab-${s}`}>
      {label}
    </Link>
  );
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <div className="mb-4 flex gap-1">{tab('dead', t('filterDead'))}{tab('failed', t('filterFailed'))}</div>
      {list.items.length
        ? <DeliveryTable items={list.items} showSubject action={(n) => <RetryButton id={n.id} />} />
        : <p className="text-sm text-slate-600" data-testid="notifications-empty">{t('empty')}</p>}
      {list.nextCursor ? (
        <div className="mt-4"><Link className={buttonClass('secondary')} href={hrefWith('/admin/notifications', { status }, { cursor: list.nextCursor })}>{t('nextPage')}</Link></div>
      ) : null}
    </>
  );
}
