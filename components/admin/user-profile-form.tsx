'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { updateUserAction } from '@/app/admin/users/actions';
import { formObject, validateForm, type FieldErrors } from '@/components/forms/validate';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { roles, type Role } from '@/lib/auth/roles';
import { updateUserInput } from '@/lib/users/schemas';
import { useActionError } from './use-action-error';

export function UserProfileForm({ user }: { user: { id: string; name: string; role: Role } }) {
  const t = useTranslations('admin.user');
  const tc = useTranslations('common');
  const locale = useLocale();
  const router = useRouter();
  const describe = useActionError();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const checked = validateForm(updateUserInput, formObject(e.currentTarget), locale);
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    setErrors({});
    setBanner(null);
    setSaved(false);
    const res = await updateUserAction({ id: user.id, changes: checked.data });
    setBusy(false);
    if (!res.ok) {
      const { fieldErrors, banner: b } = describe(res.error, ['name', 'role']);
      setErrors(fieldErrors);
      return setBanner(b);
    }
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="user-profile-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      <Field label={t('name')} htmlFor="user-name" error={errors.name}>
        <Input id="user-name" name="name" defaultValue={user.name} aria-invalid={!!errors.name} aria-describedby={errors.name ? 'user-name-error' : undefined} data-testid="user-name" />
      </Field>
      <Field label={t('role')} htmlFor="user-role" error={errors.role}>
        <Select id="user-role" name="role" defaultValue={user.role} aria-invalid={!!errors.role} aria-describedby={errors.role ? 'user-role-error' : undefined} data-testid="user-role">
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
