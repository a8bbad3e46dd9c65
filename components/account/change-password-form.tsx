'use client';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { changeMyPasswordAction } from '@/lib/actions/account';
import { useFormSubmit } from '@/lib/client/use-form-submit';
import { formObject } from '@/lib/client/validate';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { changeMyPasswordInput } from '@/lib/users/schemas';

type Name = 'currentPassword' | 'newPassword' | 'confirmPassword';

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations('admin.account');
  const tc = useTranslations('common.actions');
  const router = useRouter();
  const [done, setDone] = useState(false);
  const [signingIn, setSigningIn] = useState(false);
  const { submit, busy: sending, errors, setErrors, banner, errorProps } = useFormSubmit({
    schema: changeMyPasswordInput,
    shows: ['currentPassword', 'newPassword'],
    send: changeMyPasswordAction,
  });
  const busy = sending || signingIn;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const raw = formObject(form);
    setDone(false);
    // A typo in a password nobody can see would lock its owner out: ask for it twice.
    if (raw.newPassword && raw.confirmPassword !== raw.newPassword) return setErrors({ confirmPassword: t('mismatch') });
    const changed = await submit(raw);
    if (!changed) return;
    setSigningIn(true);
    // The change ended every session begun with the old password, this one too: sign in
    // again with the new one so that only the other sessions are gone.
    const again = await signIn('credentials', { email, password: String(raw.newPassword), redirect: false });
    setSigningIn(false);
    if (!again?.ok) {
      router.push('/login');
      return;
    }
    form.reset();
    setDone(true);
  }

  const field = (name: Name, autoComplete: string, hint?: string) => (
    <Field label={t(name)} htmlFor={`account-${name}`} error={errors[name]} hint={hint}>
      <Input id={`account-${name}`} name={name} type="password" autoComplete={autoComplete} {...errorProps(name, `account-${name}`)} data-testid={`account-${name}`} />
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
