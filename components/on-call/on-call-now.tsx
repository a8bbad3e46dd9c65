'use client';
// "On call now" and "next" for services, above the static contacts wherever "who to call"
// appears (service page, incident page, declare dialog), with a coverage-gap warning. Times in
// the reader's zone. Refreshed every minute: a handoff can happen while the page is open.
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { apiFetch } from '@/lib/client/api-client';
import type { ServiceOnCall } from '@/lib/on-call/who-is-on-call';
import { onCallKeys } from './query-keys';

export function useOnCall(slugs: string[]) {
  return useQuery({
    queryKey: onCallKeys.services(slugs),
    queryFn: () => apiFetch<ServiceOnCall[]>(`/api/v1/on-call/services?services=${encodeURIComponent(slugs.join(','))}`),
    enabled: slugs.length > 0,
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
}

export function OnCallNow({ slug, data }: { slug: string; data: ServiceOnCall[] | undefined }) {
  const t = useTranslations('onCall.who');
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { weekday: 'short', hour: '2-digit', minute: '2-digit', month: 'short', day: 'numeric' });
  const entry = data?.find((d) => d.slug === slug);
  if (!entry || entry.schedules.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1 rounded-md bg-emerald-50 p-2 text-sm ring-1 ring-emerald-200" data-testid="on-call-now">
      {entry.schedules.map((s) => (
        <li key={s.id} className="break-words">
          <span className="text-xs text-slate-600">{t('schedule', { name: s.name })}</span>
          <p>
            <span className="font-semibold">{t('now')}: </span>
            <span data-testid="on-call-person">{s.onCall.length ? s.onCall.map((p) => p.name).join(', ') : t('nobody')}</span>
            {s.onCall.length ? s.onCall.map((p) => <a key={p.email} href={`mailto:${p.email}`} className="ml-1 text-brand-700 underline">{p.email}</a>) : null}
            {s.until ? <span className="ml-1 text-slate-600">{t('until', { when: when(s.until) })}</span> : null}
          </p>
          {s.next ? (
            <p className="text-slate-700">
              <span className="font-semibold">{t('next')}: </span>
              {s.next.onCall.length ? s.next.onCall.map((p) => p.name).join(', ') : t('nobody')}
              {s.until ? <span className="ml-1 text-slate-600">{t('from', { when: when(s.until) })}</span> : null}
            </p>
          ) : null}
          {s.gap ? <p role="status" className="text-amber-800" data-testid="on-call-gap">⚠ {t('gap', { from: when(s.gap.from), to: when(s.gap.to) })}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** The widget for a list of services (the declare dialog, a service page). */
export function OnCallForServices({ slugs }: { slugs: string[] }) {
  const t = useTranslations('onCall.who');
  const { data } = useOnCall(slugs);
  if (!data || data.every((d) => d.schedules.length === 0)) return null;
  return (
    <section aria-label={t('heading')} className="space-y-1" data-testid="on-call-for-services">
      <h3 className="text-sm font-semibold text-slate-700">{t('heading')}</h3>
      {slugs.map((slug) => <OnCallNow key={slug} slug={slug} data={data} />)}
    </section>
  );
}
