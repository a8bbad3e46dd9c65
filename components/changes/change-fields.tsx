'use client';
// The fields a change is described by, shared by the announce form and the edit form.
import { useTranslations } from 'next-intl';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import type { FieldErrors } from '@/lib/client/validate';
import { changeKinds, changeRisks, type ChangeKind, type ChangeRisk } from '@/lib/changes/schemas';

export interface ChangeFieldValues {
  kind: ChangeKind;
  title: string;
  description: string;
  risk: ChangeRisk;
  scheduledAt: string; // datetime-local value, in the reader's time zone
  expectedImpact: string;
  rollbackPlan: string;
  externalRef: string;
}

export function ChangeFields({ idPrefix, values, onChange, errors, canReschedule = true, scheduledHint }: {
  idPrefix: string;
  values: ChangeFieldValues;
  onChange: (patch: Partial<ChangeFieldValues>) => void;
  errors: FieldErrors;
  canReschedule?: boolean;
  scheduledHint?: React.ReactNode;
}) {
  const t = useTranslations('changes');
  const id = (f: string) => `${idPrefix}-${f}`;
  const invalid = (f: string) => (errors[f] ? { 'aria-invalid': true, 'aria-describedby': `${id(f)}-error` } : {});
  return (
    <>
      <Field label={t('new.changeTitle')} htmlFor={id('title')} error={errors.title}>
        <Input id={id('title')} value={values.title} maxLength={200} onChange={(e) => onChange({ title: e.target.value })} {...invalid('title')} data-testid="change-field-title" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('new.kind')} htmlFor={id('kind')} error={errors.kind}>
          <Select id={id('kind')} value={values.kind} onChange={(e) => onChange({ kind: e.target.value as ChangeKind })} data-testid="change-field-kind">
            {changeKinds.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
          </Select>
        </Field>
        <Field label={t('new.risk')} htmlFor={id('risk')} error={errors.risk}>
          <Select id={id('risk')} value={values.risk} onChange={(e) => onChange({ risk: e.target.value as ChangeRisk })} data-testid="change-field-risk">
            {changeRisks.map((r) => <option key={r} value={r}>{t(`risk.${r}`)}</option>)}
          </Select>
        </Field>
      </div>
      <Field label={t('new.scheduledAt')} htmlFor={id('scheduledAt')} error={errors.scheduledAt} hint={scheduledHint}>
        <Input id={id('scheduledAt')} type="datetime-local" value={values.scheduledAt} disabled={!canReschedule} onChange={(e) => onChange({ scheduledAt: e.target.value })} {...invalid('scheduledAt')} data-testid="change-field-scheduled-at" />
      </Field>
      <Field label={t('new.description')} htmlFor={id('description')} error={errors.description}>
        <Textarea id={id('description')} rows={5} value={values.description} onChange={(e) => onChange({ description: e.target.value })} data-testid="change-field-description" />
      </Field>
      <Field label={t('new.expectedImpact')} htmlFor={id('expectedImpact')} error={errors.expectedImpact}>
        <Textarea id={id('expectedImpact')} rows={2} value={values.expectedImpact} onChange={(e) => onChange({ expectedImpact: e.target.value })} />
      </Field>
      <Field label={t('new.rollbackPlan')} htmlFor={id('rollbackPlan')} error={errors.rollbackPlan}>
        <Textarea id={id('rollbackPlan')} rows={2} value={values.rollbackPlan} onChange={(e) => onChange({ rollbackPlan: e.target.value })} />
      </Field>
      <Field label={t('new.externalRef')} htmlFor={id('externalRef')} error={errors.externalRef}>
        <Input id={id('externalRef')} value={values.externalRef} maxLength={500} onChange={(e) => onChange({ externalRef: e.target.value })} />
      </Field>
    </>
  );
}
