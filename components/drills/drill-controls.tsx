'use client';
// The facilitator's controls on a drill: start it, tick expected actions as the responders do
// them, reveal the known issue's workaround, and finish with what was missing.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';
import { useDrillCall } from './use-drill-call';

export function DrillControls({ id, status, actions, revealed, hasKnownIssue }: {
  id: string;
  status: string;
  actions: { index: number; text: string; checked: boolean }[];
  revealed: boolean;
  hasKnownIssue: boolean;
}) {
  const t = useTranslations('drills.controls');
  const { busy, error, call } = useDrillCall();
  const [missing, setMissing] = useState('');
  const base = `/api/v1/drills/${id}`;
  if (status === 'scheduled') {
    return <Button onClick={() => call(`${base}/start`, { method: 'POST' })} disabled={busy} data-testid="start-drill">{t('start')}</Button>;
  }
  if (status !== 'running') return null;
  return (
    <div className="grid gap-4" data-testid="drill-controls">
      <ul className="grid gap-2">
        {actions.map((a) => (
          <li key={a.index} className="flex items-center gap-2 text-sm">
            <Button variant="secondary" onClick={() => call(`${base}/checks/${a.index}`, { method: 'PUT' })} disabled={busy || a.checked} aria-pressed={a.checked}>
              {a.checked ? '✓' : t('markDone')}
            </Button>
            <span>{a.text}</span>
          </li>
        ))}
      </ul>
      {hasKnownIssue && !revealed ? <div><Button variant="secondary" onClick={() => call(`${base}/reveal`, { method: 'POST' })} disabled={busy} data-testid="reveal">{t('reveal')}</Button></div> : null}
      <Field label={t('missing')} htmlFor="drill-missing" hint={t('missingHint')}>
        <Textarea id="drill-missing" rows={3} value={missing} onChange={(e) => setMissing(e.target.value)} />
      </Field>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      <div><Button onClick={() => call(`${base}/finish`, { method: 'POST', body: { missing } })} disabled={busy} data-testid="finish-drill">{t('finish')}</Button></div>
    </div>
  );
}
