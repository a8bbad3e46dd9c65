'use client';
import { useErrorPresenter } from '@/lib/client/error-presenter';
// "Link as trigger" from an alert: the suspected change becomes the trigger of the alert's
// incident, through the incident's existing change-links API (the recent-changes link).
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { Button } from '@/components/ui/button';

export function LinkAsTriggerButton({ reference, changeId }: { reference: string; changeId: string }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('alerts.correlation');
  const [state, setState] = useState<{ done?: boolean; error?: string; busy?: boolean }>({});
  async function link() {
    setState({ busy: true });
    try {
      await apiFetch(`/api/v1/incidents/${encodeURIComponent(reference)}/change-links`, { method: 'POST', body: { change: changeId } });
      setState({ done: true });
    } catch (e) {
      setState({ error: presenter.message(e) });
    }
  }
  if (state.done) return <p role="status" className="text-sm text-emerald-700" data-testid="linked-as-trigger">{t('linked')}</p>;
  return (
    <div>
      <Button variant="secondary" onClick={() => void link()} disabled={state.busy} data-testid="link-as-trigger">{t('link', { ref: reference })}</Button>
      {state.error ? <p role="alert" className="mt-1 text-sm text-red-600">{t('failed', { message: state.error })}</p> : null}
    </div>
  );
}
