'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { updateUserAction } from '@/lib/actions/users';
import { useFormSubmit } from '@/lib/client/use-form-submit';
import { formObject } from '@/lib/client/validate';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { roles, type Role } from '@/lib/auth/roles';
import { updateUserInput } from '@/lib/users/schemas';

export function UserProfileForm({ user }: { user: { id: string; name: string; role: Role } }) {
  const t = useTranslations('admin.user');
  const tc = useTranslations('common');
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { submit, busy, errors, banner, errorProps } = useFormSubmit({
    schema: updateUserInput,
    shows: ['name', 'role'],
    send: (changes) => updateUserAction({ id: user.id, changes }),
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
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="user-profile-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      <Field label={t('name')} htmlFor="user-name" error={errors.name}>
        <Input id="user-name" name="name" defaultValue={user.name} {...errorProps('name', 'user-name')} data-testid="user-name" />
      </Field>
      <Field label={t('role')} htmlFor="user-role" error={errors.role}>
        <Select id="user-role" name="role" defaultValue={user.role} {...errorProps('role', 'user-role')} data-testid="user-role">
          {roles.map((r) => <option key={r} value={r}>{tc(`roles.${r}`)}</option>)}
        </Select>
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy} data-testid="user-profile-save">{busy ? tc('actions.saving') : tc('actions.save')}</Button>
        {saved ? <span role="status" className="text-sm text-green-700">{t('saved')}</span> : null}
      </div>
    </form>
  );
}
