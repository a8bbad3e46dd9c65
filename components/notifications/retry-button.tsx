'use client';
// An admin's Retry on a dead or failing notification: back to pending, sent again at once.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { retryNotificationAction } from '@/lib/actions/notifications';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { Button } from '@/components/ui/button';

export function RetryButton({ id }: { id: string }) {
  const t = useTranslations('delivery.deadLetters');
  const router = useRouter();
  const presenter = useErrorPresenter();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function retry() {
    setState('busy');
    setError(null);
    const res = await retryNotificationAction({ id });
    if (!res.ok) {
      setState('idle');
      return setError(presenter.message(res.error));
    }
    setState('done');
    router.refresh();
  }

  if (state === 'done') return <span role="status" className="text-xs text-green-700">{t('retried')}</span>;
  return (
    <div>
      <Button variant="secondary" onClick={() => void retry()} disabled={state === 'busy'} data-testid="notification-retry">
        {state === 'busy' ? t('retrying') : t('retry')}
      </Button>
      {error ? <p role="alert" className="mt-1 text-xs text-red-700">{error}</p> : null}
    </div>
  );
}
