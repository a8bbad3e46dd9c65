'use client';
// A page that could not be rendered. Production builds hide the server's error from the
// browser, so whether the database is the cause is asked of /api/health: while it reports the
// database unreachable (or the server does not answer), the page says so and checks again
// every few seconds, and renders itself again as soon as the database answers.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { startTransition, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

const RETRY_SECONDS = 5;

async function isDatabaseReachable(): Promise<boolean> {
  try {
    const res = await fetch('/api/health', { cache: 'no-store' });
    const body = (await res.json()) as { database?: string };
    return body.database === 'ok';
  } catch {
    return false;
  }
}

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('common.errors');
  const o = useTranslations('outage.databaseUnavailable');
  const router = useRouter();
  const [databaseDown, setDatabaseDown] = useState(false);

  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    const check = async () => {
      const reachable = await isDatabaseReachable();
      if (stopped) return;
      if (!reachable) {
        wasDown = true;
        setDatabaseDown(true);
        timer = setTimeout(() => void check(), RETRY_SECONDS * 1000);
      } else if (wasDown) {
        retry();
      }
    };
    void check();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
    // Once per error: `reset` and the router are stable for this boundary.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);

  if (databaseDown) {
    return (
      <div className="mx-auto mt-10 max-w-md">
        <Card>
          <div role="status" aria-live="polite">
            <h1 className="text-base font-semibold">{o('title')}</h1>
            <p className="mt-2 text-sm">{o('body', { seconds: RETRY_SECONDS })}</p>
            <p className="mt-2 text-xs text-slate-500">{o('retrying')}</p>
          </div>
          <Button className="mt-3" onClick={retry}>{o('retryNow')}</Button>
        </Card>
      </div>
    );
  }
  return (
    <div className="mx-auto mt-10 max-w-md">
      <Card>
        <p className="text-sm">{t('pageError')}</p>
        {error.digest ? <p className="mt-1 font-mono text-xs text-slate-500">{error.digest}</p> : null}
        <Button className="mt-3" onClick={reset}>{t('retry')}</Button>
      </Card>
    </div>
  );
}
