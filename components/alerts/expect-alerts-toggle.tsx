'use client';
import { useErrorPresenter } from '@/lib/client/error-presenter';
// "Expect alerts during the window" on a change: while it runs and for the grace period after,
// alerts of its service are recorded and flagged, and declare nothing.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';

export function ExpectAlertsToggle({ changeId, initial }: { changeId: string; initial: { expectAlerts: boolean; graceMinutes: number | null } }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('alerts.expect');
  const [state, setState] = useState(initial);
  const [grace, setGrace] = useState(String(initial.graceMinutes ?? 30));
  const [error, setError] = useState<string | null>(null);
  async function save(on: boolean) {
    setError(null);
    try {
      const path = `/api/v1/changes/${changeId}/alert-expectation`;
      const out = on
        ? await apiFetch<typeof initial>(path, { method: 'PUT', body: { graceMinutes: Number(grace) } })
        : await apiFetch<typeof initial>(path, { method: 'DELETE' });
      setState(out);
    } catch (e) {
      setError(presenter.message(e));
    }
  }
  return (
    <div className="space-y-2 text-sm" data-testid="expect-alerts">
      <p>{state.expectAlerts ? t('on', { minutes: state.graceMinutes ?? 0 }) : t('off')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2">
          {t('grace')}
          <Input type="number" min={0} max={1440} value={grace} onChange={(e) => setGrace(e.target.value)} className="w-24" />
        </label>
        <Button variant="secondary" onClick={() => void save(true)}>{state.expectAlerts ? t('update') : t('enable')}</Button>
        {state.expectAlerts ? <Button variant="ghost" onClick={() => void save(false)}>{t('disable')}</Button> : null}
      </div>
      {error ? <p role="alert" className="text-red-600">{error}</p> : null}
    </div>
  );
}
