'use client';
// The `alert` timeline entries routing writes, phrased from their data in the reader's
// language (the English body is the API's and the exports' text).
import { useTranslations } from 'next-intl';
import type { LiveEntryOutput } from '@/lib/timeline/schemas';

interface AlertEntryData {
  event: 'alert';
  status: 'firing' | 'refired' | 'resolved' | 'acknowledged';
  summary: string;
  severity: string;
  source: string;
  correlation?: { title: string; service: string; minutes: number; relation: 'after' | 'during' };
}

export function isAlertEntry(entry: Pick<LiveEntryOutput, 'kind' | 'data'>): boolean {
  return entry.kind === 'alert' && !!entry.data && typeof entry.data === 'object' && (entry.data as { event?: unknown }).event === 'alert';
}

export function AlertEntryText({ entry }: { entry: LiveEntryOutput }) {
  const t = useTranslations('alerts');
  const d = entry.data as unknown as AlertEntryData;
  const status = ['firing', 'refired', 'resolved', 'acknowledged'].includes(d.status) ? d.status : 'firing';
  return (
    <p className="text-sm text-slate-800" data-testid="alert-entry">
      {t(`entry.${status}`, { summary: d.summary, source: d.source, severity: d.severity })}
      {d.correlation && status !== 'resolved' ? <> {t(`correlation.${d.correlation.relation}`, { minutes: d.correlation.minutes, title: d.correlation.title, service: d.correlation.service })}</> : null}
    </p>
  );
}
