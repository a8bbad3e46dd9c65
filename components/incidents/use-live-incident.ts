'use client';
// Subscribes the incident page to the live stream (SSE). On `timeline` it catches up on just
// what changed; on `incident` it refetches the incident; on `hello` (every (re)connection)
// and `resync` (the server's LISTEN connection was re-established) it does both, so a page
// that was disconnected for a while ends up complete. Browsers reconnect an EventSource by
// themselves after a network drop; one the server refused (401, 404…) is reopened here with
// backoff, in case the session or the server comes back.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createCatchUp } from '@/components/timeline/timeline-sync';
import { nextBackoffMs } from '@/lib/realtime/backoff';
import { incidentPath } from './api-client';
import { incidentKeys } from './query-keys';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export function useLiveIncident(incidentId: string): LiveStatus {
  const qc = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    const catchUp = createCatchUp(qc, incidentId);
    const refreshIncident = () => {
      void qc.invalidateQueries({ queryKey: incidentKeys.detail(incidentId) });
      void qc.invalidateQueries({ queryKey: incidentKeys.active() });
    };
    const quietly = (p: Promise<void>) => void p.catch(() => undefined); // retried on the next hello
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let attempt = 0;
    let stopped = false;

    function open() {
      if (stopped) return;
      const es = new EventSource(`${incidentPath(incidentId)}/events`);
      source = es;
      es.addEventListener('hello', () => {
        attempt = 0;
        setStatus('live');
        quietly(catchUp());
        refreshIncident();
      });
      es.addEventListener('resync', () => {
        quietly(catchUp());
        refreshIncident();
      });
      es.addEventListener('timeline', (e) => {
        const { entryId } = JSON.parse((e as MessageEvent<string>).data) as { entryId?: string };
        quietly(catchUp(entryId));
      });
      es.addEventListener('incident', refreshIncident);
      es.onerror = () => {
        setStatus('reconnecting');
        if (es.readyState !== EventSource.CLOSED) return;
        es.close();
        retry = setTimeout(open, nextBackoffMs(attempt++, 1_000, 30_000));
      };
    }

    open();
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [qc, incidentId]);

  return status;
}
