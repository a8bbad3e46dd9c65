'use client';
// The short declare form: a title and a severity are enough; services, summary and start time
// are there for whoever has them. What is typed is kept as a draft until the incident exists,
// so a failed request or a reload never costs the words. Submit goes straight to the page.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import type { FieldErrors } from '@/lib/client/validate';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { SeenBeforePanel } from '@/components/search/seen-before-panel';
import { Field, Input, Textarea } from '@/components/ui/field';
import { declareIncidentInput, type IncidentOutput, type Severity } from '@/lib/incidents/schemas';
import { useDraft } from '@/lib/offline/use-draft';
import { apiFetch } from '@/lib/client/api-client';
import { fromLocalInputValue } from './datetime-input';
import { incidentKeys } from './query-keys';
import { ServicePicker } from './service-picker';
import { SeverityChoice } from './severity-choice';

interface Draft {
  title: string;
  severity: Severity | '';
  services: string[];
  summary: string;
  startedAt: string;
}

const DRAFT_KEY = 'firebreak:draft:declare';
const empty: Draft = { title: '', severity: '', services: [], summary: '', startedAt: '' };

export function DeclareIncidentForm({ descriptions, idPrefix = 'declare', onDeclared }: { descriptions: Record<Severity, string>; idPrefix?: string; onDeclared?: () => void }) {
  const t = useTranslations('incidents.declare');
  const tf = useTranslations('incidents.field');
  const presenter = useErrorPresenter();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [draft, setDraft, resetDraft] = useDraft<Draft>(DRAFT_KEY, empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Known issues ticked in "Have we seen this before?": linked once the incident exists.
  const [linkIds, setLinkIds] = useState<string[]>([]);
  const tSeen = useTranslations('search.seenBefore');

  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const raw = {
      title: draft.title,
      severity: draft.severity || undefined,
      services: draft.services,
      summary: draft.summary,
      ...(draft.startedAt ? { startedAt: fromLocalInputValue(draft.startedAt) ?? draft.startedAt } : {}),
    };
    const checked = presenter.validate(declareIncidentInput, raw);
    if (!checked.ok) {
      // Our own words for the two required fields; the presenter's for the rest.
      return setErrors({ ...checked.errors, ...(checked.errors.title ? { title: t('titleRequired') } : {}), ...(checked.errors.severity ? { severity: t('severityRequired') } : {}) });
    }
    setBusy(true);
    setErrors({});
    setBanner(null);
    try {
      const incident = await apiFetch<IncidentOutput>('/api/v1/incidents', { method: 'POST', body: checked.data });
      const failed = await linkKnownIssues(linkIds, incident.reference);
      if (failed > 0) window.alert(tSeen('linkFailed', { count: failed }));
      resetDraft();
      void queryClient.invalidateQueries({ queryKey: incidentKeys.active() });
      void queryClient.invalidateQueries({ queryKey: incidentKeys.lists() });
      onDeclared?.();
      router.push(`/incidents/${incident.number}`);
    } catch (err) {
      setBusy(false);
      const shown = presenter.present(err, { shows: ['title', 'severity', 'services', 'summary', 'startedAt'], codes: { network: t('networkError') } });
      setErrors(shown.fieldErrors);
      setBanner(shown.banner);
    }
  }

  const fid = (name: string) => `${idPrefix}-${name}`;
  const describedBy = (name: string) => (errors[name] ? `${fid(name)}-error` : undefined);
  return (
    <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_17rem]">
    <form onSubmit={onSubmit} className="space-y-4" noValidate data-testid="declare-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      <Field label={tf('title')} htmlFor={fid('title')} error={errors.title}>
        <Input id={fid('title')} value={draft.title} onChange={(e) => update({ title: e.target.value })} autoFocus autoComplete="off" maxLength={200}
          aria-invalid={!!errors.title} aria-describedby={describedBy('title')} placeholder={t('titlePlaceholder')} data-testid="declare-title" />
      </Field>
      <SeverityChoice name={fid('severity')} value={draft.severity} onChange={(severity) => update({ severity })} descriptions={descriptions} error={errors.severity} />
      <details className="rounded-md ring-1 ring-slate-200" open={draft.services.length > 0 || !!draft.summary || !!draft.startedAt}>
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-700">{t('optional')}</summary>
        <div className="space-y-4 px-3 pb-3">
          <div className="space-y-1">
            <span className="block text-sm font-medium text-slate-700">{tf('services')}</span>
            <ServicePicker value={draft.services} onChange={(services) => update({ services })} testId="declare-services" />
            {errors.services ? <p role="alert" className="text-sm text-red-600">{errors.services}</p> : null}
          </div>
          <Field label={tf('summary')} htmlFor={fid('summary')} error={errors.summary}>
            <Textarea id={fid('summary')} rows={3} value={draft.summary} onChange={(e) => update({ summary: e.target.value })} data-testid="declare-summary" />
          </Field>
          <Field label={tf('startedAt')} htmlFor={fid('startedAt')} error={errors.startedAt} hint={t('startedAtHint')}>
            <Input id={fid('startedAt')} type="datetime-local" value={draft.startedAt} onChange={(e) => update({ startedAt: e.target.value })} data-testid="declare-started-at" />
          </Field>
        </div>
      </details>
      <Button type="submit" disabled={busy} className="w-full" data-testid="declare-submit">
        {busy ? t('submitting') : t('submit')}
      </Button>
    </form>
    <SeenBeforePanel
      text={[draft.title, draft.summary].join('\n')}
      services={draft.services}
      selected={linkIds}
      onToggle={(id, on) => setLinkIds((ids) => (on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id)))}
    />
    </div>
  );
}

/** Links the ticked known issues to the new incident; returns how many failed. */
async function linkKnownIssues(ids: string[], reference: string): Promise<number> {
  const results = await Promise.allSettled(
    ids.map((id) => apiFetch(`/api/v1/known-issues/${encodeURIComponent(id)}/incidents`, { method: 'POST', body: { incident: reference } })),
  );
  return results.filter((r) => r.status === 'rejected').length;
}
