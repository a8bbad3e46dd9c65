'use client';
// An edited entry's earlier texts, oldest first, with who replaced each and when.
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { apiFetch } from '@/lib/client/api-client';
import { incidentKeys } from '@/components/incidents/query-keys';
import type { TimelineHistoryOutput } from '@/lib/timeline/schemas';
import { Markdown } from '@/components/ui/markdown';

export function EntryHistory({ path, incidentId, entryId, onClose }: { path: string; incidentId: string; entryId: string; onClose: () => void }) {
  const t = useTranslations('incidents.timeline');
  const format = useFormatter();
  const { data, isLoading, isError } = useQuery({
    queryKey: incidentKeys.entryHistory(incidentId, entryId),
    queryFn: () => apiFetch<TimelineHistoryOutput>(`${path}/history`),
  });
  return (
    <section className="mt-2 rounded-md bg-slate-50 p-2 text-sm ring-1 ring-slate-200" data-testid="entry-history-panel" aria-label={t('history')}>
      <div className="mb-1 flex items-center justify-between">
        <h3 className="font-medium">{t('history')}</h3>
        <button type="button" onClick={onClose} className="rounded px-2 text-xs text-slate-600 hover:bg-slate-200">{t('close')}</button>
      </div>
      {isLoading ? <p className="text-slate-500">{t('loading')}</p> : null}
      {isError ? <p className="text-red-600">{t('networkError')}</p> : null}
      <ol className="space-y-2">
        {data?.revisions.map((r, i) => (
          <li key={i} className="rounded bg-white p-2 ring-1 ring-slate-200">
            <p className="mb-1 text-xs text-slate-500">
              {t('replacedBy', { name: r.replacedBy })} · <time dateTime={r.replacedAt}>{format.dateTime(new Date(r.replacedAt), { dateStyle: 'medium', timeStyle: 'medium' })}</time>
            </p>
            <Markdown html={r.bodyHtml} />
          </li>
        ))}
      </ol>
    </section>
  );
}
