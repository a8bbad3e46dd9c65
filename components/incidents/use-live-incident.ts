'use client';
// The incident page's use of the live stream (lib/client/use-live-events): on `timeline` it
// catches up on just what changed; on `incident` it refetches the incident; on every
// (re)connection and `resync` it does both, so a page that was disconnected for a while ends
// up complete.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createCatchUp } from '@/components/timeline/timeline-sync';
import { useLiveEvents, type LiveStatus } from '@/lib/client/use-live-events';
import { incidentKeys } from './query-keys';

export type { LiveStatus };

export function useLiveIncident(incidentId: string): LiveStatus {
  const qc = useQueryClient();
  const catchUp = useMemo(() => createCatchUp(qc, incidentId), [qc, incidentId]);
  const refreshIncident = () => {
    void qc.invalidateQueries({ queryKey: incidentKeys.detail(incidentId) });
    void qc.invalidateQueries({ queryKey: incidentKeys.active() });
  };
  const quietly = (p: Promise<void>) => void p.catch(() => undefined); // retried on the next hello
  return useLiveEvents(incidentId, {
    onSync: () => {
      quietly(catchUp());
      refreshIncident();
    },
    onTimeline: ({ entryId }) => quietly(catchUp(entryId)),
    onIncident: refreshIncident,
  });
}
