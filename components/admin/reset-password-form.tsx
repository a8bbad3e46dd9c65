'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { resetUserPasswordAction } from '@/lib/actions/users';
import { useFormSubmit } from '@/lib/client/use-form-submit';
import { formObject } from '@/lib/client/validate';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { resetUserPasswordInput } from '@/lib/users/schemas';

export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations('admin.user');
  const tc = useTranslations('common.actions');
  const [done, setDone] = useState(false);
  const { submit, busy, errors, banner, errorProps } = useFormSubmit({
    schema: resetUserPasswordInput,
    shows: ['password'],
    send: (data) => resetUserPasswordAction({ id: userId, password: data.password }),
  });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setDone(false);
    if (!(await submit(formObject(form)))) return;
    form.reset();
    setDone(true);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="reset-password-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      <Field label={t('newPassword')} htmlFor="reset-password" error={errors.password} hint={t('newPasswordHint')}>
        <Input id="reset-password" name="password" type="password" autoComplete="new-password" {...errorProps('password', 'reset-password')} data-testid="reset-password" />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy} data-testid="reset-password-submit">{busy ? tc('saving') : t('setPassword')}</Button>
        {done ? <span role="status" className="text-sm text-green-700">{t('passwordSet')}</span> : null}
      </div>
    </form>
  );
}
