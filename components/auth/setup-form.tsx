'use client';
import { signIn } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { createFirstAdminAction } from '@/app/setup/actions';
import { formObject, issuesToFieldErrors, validateForm, type FieldErrors } from '@/components/forms/validate';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { createFirstAdminInput } from '@/lib/users/schemas';

export function SetupForm() {
  const t = useTranslations('auth.setup');
  const locale = useLocale();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const raw = formObject(e.currentTarget);
    const checked = validateForm(createFirstAdminInput, raw, locale);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    setErrors({});
    const res = await createFirstAdminAction(raw);
    if (!res.ok) {
      setBusy(false);
      setErrors(issuesToFieldErrors(res.error.issues));
      setBanner(res.error.code === 'conflict' ? t('alreadyDone') : res.error.message);
      return;
    }
    await signIn('credentials', { email: checked.data.email, password: checked.data.password, redirect: false });
    window.location.assign('/');
  }

  const field = (name: 'name' | 'email' | 'password', type: string, autoComplete: string, hint?: string) => (
    <Field label={t(name)} htmlFor={`setup-${name}`} error={errors[name]} hint={hint}>
      <Input id={`setup-${name}`} name={name} type={type} autoComplete={autoComplete} aria-invalid={!!errors[name]} aria-describedby={errors[name] ? `setup-${name}-error` : undefined} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      {field('name', 'text', 'name')}
      {field('email', 'email', 'username')}
      {field('password', 'password', 'new-password', t('passwordHint'))}
      <Button type="submit" disabled={busy} className="w-full">
        {t('submit')}
      </Button>
    </form>
  );
}
