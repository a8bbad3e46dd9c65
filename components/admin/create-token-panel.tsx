'use client';
// Creating an API token: name, role, expiry. The secret comes back once and is shown with a
// copy button; after "Done" it is gone from this page too.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createApiTokenAction } from '@/lib/actions/api-tokens';
import { useFormSubmit } from '@/lib/client/use-form-submit';
import { formObject } from '@/lib/client/validate';
import { Button } from '@/components/ui/button';
import { Card, ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { createApiTokenInput } from '@/lib/api-tokens/schemas';
import { roles } from '@/lib/auth/roles';
import { OneTimeSecret } from './one-time-secret';

const expiryChoices = ['30', '90', '365', ''] as const;

export function CreateTokenPanel() {
  const t = useTranslations('admin.tokens.create');
  const tc = useTranslations('common');
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const { submit, busy, errors, banner, errorProps } = useFormSubmit({
    schema: createApiTokenInput,
    shows: ['name', 'role', 'expiresInDays'],
    send: createApiTokenAction,
    onSuccess: (created) => {
      setOpen(false);
      setSecret({ name: created.token.name, value: created.secret });
      router.refresh();
    },
  });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const raw = formObject(e.currentTarget);
    await submit({ name: raw.name, role: raw.role, expiresInDays: raw.expiresInDays ? Number(raw.expiresInDays) : null });
  }

  if (secret) {
    return (
      <div className="mb-4" data-testid="token-created">
        <OneTimeSecret label={t('secretLabel', { name: secret.name })} value={secret.value} onDone={() => setSecret(null)} />
      </div>
    );
  }
  if (!open) {
    return <div className="mb-4"><Button onClick={() => setOpen(true)} data-testid="create-token-open">{t('open')}</Button></div>;
  }
  return (
    <Card title={t('title')} className="mb-4">
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-3" data-testid="create-token-form">
        {banner ? <div className="sm:col-span-3"><ErrorBanner>{banner}</ErrorBanner></div> : null}
        <Field label={t('name')} htmlFor="token-name" error={errors.name} hint={t('nameHint')}>
          <Input id="token-name" name="name" autoComplete="off" {...errorProps('name', 'token-name')} data-testid="token-name" />
        </Field>
        <Field label={t('role')} htmlFor="token-role" error={errors.role}>
          <Select id="token-role" name="role" defaultValue="viewer" data-testid="token-role">
            {roles.map((r) => <option key={r} value={r}>{tc(`roles.${r}`)}</option>)}
          </Select>
        </Field>
        <Field label={t('expiry')} htmlFor="token-expiry" error={errors.expiresInDays}>
          <Select id="token-expiry" name="expiresInDays" defaultValue="90" data-testid="token-expiry">
            {expiryChoices.map((d) => <option key={d} value={d}>{d ? t('expiresInDays', { days: Number(d) }) : t('neverExpires')}</option>)}
          </Select>
        </Field>
        <div className="flex gap-2 sm:col-span-3">
          <Button type="submit" disabled={busy} data-testid="create-token-submit">{busy ? tc('actions.saving') : t('submit')}</Button>
          <Button variant="ghost" onClick={() => setOpen(false)}>{tc('actions.cancel')}</Button>
        </div>
      </form>
    </Card>
  );
}
