'use client';
// Choosing a severity with what each one means beside it: radio buttons (arrow keys move
// between them, as people expect from a radio group), each a large touch target.
import { useTranslations } from 'next-intl';
import { severities, type Severity } from '@/lib/incidents/schemas';
import { SeverityBadge } from './badges';

export function SeverityChoice({ name, value, onChange, descriptions, error }: {
  name: string;
  value: Severity | '';
  onChange: (s: Severity) => void;
  descriptions: Record<Severity, string>;
  error?: string | undefined;
}) {
  const t = useTranslations('incidents');
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined} data-testid="declare-severity">
      <legend className="mb-1 block text-sm font-medium text-slate-700">{t('field.severity')}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {severities.map((s) => (
          <label key={s} className={`flex cursor-pointer gap-2 rounded-md p-2 text-sm ring-1 has-[:checked]:ring-2 has-[:checked]:ring-brand-500 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500 ${error ? 'ring-red-400' : 'ring-slate-300'}`}>
            <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} className="mt-1" data-testid={`declare-severity-${s}`} />
            <span>
              <span className="flex items-center gap-2 font-medium">
                <SeverityBadge severity={s} /> {t(`severityName.${s}`)}
              </span>
              <span className="mt-0.5 block text-xs text-slate-600">{descriptions[s]}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} role="alert" className="mt-1 text-sm text-red-600">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
