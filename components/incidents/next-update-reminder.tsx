'use client';
// The promised next stakeholder update: when it is due, and a loud reminder once that time
// has passed on an open incident. The clock ticks here, so it appears without a reload.
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { IncidentOutput } from '@/lib/incidents/schemas';
import { isOpenStatus } from '@/lib/incidents/status-machine';

export function NextUpdateReminder({ incident, canWrite }: { incident: IncidentOutput; canWrite: boolean }) {
  const t = useTranslations('incidents.reminder');
  const format = useFormatter();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  if (!incident.nextUpdateAt || !isOpenStatus(incident.status)) return null;
  const due = new Date(incident.nextUpdateAt);
  const time = format.dateTime(due, { dateStyle: 'medium', timeStyle: 'short' });
  if (due.getTime() > now) {
    return <p className="mb-4 text-sm text-slate-600" data-testid="next-update-due">{t('due', { time, relative: format.relativeTime(due, now) })}</p>;
  }
  return (
    <div role="alert" className="mb-4 flex flex-wrap items-center gap-3 rounded-lg bg-red-600 p-3 text-sm font-medium text-white" data-testid="update-overdue">
      <span>{t('overdue', { time, relative: format.relativeTime(due, now) })}</span>
      {canWrite ? <a href="#stakeholder-update" className="rounded bg-white px-2 py-1 text-red-700 hover:bg-red-50">{t('writeNow')}</a> : null}
    </div>
  );
}
