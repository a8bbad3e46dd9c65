'use client';
// Resolving is a moment, not a dropdown change: the dialog confirms the key times (mitigated,
// resolved: filled in, editable), offers the final stakeholder update (prefilled in the
// reader's language, sent to the subscribers like any update) and starting the postmortem.
import { useRouter } from 'next/navigation';
import { useLocale, useTimeZone, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea } from '@/components/ui/field';
import type { IncidentOutput } from '@/lib/incidents/schemas';
import { newIdempotencyKey } from '@/lib/offline/browser-outbox';
import { ApiError, apiFetch, incidentPath } from '@/lib/client/api-client';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { fromLocalInputValue, toLocalInputValue } from './datetime-input';
import type { IncidentChanges, PatchOutcome } from './use-incident';

interface Props {
  incident: IncidentOutput;
  busy: boolean;
  patch: (changes: IncidentChanges, baseVersion: number) => Promise<PatchOutcome>;
  onClose: () => void;
}

export function ResolveDialog({ incident, busy, patch, onClose }: Props) {
  const presenter = useErrorPresenter();
  const t = useTranslations('story.resolve');
  const tt = useTranslations('incidents.stakeholderTemplate');
  const router = useRouter();
  const locale = useLocale();
  const timeZone = useTimeZone() ?? 'UTC';
  const [resolvedAt, setResolvedAt] = useState(toLocalInputValue(new Date()));
  const [mitigatedAt, setMitigatedAt] = useState(toLocalInputValue(incident.mitigatedAt ?? new Date()));
  const [sendUpdate, setSendUpdate] = useState(true);
  const [update, setUpdate] = useState({ whatIsHappening: t('prefill.whatIsHappening', { title: incident.title }), impact: incident.impact, whatWeAreDoing: t('prefill.whatWeAreDoing') });
  const [startPostmortem, setStartPostmortem] = useState(true);
  const [message, setMessage] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  async function resolve(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    setWorking(true);
    try {
      const outcome = await patch({ status: 'resolved', resolvedAt: fromLocalInputValue(resolvedAt), mitigatedAt: fromLocalInputValue(mitigatedAt) }, incident.version);
      if (outcome !== 'ok') return;
      if (sendUpdate && update.whatIsHappening.trim() && update.whatWeAreDoing.trim()) {
        await apiFetch(`${incidentPath(incident.id)}/stakeholder-updates`, { method: 'POST', headers: { 'idempotency-key': newIdempotencyKey() }, body: { ...update, nextUpdateAt: null, locale, timeZone } });
      }
      if (startPostmortem) {
        const q = new URLSearchParams({ locale, timeZone });
        await apiFetch(`${incidentPath(incident.id)}/postmortem?${q}`, { method: 'POST' }).catch((err: unknown) => {
          if (!(err instanceof ApiError && err.status === 409)) throw err; // 409: it exists already; open it
        });
        router.push(`/incidents/${incident.reference}/postmortem`);
      }
      onClose();
    } catch (err) {
      setMessage(presenter.message(err));
    } finally {
      setWorking(false);
    }
  }

  return (
    <div role="dialog" aria-modal="true" aria-labelledby="resolve-title" className="fixed inset-0 z-40 flex items-start justify-center overflow-y-auto bg-slate-900/40 p-3 sm:p-8" data-testid="resolve-dialog">
      <form onSubmit={(e) => void resolve(e)} className="w-full max-w-lg space-y-3 rounded-lg bg-white p-4 shadow-xl">
        <h2 id="resolve-title" className="text-lg font-semibold">{t('title', { reference: incident.reference })}</h2>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t('mitigatedAt')} htmlFor="resolve-mitigated">
            <Input id="resolve-mitigated" type="datetime-local" value={mitigatedAt} onChange={(e) => setMitigatedAt(e.target.value)} data-testid="resolve-mitigated-at" />
          </Field>
          <Field label={t('resolvedAt')} htmlFor="resolve-resolved">
            <Input id="resolve-resolved" type="datetime-local" value={resolvedAt} onChange={(e) => setResolvedAt(e.target.value)} data-testid="resolve-resolved-at" />
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={sendUpdate} onChange={(e) => setSendUpdate(e.target.checked)} data-testid="resolve-send-update" />
          {t('sendUpdate')}
        </label>
        {sendUpdate ? (
          <div className="space-y-2 rounded-md bg-slate-50 p-3">
            {(['whatIsHappening', 'impact', 'whatWeAreDoing'] as const).map((k) => (
              <Field key={k} label={tt(k)} htmlFor={`resolve-${k}`}>
                <Textarea id={`resolve-${k}`} rows={2} value={update[k]} onChange={(e) => setUpdate({ ...update, [k]: e.target.value })} data-testid={`resolve-${k}`} />
              </Field>
            ))}
          </div>
        ) : null}
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" checked={startPostmortem} onChange={(e) => setStartPostmortem(e.target.checked)} data-testid="resolve-start-postmortem" />
          {t('startPostmortem')}
        </label>
        {message ? <p role="alert" className="text-sm text-red-600">{message}</p> : null}
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose} disabled={working}>{t('cancel')}</Button>
          <Button type="submit" disabled={busy || working} data-testid="resolve-confirm">{t('confirm')}</Button>
        </div>
      </form>
    </div>
  );
}
