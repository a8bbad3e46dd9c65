'use client';
// Inviting someone: name, email, role and, optionally, an initial password. Left empty, the
// server generates one, shown here once for the admin to pass on.
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createUserAction } from '@/app/admin/users/actions';
import { formObject, validateForm, type FieldErrors } from '@/components/forms/validate';
import { Button } from '@/components/ui/button';
import { Card, ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { roles } from '@/lib/auth/roles';
import { createUserInput } from '@/lib/users/schemas';
import { OneTimeSecret } from './one-time-secret';
import { useActionError } from './use-action-error';

const fields = ['name', 'email', 'role', 'password'] as const;

export function CreateUserPanel() {
  const t = useTranslations('admin.users.create');
  const tc = useTranslations('common');
  const locale = useLocale();
  const router = useRouter();
  const describe = useActionError();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ email: string; password: string | null } | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const raw: Record<string, string | undefined> = formObject(form);
    if (!raw.password) delete raw.password;
    const checked = validateForm(createUserInput, raw, locale);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    setErrors({});
    setBanner(null);
    const res = await createUserAction(checked.data);
    setBusy(false);
    if (!res.ok) {
      const { fieldErrors, banner: b } = describe(res.error, fields);
      setErrors(fieldErrors);
      return setBanner(b);
    }
    form.reset();
    setOpen(false);
    setCreated({ email: res.data.user.email, password: res.data.generatedPassword });
    router.refresh();
  }

  if (created) {
    return (
      <div className="mb-4 space-y-2" data-testid="user-created">
        <p role="status" className="text-sm text-green-800">{t('created', { email: created.email })}</p>
        {created.password ? (
          <OneTimeSecret label={t('generatedPassword', { email: created.email })} value={created.password} onDone={() => setCreated(null)} />
        ) : (
          <Button variant="ghost" onClick={() => setCreated(null)}>{t('another')}</Button>
        )}
      </div>
    );
  }

  if (!open) {
    return (
      <div className="mb-4">
        <Button onClick={() => setOpen(true)} data-testid="create-user-open">{t('open')}</Button>
      </div>
    );
  }

  const input = (name: 'name' | 'email' | 'password', type: string, autoComplete: string, hint?: string) => (
    <Field label={t(name)} htmlFor={`new-user-${name}`} error={errors[name]} hint={hint}>
      <Input id={`new-user-${name}`} name={name} type={type} autoComplete={autoComplete} aria-invalid={!!errors[name]}
        aria-describedby={errors[name] ? `new-user-${name}-error` : undefined} data-testid={`new-user-${name}`} />
    </Field>
  );

  return (
    <Card title={t('title')} className="mb-4">
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" data-testid="create-user-form">
        {banner ? <div className="sm:col-span-2"><ErrorBanner>{banner}</ErrorBanner></div> : null}
        {input('name', 'text', 'off')}
        {input('email', 'email', 'off')}
        <Field label={t('role')} htmlFor="new-user-role" error={errors.role}>
          <Select id="new-user-role" name="role" defaultValue="viewer" data-testid="new-user-role">
            {roles.map((r) => <option key={r} value={r}>{tc(`roles.${r}`)}</option>)}
          </Select>
        </Field>
        {input('password', 'password', 'new-password', t('passwordHint'))}
        <div className="flex gap-2 sm:col-span-2">
          <Button type="submit" disabled={busy} data-testid="create-user-submit">{busy ? tc('actions.saving') : t('submit')}</Button>
          <Button variant="ghost" onClick={() => setOpen(false)}>{tc('actions.cancel')}</Button>
        </div>
      </form>
    </Card>
  );
}
