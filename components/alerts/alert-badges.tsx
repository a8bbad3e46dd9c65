// Alert status and routing outcome: colour plus text, as on the incident badges.
import { useTranslations } from 'next-intl';
import type { AlertStatus, AlertSummaryOutput } from '@/lib/alerts/schemas';

const base = 'inline-flex items-center whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold';
const statusClass: Record<AlertStatus, string> = {
  firing: 'bg-red-600 text-white',
  acknowledged: 'bg-amber-200 text-amber-900',
  resolved: 'bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200',
};

export function AlertStatusBadge({ status }: { status: AlertStatus }) {
  const t = useTranslations('alerts.status');
  return <span className={`${base} ${statusClass[status]}`} data-testid="alert-status" data-status={status}>{t(status)}</span>;
}

export function AlertFlags({ alert }: { alert: Pick<AlertSummaryOutput, 'flapping' | 'duringChange'> }) {
  const t = useTranslations('alerts');
  return (
    <>
      {alert.flapping ? <span className={`${base} bg-purple-100 text-purple-800`}>{t('flapping')}</span> : null}
      {alert.duringChange ? <span className={`${base} bg-sky-100 text-sky-800`} data-testid="during-change">{t('duringChange')}</span> : null}
    </>
  );
}

const outcomes = new Set(['declared', 'attached', 'recorded', 'suppressed', 'held', 'resolved', 'acknowledged', 'failed']);

export function OutcomeText({ outcome, reference }: { outcome: string | null; reference: string | null }) {
  const t = useTranslations('alerts.outcome');
  const key = outcome && outcomes.has(outcome) ? outcome : 'pending';
  return <span className="text-xs text-slate-600">{t(key as 'pending', { ref: reference ?? '' })}</span>;
}

export function CorrelationText({ c }: { c: NonNullable<AlertSummaryOutput['correlation']> }) {
  const t = useTranslations('alerts.correlation');
  return <span data-testid="alert-correlation">{t(c.relation, { minutes: c.minutes, title: c.title, service: c.service })}</span>;
}
