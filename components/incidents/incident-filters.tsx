// The incident list's filters as a plain GET form: it works before any script has loaded,
// the URL is the state (shareable, back button works), and every control is a native one.
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Button, buttonClass } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { incidentSorts, severities } from '@/lib/incidents/schemas';
import { incidentStatuses } from '@/lib/incidents/status-machine';
import type { ParsedListParams } from './list-params';

export function IncidentFilters({ form, services }: { form: ParsedListParams['form']; services: { slug: string; name: string }[] }) {
  const t = useTranslations('incidents');
  const box = 'flex items-center gap-1.5 text-sm';
  return (
    <form method="get" action="/incidents" className="mb-4 grid gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200 md:grid-cols-2 lg:grid-cols-4" data-testid="incident-filters">
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('field.status')}</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {incidentStatuses.map((s) => (
            <label key={s} className={box}>
              <input type="checkbox" name="status" value={s} defaultChecked={form.status.includes(s)} />
              {t(`status.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('field.severity')}</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {severities.map((s) => (
            <label key={s} className={box}>
              <input type="checkbox" name="severity" value={s} defaultChecked={form.severity.includes(s)} />
              {s}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-2">
        <label className="text-sm font-medium text-slate-700">
          {t('list.from')}
          <input type="date" name="from" defaultValue={form.from} className={`${inputClass} mt-1`} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t('list.to')}
          <input type="date" name="to" defaultValue={form.to} className={`${inputClass} mt-1`} />
        </label>
      </div>
      <div className="grid grid-cols-2 gap-2">
        <label className="text-sm font-medium text-slate-700">
          {t('field.services')}
          <select name="service" defaultValue={form.service} className={`${inputClass} mt-1`}>
            <option value="">{t('list.anyService')}</option>
            {services.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t('list.drills')}
          <select name="drill" defaultValue={form.drill} className={`${inputClass} mt-1`}>
            {(['include', 'exclude', 'only'] as const).map((d) => (
              <option key={d} value={d}>
                {t(`list.drill.${d}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="flex flex-wrap items-end gap-2 md:col-span-2 lg:col-span-4">
        <label className="text-sm font-medium text-slate-700">
          {t('list.sort')}
          <select name="sort" defaultValue={form.sort} className={`${inputClass} mt-1`}>
            {incidentSorts.map((s) => (
              <option key={s} value={s}>
                {t(`list.sortBy.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" data-testid="incident-filters-apply">
          {t('list.apply')}
        </Button>
        <Link href="/incidents" className={buttonClass('secondary')}>
          {t('list.reset')}
        </Link>
      </div>
    </form>
  );
}
