// The period and filters of /insights as a plain GET form, so a view can be linked and printed.
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { severities } from '@/lib/incidents/schemas';
import { drillModes, trendIntervals } from '@/lib/insights/schemas';

const inputClass = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm';

export interface InsightsForm { from: string; to: string; service: string; team: string; severity: string; drills: string; interval: string }

export async function InsightsFilters({ form, services, teams, timeZone, action = '/insights' }: {
  form: InsightsForm;
  services: { slug: string; name: string }[];
  teams: { slug: string; name: string }[];
  timeZone: string;
  action?: string;
}) {
  const t = await getTranslations('insights.filters');
  const ts = await getTranslations('incidents.severityName');
  return (
    <form method="get" action={action} className="mb-6 grid grid-cols-2 gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-4 lg:grid-cols-8 print:hidden" data-testid="insights-filters">
      <input type="hidden" name="tz" value={timeZone} />
      <label className="text-sm">
        {t('from')}
        <input type="date" name="from" defaultValue={form.from} className={inputClass} />
      </label>
      <label className="text-sm">
        {t('to')}
        <input type="date" name="to" defaultValue={form.to} className={inputClass} />
      </label>
      <label className="text-sm">
        {t('service')}
        <select name="service" defaultValue={form.service} className={inputClass}>
          <option value="">{t('all')}</option>
          {services.map((s) => <option key={s.slug} value={s.slug}>{s.name}</option>)}
        </select>
      </label>
      <label className="text-sm">
        {t('team')}
        <select name="team" defaultValue={form.team} className={inputClass}>
          <option value="">{t('all')}</option>
          {teams.map((s) => <option key={s.slug} value={s.slug}>{s.name}</option>)}
        </select>
      </label>
      <label className="text-sm">
        {t('severity')}
        <select name="severity" defaultValue={form.severity} className={inputClass}>
          <option value="">{t('all')}</option>
          {severities.map((s) => <option key={s} value={s}>{`${s} · ${ts(s)}`}</option>)}
        </select>
      </label>
      <label className="text-sm">
        {t('drills')}
        <select name="drills" defaultValue={form.drills} className={inputClass}>
          {drillModes.map((d) => <option key={d} value={d}>{t(`drill.${d}`)}</option>)}
        </select>
      </label>
      <label className="text-sm">
        {t('interval')}
        <select name="interval" defaultValue={form.interval} className={inputClass}>
          <option value="">{t('auto')}</option>
          {trendIntervals.map((d) => <option key={d} value={d}>{t(`intervals.${d}`)}</option>)}
        </select>
      </label>
      <div className="flex items-end">
        <button type="submit" className={buttonClass('primary')}>{t('apply')}</button>
      </div>
    </form>
  );
}
