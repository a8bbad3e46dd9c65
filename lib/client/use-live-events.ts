'use client';
// The one live-events hook: an incident's event stream (SSE, /api/v1/incidents/{id}/events),
// used by the incident page and the postmortem editor alike. `hello` (every (re)connection)
// and `resync` (the server's LISTEN connection was re-established) call `onSync`, since events
// may have been missed meanwhile; `timeline` and `incident` events go to their handlers with
// their parsed payload. Browsers reconnect an EventSource by themselves after a network drop;
// one the server refused (401, 404…) is reopened here with backoff, in case the session or the
// server comes back. Handlers may change on every render without reopening the stream.
import { useEffect, useRef, useState } from 'react';
import { nextBackoffMs } from '@/lib/realtime/backoff';
import { incidentPath } from './api-client';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface LiveEventHandlers {
  /** After every (re)connection and on `resync`: catch up on whatever may have been missed. */
  onSync?: () => void;
  onTimeline?: (payload: { entryId?: string }) => void;
  onIncident?: (payload: { kind?: string }) => void;
}

function parse<T>(e: Event): T {
  try {
    return JSON.parse((e as MessageEvent<string>).data) as T;
  } catch {
    return {} as T;
  }
}

/**
 * Any of the app's event streams (SSE): `hello` on every (re)connection calls `onOpen`; each
 * named event calls its handler with the parsed payload. Handlers may change on every render
 * without reopening the stream; a new `url` reopens it.
 */
export function useEventStream(url: string, events: Record<string, (payload: unknown) => void>, onOpen?: () => void): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const ref = useRef({ events, onOpen });
  useEffect(() => {
    ref.current = { events, onOpen };
  });
  const names = Object.keys(events).sort().join(',');

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let attempt = 0;
    let stopped = false;

    function open() {
      if (stopped) return;
      const es = new EventSource(url);
      source = es;
      es.addEventListener('hello', () => {
        attempt = 0;
        setStatus('live');
        ref.current.onOpen?.();
      });
      for (const name of names.split(',').filter(Boolean)) {
        es.addEventListener(name, (e) => ref.current.events[name]?.(parse(e)));
      }
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
  }, [url, names]);

  return status;
}

/** An incident's stream: the incident page and the postmortem editor. */
export function useLiveEvents(incidentId: string, handlers: LiveEventHandlers): LiveStatus {
  return useEventStream(
    `${incidentPath(incidentId)}/events`,
    {
      resync: () => handlers.onSync?.(),
      timeline: (p) => handlers.onTimeline?.(p as { entryId?: string }),
      incident: (p) => handlers.onIncident?.(p as { kind?: string }),
    },
    () => handlers.onSync?.(),
  );
}
