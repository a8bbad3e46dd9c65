'use client';
// The inbox link in the header with the unread count. The first count comes with the page;
// then it refreshes every minute, when the tab regains focus and on every navigation, with
// one cheap count query (GET /api/v1/inbox/unread-count).
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { inboxKeys } from './query-keys';

export function InboxBadge({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations('inbox');
  const pathname = usePathname();
  const { data, refetch } = useQuery({
    queryKey: inboxKeys.unreadCount(),
    queryFn: () => apiFetch<{ unread: number }>('/api/v1/inbox/unread-count'),
    initialData: { unread: initialUnread },
    refetchInterval: 60_000,
    staleTime: 5_000,
  });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void refetch();
  }, [pathname, refetch]);
  const unread = data.unread;
  return (
    <Link href="/inbox" className="relative rounded-md px-2 py-1 text-sm text-slate-200 hover:bg-slate-700" data-testid="inbox-link" aria-label={`${t('link')}: ${t('badge', { count: unread })}`}>
      {t('link')}
      {unread > 0 ? (
        <span className="ml-1 inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white" data-testid="inbox-unread-count">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
