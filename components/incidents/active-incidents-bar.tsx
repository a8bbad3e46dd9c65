'use client';
// The browser side of the active incidents banner: refreshed every 15 s, and at once when a
// live incident page hears of a change (it invalidates the same query key).
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { ActiveIncidentsOutput } from '@/lib/incidents/schemas';
import { apiFetch } from '@/lib/client/api-client';
import { SeverityBadge, StatusBadge } from './badges';
import { incidentKeys } from './query-keys';

export function ActiveIncidentsBar({ initial }: { initial: ActiveIncidentsOutput | undefined }) {
  const t = useTranslations('incidents.banner');
  const { data } = useQuery({
    queryKey: incidentKeys.active(),
    queryFn: () => apiFetch<ActiveIncidentsOutput>('/api/v1/incidents/active'),
    ...(initial ? { initialData: initial } : {}),
    refetchInterval: 15_000,
    staleTime: 5_000,
  });
  const items = data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <div role="region" aria-label={t('label')} className="border-b border-red-200 bg-red-50" data-testid="active-incidents-banner">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 text-sm">
        <span className="font-semibold text-red-800">{t('title', { count: items.length })}</span>
        <ul className="flex min-w-0 max-w-full flex-wrap gap-x-4 gap-y-1">
          {items.slice(0, 8).map((i) => (
            <li key={i.id} className="min-w-0 max-w-full">
              <Link href={`/incidents/${i.number}`} className="flex min-w-0 max-w-full items-center gap-1.5 rounded px-1 text-red-900 hover:underline" data-testid="active-incident-link">
                <span className="shrink-0"><SeverityBadge severity={i.severity} /></span>
                <span className="shrink-0 whitespace-nowrap font-mono text-xs">{i.reference}</span>
                <span className="min-w-0 max-w-[16rem] truncate">{i.title}</span>
                <span className="shrink-0"><StatusBadge status={i.status} /></span>
                {i.updateOverdue ? <span className="text-xs font-semibold text-red-700">{t('updateOverdue')}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
        {items.length > 8 ? (
          <Link href="/incidents?status=investigating,identified,monitoring&drill=exclude" className="text-red-800 underline">
            {t('more', { count: items.length - 8 })}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
