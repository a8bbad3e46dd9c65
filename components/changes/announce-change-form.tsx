'use client';
// The announce form: the service, what changes and when, with a live preview of the blast
// radius and a short-notice warning computed as it is typed. What is typed is kept as a draft
// until the change exists. Validated with the server's own schema before anything is sent.
import { useQuery } from '@tanstack/react-query';
import { useNow, useTimeZone, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import type { FieldErrors } from '@/lib/client/validate';
import { fromLocalInputValue } from '@/components/incidents/datetime-input';
import { useServiceOptions } from '@/components/incidents/use-service-options';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Select } from '@/components/ui/field';
import type { BlastRadiusPreviewOutput } from '@/lib/changes/preview-schemas';
import { announceChangeInput, type ChangeOutput } from '@/lib/changes/schemas';
import { useDraft } from '@/lib/offline/use-draft';
import { BlastRadiusPreview } from './blast-radius-preview';
import { ChangeFields, type ChangeFieldValues } from './change-fields';
import { checkNotice } from './notice-given';
import { changeKeys } from './query-keys';

type Draft = ChangeFieldValues & { service: string };
const DRAFT_KEY = 'firebreak:draft:announce-change';
const empty: Draft = { service: '', kind: 'configuration', title: '', description: '', risk: 'medium', scheduledAt: '', expectedImpact: '', rollbackPlan: '', externalRef: '' };

export function AnnounceChangeForm({ initialService }: { initialService?: string }) {
  const t = useTranslations('changes.new');
  const presenter = useErrorPresenter();
  const timeZone = useTimeZone() ?? 'UTC';
  const now = useNow({ updateInterval: 60_000 });
  const router = useRouter();
  const [stored, setDraft, resetDraft] = useDraft<Draft>(DRAFT_KEY, { ...empty, service: initialService ?? '' });
  const draft = stored;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const services = useServiceOptions();
  const preview = useQuery({
    queryKey: changeKeys.blastRadiusPreview(draft.service),
    queryFn: () => apiFetch<BlastRadiusPreviewOutput>(`/api/v1/changes/blast-radius-preview?service=${encodeURIComponent(draft.service)}`),
    enabled: !!draft.service,
    staleTime: 60_000,
  });
  const scheduledIso = fromLocalInputValue(draft.scheduledAt);
  const notice = checkNotice({ now, scheduledAt: scheduledIso ? new Date(scheduledIso) : null, noticePeriodHours: preview.data?.service.noticePeriodHours ?? null });

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const raw = { ...draft, service: draft.service || undefined, scheduledAt: scheduledIso ?? (draft.scheduledAt || undefined) };
    const checked = presenter.validate(announceChangeInput, raw);
    if (!checked.ok) {
      return setErrors({
        ...checked.errors,
        ...(checked.errors.service ? { service: t('serviceRequired') } : {}),
        ...(checked.errors.title ? { title: t('titleRequired') } : {}),
        ...(checked.errors.scheduledAt ? { scheduledAt: t('scheduledRequired') } : {}),
      });
    }
    setErrors({});
    setBanner(null);
    setBusy(true);
    try {
      const change = await apiFetch<ChangeOutput>('/api/v1/changes', { method: 'POST', body: checked.data });
      resetDraft();
      router.push(`/changes/${change.id}`);
    } catch (err) {
      const shown = presenter.present(err, { shows: () => true });
      setErrors(shown.fieldErrors);
      setBanner(t('failed', { message: shown.banner ?? presenter.message({ code: 'invalid' }) }));
      setBusy(false);
    }
  }

  const hint = (
    <>
      {t('scheduledHint', { timeZone })}
      {notice.kind === 'past' ? <span className="block text-amber-800" data-testid="scheduled-in-past">{t('inPast')}</span> : null}
    </>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6 lg:grid-cols-3" data-testid="announce-change-form">
      <div className="space-y-4 lg:col-span-2">
        {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
        <Field label={t('service')} htmlFor="announce-service" error={errors.service}>
          <Select id="announce-service" value={draft.service} onChange={(e) => setDraft({ ...draft, service: e.target.value })} aria-invalid={!!errors.service} data-testid="change-field-service">
            <option value="">{t('servicePlaceholder')}</option>
            {(services.data ?? []).map((s) => <option key={s.slug} value={s.slug}>{s.name}</option>)}
          </Select>
        </Field>
        <ChangeFields idPrefix="announce" values={draft} onChange={(p) => setDraft({ ...draft, ...p })} errors={errors} scheduledHint={hint} />
        {notice.kind === 'short' && preview.data ? (
          <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-300" data-testid="short-notice-warning">
            ⚠ {t('shortNotice', { service: preview.data.service.name, hours: preview.data.service.noticePeriodHours, given: notice.givenHours < 1 ? t('lessThanHour') : `${notice.givenHours} h` })}
          </p>
        ) : null}
        <Button type="submit" disabled={busy} data-testid="announce-submit">{busy ? t('submitting') : t('submit')}</Button>
      </div>
      <div>{draft.service ? <BlastRadiusPreview preview={preview.data} loading={preview.isLoading} /> : null}</div>
    </form>
  );
}
