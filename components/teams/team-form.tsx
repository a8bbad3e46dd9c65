'use client';
// Creates a team (from the teams list) or edits one (on its page). Validated in the browser
// with the server's schema; a taken slug is reported next to the slug field.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createTeamAction, updateTeamAction } from '@/lib/actions/teams';
import { useFormSubmit } from '@/lib/client/use-form-submit';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input, Textarea } from '@/components/ui/field';
import { suggestSlug } from '@/lib/services/slug';
import { createTeamInput, updateTeamInput, type TeamOutput } from '@/lib/teams/schemas';

const fields = ['slug', 'name', 'description'];

export function TeamForm({ team, onCancel }: { team?: Pick<TeamOutput, 'slug' | 'name' | 'description'>; onCancel?: () => void }) {
  const t = useTranslations('catalogue');
  const router = useRouter();
  const [slug, setSlug] = useState(team?.slug ?? '');
  const [slugEdited, setSlugEdited] = useState(!!team);
  const [saved, setSaved] = useState(false);
  const idp = team ? 'team-edit' : 'team-new';
  const { submit, busy, errors, banner, errorProps } = useFormSubmit({
    schema: team ? updateTeamInput : createTeamInput,
    shows: fields,
    send: (data) => (team ? updateTeamAction({ slug: team.slug, changes: data }) : createTeamAction(createTeamInput.parse(data))),
    onSuccess: (saved_) => {
      if (!team || saved_.slug !== team.slug) router.push(`/teams/${saved_.slug}`);
      else setSaved(true);
      router.refresh();
    },
  });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setSaved(false);
    await submit({ slug: slug.trim(), name: String(form.get('name') ?? ''), description: String(form.get('description') ?? '') });
  }

  const a11y = (name: string) => errorProps(name, `${idp}-${name}`);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid={`${idp}-form`}>
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('fields.name')} htmlFor={`${idp}-name`} error={errors.name}>
          <Input id={`${idp}-name`} name="name" defaultValue={team?.name} required {...a11y('name')} data-testid={`${idp}-name`}
            onChange={(e) => { if (!slugEdited) setSlug(suggestSlug(e.target.value)); }} />
        </Field>
        <Field label={t('fields.slug')} htmlFor={`${idp}-slug`} error={errors.slug} hint={t('fields.slugHint')}>
          <Input id={`${idp}-slug`} name="slug" value={slug} required autoCapitalize="none" spellCheck={false} {...a11y('slug')} data-testid={`${idp}-slug`}
            onChange={(e) => { setSlug(e.target.value); setSlugEdited(true); }} />
        </Field>
        <div className="sm:col-span-2">
          <Field label={t('fields.description')} htmlFor={`${idp}-description`} error={errors.description}>
            <Textarea id={`${idp}-description`} name="description" rows={3} defaultValue={team?.description} {...a11y('description')} data-testid={`${idp}-description`} />
          </Field>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={busy} data-testid={`${idp}-submit`}>
          {busy ? t('teams.form.saving') : team ? t('teams.form.save') : t('teams.form.create')}
        </Button>
        {onCancel ? <Button variant="ghost" onClick={onCancel}>{t('teams.form.cancel')}</Button> : null}
        {saved ? <p role="status" className="text-sm text-green-700">{t('teams.form.saved')}</p> : null}
      </div>
    </form>
  );
}
