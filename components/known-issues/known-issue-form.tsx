'use client';
// Writing or editing a known issue. Validated in the browser with the server's own schema;
// server issues (unknown service or team) land next to their field. Nothing typed is lost on
// an error. An edit based on an old version is never saved over someone else's change without
// the writer deciding: the form names the fields they changed and offers "save mine on top"
// or "discard mine".
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { addToKnownIssuesAction, createKnownIssueAction, getKnownIssueAction, updateKnownIssueAction } from '@/lib/actions/known-issues';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import type { FieldErrors } from '@/lib/client/validate';
import { ServicePicker } from '@/components/incidents/service-picker';
import { Button, buttonClass } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import type { ActionResult } from '@/lib/api/action';
import { createKnownIssueInput, knownIssueStatuses, type CreateKnownIssueInput, type KnownIssueOutput } from '@/lib/known-issues/schemas';
import { changedFields } from './changed-fields';

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
const commaList = (s: string) => s.split(/[,，]/).map((l) => l.trim()).filter(Boolean);
/** "services.2" or "changes.services.2" → "services": list items are shown under their list. */
const fieldOf = (path: string) => path.replace(/^changes\./, '').split('.')[0] ?? path;

const formFields = ['title', 'symptoms', 'errorSignatures', 'workaround', 'cause', 'resolution', 'services', 'tags', 'ownerTeam', 'status'];

interface Conflict {
  current: KnownIssueOutput;
  fields: string[];
  mine: CreateKnownIssueInput;
}

/** Starting text for a new entry, and the incident it comes from (linked on save). */
export interface KnownIssueFormPrefill {
  fields: Pick<CreateKnownIssueInput, 'title' | 'symptoms' | 'errorSignatures' | 'cause' | 'workaround' | 'resolution' | 'services'>;
  incident: { reference: string; title: string };
}

export function KnownIssueForm({ entry, teams, prefill }: { entry?: KnownIssueOutput; teams: { slug: string; name: string }[]; prefill?: KnownIssueFormPrefill }) {
  const t = useTranslations('knownIssues.form');
  const presenter = useErrorPresenter();
  const router = useRouter();
  const [services, setServices] = useState<string[]>(entry?.services.map((s) => s.slug) ?? prefill?.fields.services ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(data: CreateKnownIssueInput, version: number | undefined) {
    setBusy(true);
    setErrors({});
    setBanner(null);
    setConflict(null);
    const res: ActionResult<KnownIssueOutput> = entry && version
      ? await updateKnownIssueAction({ id: entry.id, changes: { ...data, version } })
      : prefill
        ? await addToKnownIssuesAction({ incident: prefill.incident.reference, issue: data })
        : await createKnownIssueAction(data);
    if (res.ok) {
      router.push(`/known-issues/${res.data.id}`);
      return router.refresh();
    }
    setBusy(false);
    if (res.error.code === 'conflict' && entry) {
      const current = await getKnownIssueAction({ id: entry.id });
      if (current.ok) return setConflict({ current: current.data, fields: changedFields(entry, current.data), mine: data });
    }
    const shown = presenter.present({ ...res.error, issues: res.error.issues?.map((i) => ({ ...i, path: fieldOf(i.path) })) }, { shows: formFields });
    setErrors(shown.fieldErrors);
    setBanner(shown.banner);
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (k: string) => String(form.get(k) ?? '');
    const data = {
      title: text('title'),
      symptoms: text('symptoms'),
      errorSignatures: lines(text('errorSignatures')),
      workaround: text('workaround'),
      cause: text('cause'),
      resolution: text('resolution'),
      services,
      tags: commaList(text('tags')),
      ownerTeam: text('ownerTeam') || null,
      status: text('status') || 'active',
    };
    const checked = presenter.validate(createKnownIssueInput, data);
    if (!checked.ok) return setErrors(Object.fromEntries(Object.entries(checked.errors).map(([p, m]) => [fieldOf(p), m])));
    await save(checked.data, entry?.version);
  }

  const err = (name: string) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `known-issue-${name}-error` : undefined });
  const area = (name: 'symptoms' | 'errorSignatures' | 'workaround' | 'cause' | 'resolution', rows: number, hint?: string) => (
    <Field label={t(name)} htmlFor={`known-issue-${name}`} error={errors[name]} hint={hint}>
      <Textarea id={`known-issue-${name}`} name={name} rows={rows} defaultValue={name === 'errorSignatures' ? (entry ?? prefill?.fields)?.errorSignatures.join('\n') : (entry ?? prefill?.fields)?.[name]}
        {...err(name)} data-testid={`known-issue-${name}`} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="known-issue-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      {prefill ? (
        <p className="rounded-md bg-brand-50 p-3 text-sm text-slate-700 ring-1 ring-brand-200" data-testid="known-issue-from-incident">
          {t('fromIncident', { reference: prefill.incident.reference, title: prefill.incident.title })}
        </p>
      ) : null}
      {conflict ? (
        <section role="alert" className="rounded-lg bg-amber-50 p-4 ring-1 ring-amber-300" data-testid="known-issue-conflict">
          <h2 className="font-semibold text-amber-900">{t('conflictTitle')}</h2>
          <p className="mt-1 text-sm text-amber-900">{t('conflictBody', { fields: conflict.fields.map((f) => t(f)).join(', ') })}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button type="button" disabled={busy} onClick={() => save(conflict.mine, conflict.current.version)} data-testid="known-issue-apply-mine">{t('applyMine')}</Button>
            <Button type="button" variant="ghost" onClick={() => { router.push(`/known-issues/${conflict.current.id}`); router.refresh(); }} data-testid="known-issue-discard-mine">{t('discardMine')}</Button>
          </div>
        </section>
      ) : null}
      <Field label={t('title')} htmlFor="known-issue-title" error={errors.title} hint={t('titleHint')}>
        <Input id="known-issue-title" name="title" required autoFocus maxLength={200} defaultValue={entry?.title ?? prefill?.fields.title} {...err('title')} data-testid="known-issue-title-input" />
      </Field>
      {area('symptoms', 3, t('symptomsHint'))}
      {area('errorSignatures', 3, t('errorSignaturesHint'))}
      {area('workaround', 3)}
      {area('cause', 3)}
      {area('resolution', 3)}
      <Field label={t('services')} htmlFor="known-issue-services" error={errors.services}>
        <ServicePicker value={services} onChange={setServices} testId="known-issue-services" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t('tags')} htmlFor="known-issue-tags" error={errors.tags} hint={t('tagsHint')}>
          <Input id="known-issue-tags" name="tags" defaultValue={entry?.tags.join(', ')} {...err('tags')} data-testid="known-issue-tags" />
        </Field>
        <Field label={t('ownerTeam')} htmlFor="known-issue-ownerTeam" error={errors.ownerTeam}>
          <Select id="known-issue-ownerTeam" name="ownerTeam" defaultValue={entry?.ownerTeam?.slug ?? ''} {...err('ownerTeam')} data-testid="known-issue-owner">
            <option value="">{t('noOwner')}</option>
            {teams.map((team) => <option key={team.slug} value={team.slug}>{team.name}</option>)}
          </Select>
        </Field>
        <Field label={t('status')} htmlFor="known-issue-status" error={errors.status}>
          <Select id="known-issue-status" name="status" defaultValue={entry?.status ?? 'active'} {...err('status')} data-testid="known-issue-status-select">
            {knownIssueStatuses.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
          </Select>
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy} data-testid="known-issue-submit">{busy ? t('saving') : entry ? t('save') : t('create')}</Button>
        <Link href={entry ? `/known-issues/${entry.id}` : '/known-issues'} className={buttonClass('ghost')}>{t('cancel')}</Link>
      </div>
    </form>
  );
}
