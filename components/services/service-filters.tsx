import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button, buttonClass } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { TIERS } from '@/lib/services/schemas';

export interface ServiceFilterValues {
  q?: string | undefined;
  team?: string | undefined;
  tier?: number | undefined;
}

/** A plain GET form: filters live in the URL, so they can be shared and work without JavaScript. */
export function ServiceFilters({ values, teams }: { values: ServiceFilterValues; teams: { slug: string; name: string }[] }) {
  const t = useTranslations('catalogue.services.filters');
  const tt = useTranslations('catalogue.tiers');
  return (
    <form method="get" action="/services" role="search" aria-label={t('label')} className="mb-4 flex flex-wrap items-end gap-2" data-testid="service-filters">
      <label className="min-w-48 flex-1 text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t('search')}</span>
        <Input type="search" name="q" defaultValue={values.q ?? ''} placeholder={t('searchPlaceholder')} data-testid="service-filter-q" />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t('team')}</span>
        <Select name="team" defaultValue={values.team ?? ''} data-testid="service-filter-team">
          <option value="">{t('anyTeam')}</option>
          {teams.map((team) => <option key={team.slug} value={team.slug}>{team.name}</option>)}
        </Select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t('tier')}</span>
        <Select name="tier" defaultValue={values.tier ? String(values.tier) : ''} data-testid="service-filter-tier">
          <option value="">{t('anyTier')}</option>
          {TIERS.map((tier) => <option key={tier} value={tier}>{tt(`t${tier}`)}</option>)}
        </Select>
      </label>
      <Button type="submit" variant="secondary" data-testid="service-filter-apply">{t('apply')}</Button>
      {values.q || values.team || values.tier ? <Link href="/services" className={buttonClass('ghost')}>{t('clear')}</Link> : null}
    </form>
  );
}
