'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { resetUserPasswordAction } from '@/app/admin/users/actions';
import { formObject, validateForm, type FieldErrors } from '@/components/forms/validate';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { resetUserPasswordInput } from '@/lib/users/schemas';
import { useActionError } from './use-action-error';

export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations('admin.user');
  const tc = useTranslations('common.actions');
  const locale = useLocale();
  const describe = useActionError();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const checked = validateForm(resetUserPasswordInput, formObject(form), locale);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    setErrors({});
    setBanner(null);
    setDone(false);
    const res = await resetUserPasswordAction({ id: userId, password: checked.data.password });
    setBusy(false);
    if (!res.ok) {
      const { fieldErrors, banner: b } = describe(res.error, ['password']);
      setErrors(fieldErrors);
      return setBanner(b);
    }
    form.reset();
    setDone(true);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="reset-password-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      <Field label={t('newPassword')} htmlFor="reset-password" error={errors.password} hint={t('newPasswordHint')}>
        <Input id="reset-password" name="password" type="password" autoComplete="new-password" aria-invalid={!!errors.password}
          aria-describedby={errors.password ? 'reset-password-error' : undefined} data-testid="reset-password" />
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy} data-testid="reset-password-submit">{busy ? tc('saving') : t('setPassword')}</Button>
        {done ? <span role="status" className="text-sm text-green-700">{t('passwordSet')}</span> : null}
      </div>
    </form>
  );
}
