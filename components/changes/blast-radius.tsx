// The blast radius of a change: the services that depend on the changed one (nearest first)
// and the teams that own them.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import type { BlastRadiusOutput } from '@/lib/changes/schemas';
import { Table } from '@/components/ui/table';

export function BlastRadius({ radius }: { radius: BlastRadiusOutput }) {
  const t = useTranslations('changes.blastRadius');
  return (
    <Card title={t('title')}>
      <p className="mb-3 text-sm text-slate-600">{t('intro', { service: radius.change.service.name })}</p>
      {radius.services.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="blast-radius-empty">{t('empty')}</p>
      ) : (
        <>
          <div className="overflow-x-auto">
            <Table data-testid="blast-radius">
              <thead className="text-xs uppercase text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">{t('service')}</th>
                  <th scope="col" className="py-1 pr-3">{t('depth')}</th>
                  <th scope="col" className="py-1">{t('ownerTeam')}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {radius.services.map((s) => (
                  <tr key={s.slug} data-testid="blast-radius-service" data-slug={s.slug}>
                    <td data-label={t('service')} className="py-1 pr-3"><Link href={`/services/${s.slug}`} className="text-sky-700 hover:underline">{s.name}</Link></td>
                    <td data-label={t('depth')} className="py-1 pr-3">{s.depth === 1 ? t('direct') : t('indirect', { depth: s.depth })}</td>
                    <td data-label={t('ownerTeam')} className="py-1">{s.ownerTeam ? <Link href={`/teams/${s.ownerTeam.slug}`} className="hover:underline">{s.ownerTeam.name}</Link> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
          <h3 className="mt-4 text-sm font-semibold">{t('teams')}</h3>
          <ul className="mt-1 flex flex-wrap gap-2 text-sm" data-testid="blast-radius-teams">
            {radius.teams.map((team) => (
              <li key={team.slug} className="rounded bg-slate-100 px-2 py-0.5">{team.name}</li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
