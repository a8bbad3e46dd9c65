'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { languageNames } from '@/components/admin/language-names';
import { updateMyAccountAction } from '@/lib/actions/account';
import { useFormSubmit } from '@/lib/client/use-form-submit';
import { formObject } from '@/lib/client/validate';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { locales, type Locale } from '@/lib/i18n/locales';
import { updateMyAccountInput } from '@/lib/users/schemas';

export function AccountProfileForm({ name, locale: saved }: { name: string; locale: Locale | null }) {
  const t = useTranslations('admin.account');
  const tc = useTranslations('common.actions');
  const locale = useLocale();
  const router = useRouter();
  const [saved_, setSaved] = useState(false);
  const { submit, busy, errors, banner, errorProps } = useFormSubmit({
    schema: updateMyAccountInput,
    shows: ['name', 'locale'],
    labels: { name: t('name'), locale: t('language') },
    send: updateMyAccountAction,
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    await submit(formObject(e.currentTarget));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="account-profile-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      <Field label={t('name')} htmlFor="account-name" error={errors.name}>
        <Input id="account-name" name="name" autoComplete="name" defaultValue={name} {...errorProps('name', 'account-name')} data-testid="account-name" />
      </Field>
      <Field label={t('language')} htmlFor="account-locale" error={errors.locale}>
        <Select id="account-locale" name="locale" defaultValue={saved ?? locale} data-testid="account-locale">
          {locales.map((l) => <option key={l} value={l} lang={l}>{languageNames[l]}</option>)}
        </Select>
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy} data-testid="account-profile-save">{busy ? tc('saving') : tc('save')}</Button>
        {saved_ ? <span role="status" className="text-sm text-green-700">{t('saved')}</span> : null}
      </div>
    </form>
  );
}
