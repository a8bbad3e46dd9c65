'use client';
// Keeps the editor current while others work on the same postmortem: the incident's live
// stream (SSE) says `postmortem.updated` (a section saved, a review, publish…) or
// `analysis.updated` (factors, detection), and the editor refetches that part. On every
// (re)connection and on `resync` both are refetched, since events may have been missed.
// A section someone is typing in is never replaced: it keeps its own version and meets the
// other person's change as a conflict when it saves.
import { useEffect, useRef } from 'react';
import { incidentPath } from '@/components/incidents/api-client';
import { nextBackoffMs } from '@/lib/realtime/backoff';

export function usePostmortemLive(incidentId: string, handlers: { postmortem: () => void; analysis: () => void }): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let attempt = 0;
    let stopped = false;
    const all = () => {
      ref.current.postmortem();
      ref.current.analysis();
    };
    function open() {
      if (stopped) return;
      const es = new EventSource(`${incidentPath(incidentId)}/events`);
      source = es;
      es.addEventListener('hello', () => {
        attempt = 0;
        all();
      });
      es.addEventListener('resync', all);
      es.addEventListener('incident', (e) => {
        const { kind } = JSON.parse((e as MessageEvent<string>).data) as { kind?: string };
        if (kind === 'postmortem.updated') ref.current.postmortem();
        if (kind === 'analysis.updated') ref.current.analysis();
      });
      es.onerror = () => {
        if (es.readyState !== EventSource.CLOSED) return;
        es.close();
        retry = setTimeout(open, nextBackoffMs(attempt++, 1_000, 30_000));
      };
    }
    open();
    return () => {
      stopped = true;
      source?.close();
      if (retry) clearTimeout(retry);
    };
  }, [incidentId]);
}
