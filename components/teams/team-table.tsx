import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { TeamOutput } from '@/lib/teams/schemas';
import { Table } from '@/components/ui/table';

export function TeamTable({ teams }: { teams: TeamOutput[] }) {
  const t = useTranslations('catalogue.teams.table');
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <Table data-testid="team-table">
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">{t('name')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('members')}</th>
            <th scope="col" className="px-3 py-2 text-right">{t('services')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {teams.map((team) => (
            <tr key={team.slug} data-testid={`team-row-${team.slug}`}>
              <td data-label={t('name')} className="px-3 py-2">
                <Link href={`/teams/${team.slug}`} className="font-medium text-slate-900 hover:underline">{team.name}</Link>
                <div className="text-xs text-slate-500">{team.slug}</div>
              </td>
              <td data-label={t('members')} className="px-3 py-2 text-right tabular-nums">{team.members.length}</td>
              <td data-label={t('services')} className="px-3 py-2 text-right tabular-nums">{team.services.length}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
