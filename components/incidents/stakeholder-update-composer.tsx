'use client';
// The stakeholder update composer: the template's four parts (what is happening, impact, what
// we are doing, next update at). Posted as a stakeholder_update entry, which also sets the
// promised next update time and goes to the subscribers of the affected services. The draft
// and its Idempotency-Key survive reloads, so a retry after a network failure posts once.
import { useQueryClient } from '@tanstack/react-query';
import { useLocale, useTimeZone, useTranslations } from 'next-intl';
import { useState } from 'react';
import { mergeIntoCache } from '@/components/timeline/timeline-sync';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, Input, Textarea } from '@/components/ui/field';
import { emptyPublishDraft, publicationBody, PublishFields, type PublishDraft } from '@/components/status-pages/publish-fields';
import type { IncidentOutput } from '@/lib/incidents/schemas';
import { newIdempotencyKey } from '@/lib/offline/browser-outbox';
import { draftKey } from '@/lib/offline/drafts';
import { useDraft } from '@/lib/offline/use-draft';
import type { TimelineEntryOutput } from '@/lib/timeline/schemas';
import { ApiError, apiFetch, incidentPath, isNetworkError } from '@/lib/client/api-client';
import { fromLocalInputValue, toLocalInputValue } from './datetime-input';
import { useErrorPresenter } from '@/lib/client/error-presenter';

interface Draft {
  whatIsHappening: string;
  impact: string;
  whatWeAreDoing: string;
  nextUpdateAt: string;
  final: boolean;
  key: string | null;
  /** Publishing to status pages (components/status-pages). */
  publish?: PublishDraft;
}

export function StakeholderUpdateComposer({ incident, onPosted }: { incident: IncidentOutput; onPosted: (i: IncidentOutput) => void }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('incidents.stakeholder');
  const tt = useTranslations('incidents.stakeholderTemplate');
  const qc = useQueryClient();
  // The update is written in the author's language and clock, as they see the page.
  const locale = useLocale();
  const timeZone = useTimeZone();
  const blank: Draft = { whatIsHappening: '', impact: incident.impact, whatWeAreDoing: '', nextUpdateAt: '', final: false, key: null };
  const [draft, setDraft, resetDraft] = useDraft<Draft>(draftKey(incident.id, 'stakeholder'), blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  function inMinutes(m: number, at: number) {
    update({ nextUpdateAt: toLocalInputValue(new Date(at + m * 60_000)), final: false });
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!draft.whatIsHappening.trim()) errs.whatIsHappening = t('required');
    if (!draft.whatWeAreDoing.trim()) errs.whatWeAreDoing = t('required');
    const next = draft.final ? null : fromLocalInputValue(draft.nextUpdateAt);
    if (!draft.final && !next) errs.nextUpdateAt = t('nextRequired');
    setErrors(errs);
    if (Object.keys(errs).length) return;
    // One key per update: kept with the draft so that resending after a failure cannot post twice.
    const key = draft.key ?? newIdempotencyKey();
    const sending = { ...draft, key };
    setDraft(sending);
    setBusy(true);
    setBanner(null);
    try {
      const res = await apiFetch<{ entry: TimelineEntryOutput; incident: IncidentOutput }>(`${incidentPath(incident.id)}/stakeholder-updates`, {
        method: 'POST',
        headers: { 'idempotency-key': key },
        body: { whatIsHappening: draft.whatIsHappening, impact: draft.impact, whatWeAreDoing: draft.whatWeAreDoing, nextUpdateAt: next ?? null, locale, ...(timeZone ? { timeZone } : {}), ...publicationBody(draft.publish) },
      });
      mergeIntoCache(qc, incident.id, [res.entry]);
      onPosted(res.incident);
      resetDraft({ ...blank, impact: res.incident.impact });
      setBanner({ ok: true, text: t('posted') });
    } catch (err) {
      if (err instanceof ApiError) {
        const shown = presenter.present(err, { shows: ['whatIsHappening', 'impact', 'whatWeAreDoing', 'nextUpdateAt'] });
        setErrors(shown.fieldErrors);
        if (shown.banner) setBanner({ ok: false, text: shown.banner });
      } else setBanner({ ok: false, text: isNetworkError(err) ? t('networkError') : presenter.message(err) });
    } finally {
      setBusy(false);
    }
  }

  const area = (name: 'whatIsHappening' | 'impact' | 'whatWeAreDoing', rows: number) => (
    <Field label={tt(name)} htmlFor={`su-${name}`} error={errors[name]}>
      <Textarea id={`su-${name}`} rows={rows} value={draft[name]} onChange={(e) => update({ [name]: e.target.value })} aria-invalid={!!errors[name]} data-testid={`stakeholder-${name}`} />
    </Field>
  );

  return (
    <Card title={t('title')}>
      <form id="stakeholder-update" onSubmit={(e) => void onSubmit(e)} className="space-y-3" data-testid="stakeholder-composer">
        <p className="text-xs text-slate-500">{t('intro')}</p>
        {area('whatIsHappening', 3)}
        {area('impact', 2)}
        {area('whatWeAreDoing', 3)}
        <Field label={tt('nextUpdateAt')} htmlFor="su-next" error={errors.nextUpdateAt}>
          <div className="flex flex-wrap items-center gap-2">
            <Input id="su-next" type="datetime-local" value={draft.nextUpdateAt} disabled={draft.final} onChange={(e) => update({ nextUpdateAt: e.target.value })} className="w-auto" data-testid="stakeholder-next-update" />
            {[15, 30, 60].map((m) => (
              <Button key={m} variant="secondary" onClick={() => inMinutes(m, new Date().getTime())} className="px-2 py-1 text-xs">{t('inMinutes', { m })}</Button>
            ))}
          </div>
        </Field>
        <PublishFields value={draft.publish ?? emptyPublishDraft} onChange={(publish) => update({ publish })} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={draft.final} onChange={(e) => update({ final: e.target.checked })} />
          {t('final')}
        </label>
        {banner ? <p role={banner.ok ? 'status' : 'alert'} className={`text-sm ${banner.ok ? 'text-emerald-700' : 'text-red-600'}`}>{banner.text}</p> : null}
        <Button type="submit" disabled={busy} className="w-full" data-testid="stakeholder-submit">{busy ? t('posting') : t('post')}</Button>
      </form>
    </Card>
  );
}
