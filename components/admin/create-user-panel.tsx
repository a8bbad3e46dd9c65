'use client';
// Inviting someone: name, email, role and, optionally, an initial password. Left empty, the
// server generates one, shown here once for the admin to pass on.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createUserAction } from '@/lib/actions/users';
import { useFormSubmit } from '@/lib/client/use-form-submit';
import { formObject } from '@/lib/client/validate';
import { Button } from '@/components/ui/button';
import { Card, ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { roles } from '@/lib/auth/roles';
import { createUserInput } from '@/lib/users/schemas';
import { OneTimeSecret } from './one-time-secret';

const fields = ['name', 'email', 'role', 'password'] as const;

export function CreateUserPanel() {
  const t = useTranslations('admin.users.create');
  const tc = useTranslations('common');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ email: string; password: string | null } | null>(null);
  const { submit, busy, errors, banner, errorProps } = useFormSubmit({
    schema: createUserInput,
    shows: fields,
    send: createUserAction,
    onSuccess: (res) => {
      setOpen(false);
      setCreated({ email: res.user.email, password: res.generatedPassword });
      router.refresh();
    },
  });
  // "Add another user" is one click: it closes the confirmation and opens the form again.
  const another = () => {
    setCreated(null);
    setOpen(true);
  };

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const raw: Record<string, string | undefined> = formObject(e.currentTarget);
    if (!raw.password) delete raw.password;
    await submit(raw);
  }

  if (created) {
    return (
      <div className="mb-4 space-y-2" data-testid="user-created">
        <p role="status" className="text-sm text-green-800">{t('created', { email: created.email })}</p>
        {created.password ? (
          <OneTimeSecret label={t('generatedPassword', { email: created.email })} value={created.password} onDone={() => setCreated(null)} />
        ) : null}
        <Button variant="ghost" onClick={another} data-testid="create-user-another">{t('another')}</Button>
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
      <Input id={`new-user-${name}`} name={name} type={type} autoComplete={autoComplete} {...errorProps(name, `new-user-${name}`)} data-testid={`new-user-${name}`} />
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
