// Status, risk and short-notice badges for changes: colour plus text (never colour alone),
// the same on the list and the change page.
import { useTranslations } from 'next-intl';
import type { ChangeRisk } from '@/lib/changes/schemas';
import type { ChangeStatus } from '@/lib/changes/status-machine';

const base = 'inline-flex items-center whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold';

const statusClass: Record<ChangeStatus, string> = {
  scheduled: 'bg-sky-50 text-sky-800 ring-sky-200',
  in_progress: 'bg-orange-50 text-orange-800 ring-orange-200',
  completed: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  rolled_back: 'bg-red-50 text-red-800 ring-red-200',
  cancelled: 'bg-slate-100 text-slate-700 ring-slate-200',
};

const riskClass: Record<ChangeRisk, string> = {
  low: 'bg-slate-100 text-slate-700',
  medium: 'bg-amber-200 text-amber-900',
  high: 'bg-red-600 text-white',
};

export function ChangeStatusBadge({ status }: { status: ChangeStatus }) {
  const t = useTranslations('changes');
  return <span className={`${base} font-medium ring-1 ${statusClass[status]}`} data-testid="change-status" data-status={status}>{t(`status.${status}`)}</span>;
}

export function RiskBadge({ risk }: { risk: ChangeRisk }) {
  const t = useTranslations('changes');
  return <span className={`${base} ${riskClass[risk]}`} data-testid="change-risk" data-risk={risk}>{t(`risk.${risk}`)}</span>;
}

/** `hours`: the service's notice period, shown on hover when known. */
export function ShortNoticeBadge({ hours }: { hours?: number }) {
  const t = useTranslations('changes');
  return (
    <span className={`${base} bg-amber-100 text-amber-900 ring-1 ring-amber-300`} title={hours !== undefined ? t('shortNoticeHelp', { hours }) : undefined} data-testid="short-notice">
      ⚠ {t('shortNotice')}
    </span>
  );
}
