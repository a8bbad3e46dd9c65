// The change list: a table on wide screens that scrolls sideways on a phone; each title links
// to the change page.
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { ChangeOutput } from '@/lib/changes/schemas';
import { ChangeStatusBadge, RiskBadge, ShortNoticeBadge } from './change-badges';
import { Table } from '@/components/ui/table';

export function ChangeTable({ changes }: { changes: ChangeOutput[] }) {
  const t = useTranslations('changes');
  const format = useFormatter();
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <Table data-testid="change-table">
        <thead className="bg-slate-50 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{t('columns.scheduledAt')}</th>
            <th scope="col" className="px-3 py-2">{t('columns.title')}</th>
            <th scope="col" className="px-3 py-2">{t('columns.service')}</th>
            <th scope="col" className="px-3 py-2">{t('columns.kind')}</th>
            <th scope="col" className="px-3 py-2">{t('columns.risk')}</th>
            <th scope="col" className="px-3 py-2">{t('columns.status')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {changes.map((c) => (
            <tr key={c.id} data-testid="change-row" data-change-id={c.id}>
              <td data-label={t('columns.scheduledAt')} className="whitespace-nowrap px-3 py-2">
                <time dateTime={c.scheduledAt}>{format.dateTime(new Date(c.scheduledAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
              </td>
              <td data-label={t('columns.title')} className="px-3 py-2">
                <Link href={`/changes/${c.id}`} className="font-medium text-sky-700 hover:underline">{c.title}</Link>
                {c.shortNotice ? <span className="ml-2"><ShortNoticeBadge hours={c.noticePeriodHours} /></span> : null}
              </td>
              <td data-label={t('columns.service')} className="px-3 py-2"><Link href={`/services/${c.service.slug}`} className="hover:underline">{c.service.name}</Link></td>
              <td data-label={t('columns.kind')} className="px-3 py-2">{t(`kind.${c.kind}`)}</td>
              <td data-label={t('columns.risk')} className="px-3 py-2"><RiskBadge risk={c.risk} /></td>
              <td data-label={t('columns.status')} className="px-3 py-2"><ChangeStatusBadge status={c.status} /></td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
