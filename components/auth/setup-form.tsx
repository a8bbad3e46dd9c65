'use client';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { createFirstAdminAction } from '@/lib/actions/setup';
import { formObject } from '@/lib/client/validate';
import { useFormSubmit } from '@/lib/client/use-form-submit';
import { createFirstAdminInput, type CreateFirstAdminInput } from '@/lib/users/schemas';

export function SetupForm() {
  const t = useTranslations('auth.setup');
  const form = useFormSubmit({
    schema: createFirstAdminInput,
    shows: ['name', 'email', 'password'],
    codes: { conflict: t('alreadyDone') },
    staysBusy: true,
    send: (data: CreateFirstAdminInput) => createFirstAdminAction(data),
  });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const raw = formObject(e.currentTarget);
    const created = await form.submit(raw);
    if (!created) return;
    await signIn('credentials', { email: raw.email, password: raw.password, redirect: false });
    window.location.assign('/');
  }

  const field = (name: 'name' | 'email' | 'password', type: string, autoComplete: string, hint?: string) => (
    <Field label={t(name)} htmlFor={`setup-${name}`} error={form.errors[name]} hint={hint}>
      <Input id={`setup-${name}`} name={name} type={type} autoComplete={autoComplete} {...form.errorProps(name, `setup-${name}`)} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate data-testid="setup-form">
      {form.banner ? <ErrorBanner>{form.banner}</ErrorBanner> : null}
      {field('name', 'text', 'name')}
      {field('email', 'email', 'username')}
      {field('password', 'password', 'new-password', t('passwordHint'))}
      <Button type="submit" disabled={form.busy} className="w-full">
        {t('submit')}
      </Button>
    </form>
  );
}
