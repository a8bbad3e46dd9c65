'use client';
// Keeps /alerts current: follows the alerts stream (the realtime mechanism incidents use) and
// re-renders the server page when routing changed something, at most once a second. Browsers
// reconnect an EventSource by themselves; one the server refused is reopened with backoff.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { nextBackoffMs } from '@/lib/realtime/backoff';

export function AlertsLive() {
  const router = useRouter();
  const t = useTranslations('alerts');
  const [live, setLive] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let attempt = 0;
    let stopped = false;
    const refresh = () => {
      if (pending.current) return;
      pending.current = setTimeout(() => {
        pending.current = null;
        router.refresh();
      }, 1_000);
    };
    function open() {
      if (stopped) return;
      const es = new EventSource('/api/v1/alerts/live');
      source = es;
      es.addEventListener('hello', () => {
        attempt = 0;
        setLive(true);
      });
      es.addEventListener('incident', refresh);
      es.addEventListener('resync', refresh);
      es.onerror = () => {
        setLive(false);
        if (es.readyState !== EventSource.CLOSED) return;
        es.close();
        retry = setTimeout(open, nextBackoffMs(attempt++, 1_000, 30_000));
      };
    }
    open();
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      if (pending.current) clearTimeout(pending.current);
      source?.close();
    };
  }, [router]);

  return (
    <span className={`inline-flex items-center gap-1.5 text-xs ${live ? 'text-emerald-700' : 'text-slate-500'}`} data-testid="alerts-live" data-live={live}>
      <span className={`h-2 w-2 rounded-full ${live ? 'bg-emerald-500' : 'bg-slate-400'}`} aria-hidden />
      {live ? t('live') : t('reconnecting')}
    </span>
  );
}
