// Severity, status and drill badges: colour plus text (never colour alone), the same on the
// list, the banner and the incident page.
import { useTranslations } from 'next-intl';
import type { Severity } from '@/lib/incidents/schemas';
import type { IncidentStatus } from '@/lib/incidents/status-machine';

const severityClass: Record<Severity, string> = {
  SEV1: 'bg-red-600 text-white',
  SEV2: 'bg-orange-500 text-white',
  SEV3: 'bg-amber-200 text-amber-900',
  SEV4: 'bg-slate-200 text-slate-800',
};

const statusClass: Record<IncidentStatus, string> = {
  investigating: 'bg-red-50 text-red-800 ring-red-200',
  identified: 'bg-orange-50 text-orange-800 ring-orange-200',
  monitoring: 'bg-sky-50 text-sky-800 ring-sky-200',
  resolved: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  closed: 'bg-slate-100 text-slate-700 ring-slate-200',
};

const base = 'inline-flex items-center whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold';

export function SeverityBadge({ severity, long = false }: { severity: Severity; long?: boolean }) {
  const t = useTranslations('incidents');
  return (
    <span className={`${base} ${severityClass[severity]}`} data-testid="severity-badge" data-severity={severity}>
      {long ? t(`severity.${severity}`) : severity}
    </span>
  );
}

export function StatusBadge({ status }: { status: IncidentStatus }) {
  const t = useTranslations('incidents');
  return (
    <span className={`${base} font-medium ring-1 ${statusClass[status]}`} data-testid="status-badge" data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

export function DrillBadge() {
  const t = useTranslations('incidents');
  return (
    <span className={`${base} bg-violet-100 text-violet-800`} data-testid="drill-badge" title={t('badges.drillHint')}>
      {t('badges.drill')}
    </span>
  );
}
