'use client';
// "Recent changes" on the incident page: changes on the affected services and everything they
// depend on, nearest to the incident's start first, each with a one-click "link as trigger"
// for responders (a trigger factor in the analysis, naming the change).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { apiFetch } from '@/lib/client/api-client';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { LinkChangeOutput, RecentChangesOutput } from '@/lib/changes/recent-changes-schemas';
import { ChangeStatusBadge, ShortNoticeBadge } from './change-badges';
import { useErrorPresenter } from '@/lib/client/error-presenter';

const key = (ref: string, hours: number) => ['changes', 'recent-for-incident', ref, hours] as const;

export function RecentChangesPanel({ incidentRef, hours, initial, canWrite, hasServices }: { incidentRef: string; hours: number; initial: RecentChangesOutput; canWrite: boolean; hasServices: boolean }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('changes');
  const ts = useTranslations('story.recentChanges');
  const format = useFormatter();
  const queryClient = useQueryClient();
  const path = `/api/v1/incidents/${encodeURIComponent(incidentRef)}`;
  const { data } = useQuery({ queryKey: key(incidentRef, hours), queryFn: () => apiFetch<RecentChangesOutput>(`${path}/recent-changes?hours=${hours}`), initialData: initial, staleTime: 30_000 });
  const link = useMutation({
    mutationFn: (changeId: string) => apiFetch<LinkChangeOutput>(`${path}/change-links`, { method: 'POST', body: { change: changeId } }),
    onSuccess: (res) => {
      queryClient.setQueryData<RecentChangesOutput>(key(incidentRef, hours), (old) =>
        old ? { ...old, items: old.items.map((i) => (i.change.id === res.changeId ? { ...i, linkedFactorId: res.factor.id } : i)) } : old);
    },
  });
  return (
    <Card title={t('recent.title')} className="mt-6">
      <p className="mb-3 text-sm text-slate-600">{t('recent.intro', { hours })}</p>
      {data.window.open && data.window.upcomingUntil ? (
        <p className="-mt-2 mb-3 text-sm text-slate-600" data-testid="recent-changes-open-window">
          {ts('openWindow', { until: format.dateTime(new Date(data.window.upcomingUntil), { dateStyle: 'short', timeStyle: 'short' }) })}
        </p>
      ) : null}
      {!hasServices ? <p className="text-sm text-slate-600">{t('recent.noServices')}</p> : null}
      {hasServices && data.items.length === 0 ? <p className="text-sm text-slate-600" data-testid="recent-changes-empty">{t('recent.empty')}</p> : null}
      <ul className="divide-y divide-slate-100" data-testid="recent-changes">
        {data.items.map((i) => (
          <li key={i.change.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm" data-testid="recent-change" data-change-id={i.change.id} data-relation={i.relation}>
            <div className="min-w-0">
              {i.relation !== 'before' ? (
                <span className={`mr-2 inline-flex rounded px-1.5 py-0.5 text-xs font-semibold ${i.relation === 'upcoming' ? 'bg-sky-100 text-sky-900' : 'bg-red-100 text-red-900'}`} data-testid="recent-change-relation">
                  {ts(`relation.${i.relation}`)}
                </span>
              ) : null}
              <time dateTime={i.at} className="mr-2 font-mono text-slate-600">{format.dateTime(new Date(i.at), { dateStyle: 'short', timeStyle: 'short' })}</time>
              <Link href={`/changes/${i.change.id}`} className="font-medium text-sky-700 hover:underline">{i.change.title}</Link>
              <span className="text-slate-600"> · {i.change.service.name} ({i.depth === 0 ? t('recent.direct') : t('recent.depth', { depth: i.depth })}) · {t(`kind.${i.change.kind}`)}</span>
              <span className="ml-2 inline-flex gap-1 align-middle">
                <ChangeStatusBadge status={i.change.status} />
                {i.change.shortNotice ? <ShortNoticeBadge hours={i.change.noticePeriodHours} /> : null}
              </span>
            </div>
            {i.linkedFactorId ? (
              <span className="text-emerald-700" data-testid="recent-change-linked">✓ {t('recent.linked')}</span>
            ) : canWrite ? (
              <Button variant="secondary" disabled={link.isPending} onClick={() => link.mutate(i.change.id)} data-testid="recent-change-link">{t('recent.link')}</Button>
            ) : null}
          </li>
        ))}
      </ul>
      {link.error ? <p role="alert" className="mt-2 text-sm text-red-600">{t('recent.failed', { message: presenter.message(link.error) })}</p> : null}
    </Card>
  );
}
