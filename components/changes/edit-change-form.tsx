'use client';
// Editing a change in place. The edit names the version it started from; if someone else
// saved meanwhile, the server answers 409 and nothing is overwritten: the page reloads the
// current change and the reader's text stays in the form to apply again.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import type { FieldErrors } from '@/lib/client/validate';
import { ApiError } from '@/lib/client/api-client';
import { fromLocalInputValue, toLocalInputValue } from '@/components/incidents/datetime-input';
import { Button } from '@/components/ui/button';
import { type ChangeOutput, updateChangeInput } from '@/lib/changes/schemas';
import { ChangeFields, type ChangeFieldValues } from './change-fields';
import { useChangeAction } from './use-change-action';

const valuesOf = (c: ChangeOutput): ChangeFieldValues => ({
  kind: c.kind, title: c.title, description: c.description, risk: c.risk, scheduledAt: toLocalInputValue(c.scheduledAt),
  expectedImpact: c.expectedImpact, rollbackPlan: c.rollbackPlan, externalRef: c.externalRef,
});

export function EditChangeForm({ change }: { change: ChangeOutput }) {
  const t = useTranslations('changes.edit');
  const presenter = useErrorPresenter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ChangeFieldValues>(() => valuesOf(change));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { run, busy, error } = useChangeAction();

  if (!open) {
    return <Button variant="secondary" onClick={() => { setValues(valuesOf(change)); setOpen(true); }} data-testid="change-edit">{t('button')}</Button>;
  }
  const conflict = error instanceof ApiError && error.status === 409 ? (error.details.current as ChangeOutput | undefined) : undefined;

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const raw = { ...values, version: conflict?.version ?? change.version, scheduledAt: fromLocalInputValue(values.scheduledAt) ?? values.scheduledAt };
    if (change.status !== 'scheduled') delete (raw as Partial<typeof raw>).scheduledAt;
    const checked = presenter.validate(updateChangeInput, raw);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    const ok = await run(`/api/v1/changes/${change.id}`, 'PATCH', checked.data);
    if (ok) setOpen(false);
  }

  return (
    <form onSubmit={onSubmit} className="w-full space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="change-edit-form" noValidate>
      <h2 className="text-base font-semibold">{t('title')}</h2>
      <ChangeFields idPrefix="edit-change" values={values} onChange={(p) => setValues({ ...values, ...p })} errors={{ ...(error ? presenter.present(error, { shows: () => true }).fieldErrors : {}), ...errors }} canReschedule={change.status === 'scheduled'} />
      {conflict ? <p role="alert" className="text-sm text-amber-800" data-testid="change-edit-conflict">{t('conflict', { version: conflict.version })}</p> : null}
      {error && !conflict ? <p role="alert" className="text-sm text-red-600">{t('failed', { message: presenter.message(error) })}</p> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={busy} data-testid="change-edit-save">{busy ? t('saving') : t('save')}</Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
