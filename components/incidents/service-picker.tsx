'use client';
// Choosing affected services: a filter box over a checkbox list. Checkboxes work with Tab and
// Space, with a screen reader, and with a thumb on a phone; a fancy combobox would not be
// better during an outage.
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { inputClass } from '@/components/ui/field';
import { useServiceOptions } from './use-service-options';

export function ServicePicker({ value, onChange, testId = 'service-picker' }: { value: string[]; onChange: (slugs: string[]) => void; testId?: string }) {
  const t = useTranslations('incidents.servicePicker');
  const id = useId();
  const [filter, setFilter] = useState('');
  const { data, isLoading, isError } = useServiceOptions();
  const q = filter.trim().toLowerCase();
  const shown = (data ?? []).filter((s) => !q || s.slug.includes(q) || s.name.toLowerCase().includes(q) || value.includes(s.slug));
  const toggle = (slug: string) => onChange(value.includes(slug) ? value.filter((s) => s !== slug) : [...value, slug]);

  return (
    <div className="space-y-2" data-testid={testId}>
      <input
        id={`${id}-filter`}
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder={t('filter')}
        aria-label={t('filter')}
        className={inputClass}
        data-testid={`${testId}-filter`}
      />
      {isLoading ? <p className="text-sm text-slate-500">{t('loading')}</p> : null}
      {isError ? <p className="text-sm text-red-600">{t('loadFailed')}</p> : null}
      {data && data.length === 0 ? <p className="text-sm text-slate-500">{t('empty')}</p> : null}
      {shown.length > 0 ? (
        <ul className="max-h-44 space-y-1 overflow-y-auto rounded-md p-1 ring-1 ring-slate-200">
          {shown.map((s) => (
            <li key={s.slug}>
              <label className="flex min-h-9 cursor-pointer items-center gap-2 rounded px-2 text-sm hover:bg-slate-50">
                <input type="checkbox" checked={value.includes(s.slug)} onChange={() => toggle(s.slug)} data-testid={`${testId}-option-${s.slug}`} />
                <span>{s.name}</span>
                <span className="text-xs text-slate-500">{s.slug}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {value.length > 0 ? <p className="text-xs text-slate-600">{t('selected', { count: value.length })}</p> : null}
    </div>
  );
}
