'use client';
// Keeps /alerts current: follows the alerts stream (the realtime mechanism incidents use) and
// re-renders the server page when routing changed something, at most once a second, through
// the one event-stream hook (lib/client/use-live-events.ts: reconnects with backoff).
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { useEventStream } from '@/lib/client/use-live-events';

export function AlertsLive() {
  const router = useRouter();
  const t = useTranslations('alerts');
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (pending.current) clearTimeout(pending.current);
  }, []);
  const refresh = () => {
    if (pending.current) return;
    pending.current = setTimeout(() => {
      pending.current = null;
      router.refresh();
    }, 1_000);
  };
  const live = useEventStream('/api/v1/alerts/live', { incident: refresh, resync: refresh }) === 'live';

  return (
    <span className={`inline-flex items-center gap-1.5 text-xs ${live ? 'text-emerald-700' : 'text-slate-500'}`} data-testid="alerts-live" data-live={live}>
      <span className={`h-2 w-2 rounded-full ${live ? 'bg-emerald-500' : 'bg-slate-400'}`} aria-hidden />
      {live ? t('live') : t('reconnecting')}
    </span>
  );
}
