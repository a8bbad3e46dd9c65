'use client';
import { useErrorPresenter } from '@/lib/client/error-presenter';
// Enable/disable and rotate the key of a source. A rotated key is shown once, with the sender's
// configuration to update.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { rotateAlertSourceKeyAction, updateAlertSourceAction } from '@/lib/actions/alerts';
import { OneTimeSecret } from '@/components/admin/one-time-secret';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { SenderConfigPanel } from './sender-config-panel';

export function SourceControls({ id, type, enabled, origin }: { id: string; type: string; enabled: boolean; origin: string }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('alerts.sources');
  const router = useRouter();
  const [key, setKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function toggle() {
    const res = await updateAlertSourceAction({ id, input: { enabled: !enabled } });
    if (!res.ok) return setError(presenter.message(res.error));
    router.refresh();
  }
  async function rotate() {
    if (!window.confirm(t('rotateConfirm'))) return;
    const res = await rotateAlertSourceKeyAction({ id });
    if (!res.ok) return setError(presenter.message(res.error));
    setKey(res.data.key);
  }
  return (
    <div className="space-y-3">
      {error ? <ErrorBanner>{error}</ErrorBanner> : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => void toggle()} data-testid="toggle-source">{enabled ? t('disable') : t('enable')}</Button>
        <Button variant="secondary" onClick={() => void rotate()} data-testid="rotate-key">{t('rotate')}</Button>
      </div>
      {key ? (
        <div className="space-y-3" data-testid="key-rotated">
          <p className="text-sm font-medium">{t('rotated')}</p>
          <OneTimeSecret label={t('key')} value={key} onDone={() => setKey(null)} />
        </div>
      ) : null}
      <SenderConfigPanel type={type} sourceKey={key} origin={origin} />
    </div>
  );
}
