'use client';
// Creates or edits a service. Validated in the browser with the server's own schema; server
// issues (unknown team or service, loops) land next to the field they name. Nothing typed
// is lost on an error: the form keeps its values until it succeeds.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createServiceAction, updateServiceAction } from '@/lib/actions/services';
import { useFormSubmit } from '@/lib/client/use-form-submit';
import { Button, buttonClass } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { createServiceInput, DEFAULT_NOTICE_PERIOD_HOURS, DEFAULT_TIER, TIERS, updateServiceInput, type ServiceOutput } from '@/lib/services/schemas';
import { suggestSlug } from '@/lib/services/slug';
import { ContactsEditor, type ContactDraft } from './contacts-editor';
import { DependencyPicker, type ServiceChoice } from './dependency-picker';

const fieldPaths = ['slug', 'name', 'description', 'ownerTeam', 'tier', 'noticePeriodHours'];
const shows = (path: string) => fieldPaths.includes(path) || path.startsWith('contacts.') || path.startsWith('dependsOn');

export function ServiceForm({ service, teams, choices }: { service?: ServiceOutput; teams: { slug: string; name: string }[]; choices: ServiceChoice[] }) {
  const t = useTranslations('catalogue');
  const router = useRouter();
  const [contacts, setContacts] = useState<ContactDraft[]>(() => (service?.contacts ?? []).map((c, key) => ({ key, ...c })));
  const [dependsOn, setDependsOn] = useState<string[]>(service?.dependsOn ?? []);
  const [slug, setSlug] = useState(service?.slug ?? '');
  const [slugEdited, setSlugEdited] = useState(!!service);
  const { submit, busy, errors, banner } = useFormSubmit({
    schema: service ? updateServiceInput : createServiceInput,
    shows,
    send: (data) => (service ? updateServiceAction({ slug: service.slug, changes: data }) : createServiceAction(createServiceInput.parse(data))),
    staysBusy: true,
    onSuccess: (saved) => {
      router.push(`/services/${saved.slug}`);
      router.refresh();
    },
  });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (k: string) => String(form.get(k) ?? '');
    const hours = text('noticePeriodHours').trim();
    const data = {
      slug: slug.trim(),
      name: text('name'),
      description: text('description'),
      ownerTeam: text('ownerTeam') || null,
      tier: Number(text('tier')),
      noticePeriodHours: hours === '' ? undefined : Number(hours),
      contacts: contacts.map(({ key: _key, ...c }) => c),
      dependsOn,
    };
    await submit(data);
  }

  const err = (name: string) => ({ 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `service-${name}-error` : undefined });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" data-testid="service-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('fields.name')} htmlFor="service-name" error={errors.name}>
          <Input id="service-name" name="name" defaultValue={service?.name} required autoFocus={!service} {...err('name')} data-testid="service-name"
            onChange={(e) => { if (!slugEdited) setSlug(suggestSlug(e.target.value)); }} />
        </Field>
        <Field label={t('fields.slug')} htmlFor="service-slug" error={errors.slug} hint={t('fields.slugHint')}>
          <Input id="service-slug" name="slug" value={slug} required autoCapitalize="none" spellCheck={false} {...err('slug')} data-testid="service-slug"
            onChange={(e) => { setSlug(e.target.value); setSlugEdited(true); }} />
        </Field>
        <Field label={t('fields.ownerTeam')} htmlFor="service-ownerTeam" error={errors.ownerTeam}>
          <Select id="service-ownerTeam" name="ownerTeam" defaultValue={service?.ownerTeam ?? ''} {...err('ownerTeam')} data-testid="service-owner">
            <option value="">{t('fields.noOwner')}</option>
            {teams.map((team) => <option key={team.slug} value={team.slug}>{team.name} ({team.slug})</option>)}
          </Select>
        </Field>
        <Field label={t('fields.tier')} htmlFor="service-tier" error={errors.tier}>
          <Select id="service-tier" name="tier" defaultValue={String(service?.tier ?? DEFAULT_TIER)} {...err('tier')} data-testid="service-tier">
            {TIERS.map((tier) => <option key={tier} value={tier}>{t(`tiers.t${tier}`)}</option>)}
          </Select>
        </Field>
        <Field label={t('fields.noticePeriodHours')} htmlFor="service-noticePeriodHours" error={errors.noticePeriodHours} hint={t('fields.noticePeriodHint')}>
          <Input id="service-noticePeriodHours" name="noticePeriodHours" type="number" inputMode="numeric" min={0} max={8760}
            defaultValue={service?.noticePeriodHours ?? DEFAULT_NOTICE_PERIOD_HOURS} {...err('noticePeriodHours')} data-testid="service-notice" />
        </Field>
        <div className="sm:col-span-2">
          <Field label={t('fields.description')} htmlFor="service-description" error={errors.description}>
            <Textarea id="service-description" name="description" rows={4} defaultValue={service?.description} {...err('description')} data-testid="service-description" />
          </Field>
        </div>
      </div>
      <ContactsEditor contacts={contacts} onChange={setContacts} errors={errors} />
      <DependencyPicker choices={choices} value={dependsOn} onChange={setDependsOn} errors={errors} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy} data-testid="service-submit">
          {busy ? t('services.form.saving') : service ? t('services.form.save') : t('services.form.create')}
        </Button>
        <a href={service ? `/services/${service.slug}` : '/services'} className={buttonClass('ghost')}>{t('services.form.cancel')}</a>
      </div>
    </form>
  );
}
