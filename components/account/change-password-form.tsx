'use client';
import { signIn } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { changeMyPasswordAction } from '@/app/account/actions';
import { useActionError } from '@/components/admin/use-action-error';
import { formObject, validateForm, type FieldErrors } from '@/components/forms/validate';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { changeMyPasswordInput } from '@/lib/users/schemas';

type Name = 'currentPassword' | 'newPassword' | 'confirmPassword';

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations('admin.account');
  const tc = useTranslations('common.actions');
  const locale = useLocale();
  const describe = useActionError();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const raw = formObject(form);
    const checked = validateForm(changeMyPasswordInput, raw, locale);
    if (!checked.ok) return setErrors(checked.errors);
    // A typo in a password nobody can see would lock its owner out: ask for it twice.
    if (raw.confirmPassword !== raw.newPassword) return setErrors({ confirmPassword: t('mismatch') });
    setBusy(true);
    setErrors({});
    setBanner(null);
    setDone(false);
    const res = await changeMyPasswordAction(checked.data);
    if (!res.ok) {
      setBusy(false);
      const { fieldErrors, banner: b } = describe(res.error, ['currentPassword', 'newPassword']);
      setErrors(fieldErrors);
      return setBanner(b);
    }
    // The change ended every session begun with the old password, this one too: sign in
    // again with the new one so that only the other sessions are gone.
    const again = await signIn('credentials', { email, password: String(raw.newPassword), redirect: false });
    setBusy(false);
    if (!again?.ok) {
      router.push('/login');
      return;
    }
    form.reset();
    setDone(true);
  }

  const field = (name: Name, autoComplete: string, hint?: string) => (
    <Field label={t(name)} htmlFor={`account-${name}`} error={errors[name]} hint={hint}>
      <Input id={`account-${name}`} name={name} type="password" autoComplete={autoComplete} aria-invalid={!!errors[name]}
        aria-describedby={errors[name] ? `account-${name}-error` : undefined} data-testid={`account-${name}`} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="change-password-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      {field('currentPassword', 'current-password')}
      {field('newPassword', 'new-password', t('newPasswordHint'))}
      {field('confirmPassword', 'new-password')}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy} data-testid="change-password-submit">{busy ? tc('saving') : t('changePassword')}</Button>
        {done ? <span role="status" className="text-sm text-green-700">{t('passwordChanged')}</span> : null}
      </div>
    </form>
  );
}
