// A list of alerts: cards that stack on a phone and read as rows on a wide screen.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { AlertSummaryOutput } from '@/lib/alerts/schemas';
import { AlertFlags, AlertStatusBadge, CorrelationText, OutcomeText } from './alert-badges';

export function AlertList({ alerts, lastSeenText, empty }: { alerts: AlertSummaryOutput[]; lastSeenText: Record<string, string>; empty: string }) {
  const t = useTranslations('alerts');
  if (alerts.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" data-testid="alert-list">
      {alerts.map((a) => (
        <li key={a.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-start sm:gap-4" data-testid="alert-row" data-alert-id={a.id} data-status={a.status}>
          <div className="flex shrink-0 flex-wrap items-center gap-1 sm:w-40">
            <AlertStatusBadge status={a.status} />
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{a.severity}</span>
            <AlertFlags alert={a} />
          </div>
          <div className="min-w-0 flex-1">
            <Link href={`/alerts/${a.id}`} className="break-words font-medium text-slate-900 hover:underline">{a.summary}</Link>
            <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-600">
              <span>{a.service ? a.service.name : '—'}</span>
              <span>{a.source.name}</span>
              <span>{t('occurrences', { count: a.occurrences })}</span>
              <span>{lastSeenText[a.id]}</span>
            </p>
            {a.correlation ? <p className="mt-1 text-xs text-amber-800"><CorrelationText c={a.correlation} /></p> : null}
          </div>
          <div className="shrink-0 text-sm sm:w-36 sm:text-right">
            {a.incident ? <Link className="font-medium text-brand-700 hover:underline" href={`/incidents/${a.incident.reference}`}>{a.incident.reference}</Link> : null}
            <div><OutcomeText outcome={a.outcome} reference={a.incident?.reference ?? null} /></div>
          </div>
        </li>
      ))}
    </ul>
  );
}
