'use client';
// The incident's timeline, newest first: entries still in this browser's outbox on top
// (marked pending), then the server's entries as the live cache holds them. A long timeline
// shows its latest part first; the rest loads on request.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { incidentKeys } from '@/components/incidents/query-keys';
import { Button } from '@/components/ui/button';
import { mergeEntries, type TimelineState } from '@/lib/realtime/timeline-state';
import { PendingEntry } from './pending-entry';
import { TimelineEntryView } from './timeline-entry';
import { fetchWholeTimeline } from './timeline-sync';
import { useOutbox } from './use-outbox';

export function Timeline({ incidentId, initial, canWrite, viewerId }: { incidentId: string; initial: TimelineState; canWrite: boolean; viewerId: string | null }) {
  const t = useTranslations('incidents.timeline');
  const qc = useQueryClient();
  const { data } = useQuery({
    queryKey: incidentKeys.timeline(incidentId),
    queryFn: () => fetchWholeTimeline(incidentId),
    initialData: initial,
    // The live stream keeps it fresh; a refetch would only repeat work.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const pending = useOutbox(incidentId, viewerId);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const state = data ?? initial;
  const newestFirst = [...state.items].reverse();

  async function loadEarlier() {
    setLoadingEarlier(true);
    try {
      const whole = await fetchWholeTimeline(incidentId);
      qc.setQueryData<TimelineState>(incidentKeys.timeline(incidentId), (s) => ({ ...mergeEntries(s ?? whole, whole.items), hasEarlier: false }));
    } finally {
      setLoadingEarlier(false);
    }
  }

  return (
    <div>
      {pending.length > 0 ? (
        <ol className="mb-2 space-y-2" aria-label={t('pendingLabel')} data-testid="timeline-pending-list">
          {[...pending].reverse().map((item) => (
            <PendingEntry key={item.key} item={item} />
          ))}
        </ol>
      ) : null}
      {newestFirst.length === 0 ? <p className="text-sm text-slate-500">{t('empty')}</p> : null}
      <ol className="space-y-2" aria-label={t('label')} data-testid="timeline">
        {newestFirst.map((e) => (
          <TimelineEntryView key={e.id} entry={e} incidentId={incidentId} canWrite={canWrite} />
        ))}
      </ol>
      {state.hasEarlier ? (
        <Button variant="secondary" className="mt-3 w-full" onClick={() => void loadEarlier()} disabled={loadingEarlier} data-testid="timeline-load-earlier">
          {loadingEarlier ? t('loading') : t('loadEarlier')}
        </Button>
      ) : null}
    </div>
  );
}
