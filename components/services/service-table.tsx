import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ServiceOutput } from '@/lib/services/schemas';
import { TierBadge } from './tier-badge';
import { Table } from '@/components/ui/table';

export function ServiceTable({ services, teamNames }: { services: ServiceOutput[]; teamNames: Map<string, string> }) {
  const t = useTranslations('catalogue.services.table');
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <Table data-testid="service-table">
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">{t('name')}</th>
            <th scope="col" className="px-3 py-2">{t('tier')}</th>
            <th scope="col" className="px-3 py-2">{t('owner')}</th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">{t('dependsOn')}</th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">{t('dependedOnBy')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {services.map((s) => (
            <tr key={s.slug} data-testid={`service-row-${s.slug}`}>
              <td data-label={t('name')} className="px-3 py-2">
                <Link href={`/services/${s.slug}`} className="font-medium text-slate-900 hover:underline">{s.name}</Link>
                <div className="text-xs text-slate-500">{s.slug}</div>
              </td>
              <td data-label={t('tier')} className="px-3 py-2"><TierBadge tier={s.tier} /></td>
              <td data-label={t('owner')} className="px-3 py-2">
                {s.ownerTeam ? <Link href={`/teams/${s.ownerTeam}`} className="hover:underline">{teamNames.get(s.ownerTeam) ?? s.ownerTeam}</Link> : <span className="text-slate-400">—</span>}
              </td>
              <td data-label={t('dependsOn')} className="hidden px-3 py-2 tabular-nums sm:table-cell">{s.dependsOn.length}</td>
              <td data-label={t('dependedOnBy')} className="hidden px-3 py-2 tabular-nums sm:table-cell">{s.dependedOnBy.length}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
