'use client';
// Writing a known issue. Validated in the browser with the server's own schema; server issues
// (unknown service or team) land next to their field. Nothing typed is lost on an error.
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createKnownIssueAction } from '@/app/known-issues/actions';
import { validateForm, type FieldErrors } from '@/components/forms/validate';
import { ServicePicker } from '@/components/incidents/service-picker';
import { Button, buttonClass } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { createKnownIssueInput } from '@/lib/known-issues/schemas';

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
const commaList = (s: string) => s.split(/[,，]/).map((l) => l.trim()).filter(Boolean);
/** "services.2" → "services": list items are shown under their list. */
const fieldOf = (path: string) => path.split('.')[0] ?? path;

export function KnownIssueForm({ teams }: { teams: { slug: string; name: string }[] }) {
  const t = useTranslations('knownIssues.form');
  const tc = useTranslations('common.errors');
  const locale = useLocale();
  const router = useRouter();
  const [services, setServices] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
    };
    const checked = validateForm(createKnownIssueInput, data, locale);
    if (!checked.ok) return setErrors(Object.fromEntries(Object.entries(checked.errors).map(([p, m]) => [fieldOf(p), m])));
    setBusy(true);
    setErrors({});
    setBanner(null);
    const res = await createKnownIssueAction(checked.data);
    if (res.ok) {
      router.push(`/known-issues/${res.data.id}`);
      return router.refresh();
    }
    setBusy(false);
    const fieldErrors: FieldErrors = {};
    for (const issue of res.error.issues ?? []) {
      const message = issue.code === 'unknown_service' ? t('unknownService') : issue.code === 'unknown_team' ? t('unknownTeam') : issue.message;
      fieldErrors[fieldOf(issue.path)] ??= message;
    }
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length === 0) setBanner(res.error.code === 'forbidden' ? tc('forbidden') : tc('generic', { requestId: res.error.requestId }));
  }

  const err = (name: string) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `known-issue-${name}-error` : undefined });
  const area = (name: string, rows: number, hint?: string) => (
    <Field label={t(name)} htmlFor={`known-issue-${name}`} error={errors[name]} hint={hint}>
      <Textarea id={`known-issue-${name}`} name={name} rows={rows} {...err(name)} data-testid={`known-issue-${name}`} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="known-issue-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      <Field label={t('title')} htmlFor="known-issue-title" error={errors.title} hint={t('titleHint')}>
        <Input id="known-issue-title" name="title" required autoFocus maxLength={200} {...err('title')} data-testid="known-issue-title-input" />
      </Field>
      {area('symptoms', 3, t('symptomsHint'))}
      {area('errorSignatures', 3, t('errorSignaturesHint'))}
      {area('workaround', 3)}
      {area('cause', 3)}
      {area('resolution', 3)}
      <Field label={t('services')} htmlFor="known-issue-services" error={errors.services}>
        <ServicePicker value={services} onChange={setServices} testId="known-issue-services" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('tags')} htmlFor="known-issue-tags" error={errors.tags} hint={t('tagsHint')}>
          <Input id="known-issue-tags" name="tags" {...err('tags')} data-testid="known-issue-tags" />
        </Field>
        <Field label={t('ownerTeam')} htmlFor="known-issue-ownerTeam" error={errors.ownerTeam}>
          <Select id="known-issue-ownerTeam" name="ownerTeam" defaultValue="" {...err('ownerTeam')} data-testid="known-issue-owner">
            <option value="">{t('noOwner')}</option>
            {teams.map((team) => <option key={team.slug} value={team.slug}>{team.name}</option>)}
          </Select>
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy} data-testid="known-issue-submit">{busy ? t('saving') : t('create')}</Button>
        <Link href="/known-issues" className={buttonClass('ghost')}>{t('cancel')}</Link>
      </div>
    </form>
  );
}
