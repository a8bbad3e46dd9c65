'use client';
// Chooses the services this one calls: the chosen ones as removable chips (in the order
// they were picked, which is the order the server reports issues in), and a filterable
// checkbox list of all others.
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { FieldErrors } from '@/lib/client/validate';
import { Input } from '@/components/ui/field';

export interface ServiceChoice {
  slug: string;
  name: string;
}

export function DependencyPicker({ choices, value, onChange, errors }: { choices: ServiceChoice[]; value: string[]; onChange: (next: string[]) => void; errors: FieldErrors }) {
  const t = useTranslations('catalogue.services.form');
  const id = useId();
  const [filter, setFilter] = useState('');
  const nameOf = new Map(choices.map((c) => [c.slug, c.name]));
  const q = filter.trim().toLowerCase();
  const shown = q ? choices.filter((c) => c.slug.includes(q) || c.name.toLowerCase().includes(q)) : choices;
  const messages = Object.entries(errors)
    .filter(([path]) => path === 'dependsOn' || path.startsWith('dependsOn.'))
    .map(([path, message]) => {
      const slug = value[Number(path.split('.')[1])];
      return slug && !message.includes(slug) ? `${slug}: ${message}` : message;
    });
  const toggle = (slug: string, on: boolean) => onChange(on ? [...value, slug] : value.filter((s) => s !== slug));

  return (
    <fieldset className="space-y-2" aria-describedby={messages.length ? `${id}-error` : `${id}-hint`} data-testid="dependency-picker">
      <legend className="text-sm font-medium text-slate-700">{t('dependsOn')}</legend>
      <p id={`${id}-hint`} className="text-xs text-slate-500">{t('dependsOnHint')}</p>
      {value.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t('selected')}>
          {value.map((slug) => (
            <li key={slug} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-2.5 pr-1 text-sm">
              {nameOf.get(slug) ?? slug}
              <button type="button" onClick={() => toggle(slug, false)} className="rounded-full px-1.5 text-slate-500 hover:bg-slate-200"
                aria-label={t('removeDependency', { name: nameOf.get(slug) ?? slug })}>×</button>
            </li>
          ))}
        </ul>
      ) : null}
      {messages.length > 0 ? (
        <div id={`${id}-error`} role="alert" className="space-y-0.5 text-sm text-red-600">
          {messages.map((m) => <p key={m}>{m}</p>)}
        </div>
      ) : null}
      {choices.length === 0 ? (
        <p className="text-sm text-slate-500">{t('noOtherServices')}</p>
      ) : (
        <>
          <Input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('filterServices')}
            aria-label={t('filterServices')} data-testid="dependency-filter" />
          <div className="max-h-56 overflow-y-auto rounded-md p-2 ring-1 ring-slate-200">
            {shown.length === 0 ? <p className="text-sm text-slate-500">{t('noServiceMatch')}</p> : null}
            {shown.map((c) => (
              <label key={c.slug} className="flex cursor-pointer items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
                <input type="checkbox" checked={value.includes(c.slug)} onChange={(e) => toggle(c.slug, e.target.checked)} data-testid={`dependency-${c.slug}`} />
                <span>{c.name}</span>
                <span className="text-xs text-slate-500">{c.slug}</span>
              </label>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}
