import { getTranslations } from 'next-intl/server';
import type { ApiTokenOutput, ApiTokenStatus } from '@/lib/api-tokens/schemas';
import { RevokeTokenButton } from './revoke-token-button';
import { StatusBadge } from './status-badge';
import { Table } from '@/components/ui/table';

type Row = ApiTokenOutput & { createdAtText: string; lastUsedText: string | null; expiresText: string | null };

const tone: Record<ApiTokenStatus, 'green' | 'grey' | 'red' | 'amber'> = { active: 'green', expired: 'grey', revoked: 'red', suspended: 'amber' };

export async function TokenTable({ tokens }: { tokens: Row[] }) {
  const t = await getTranslations('admin.tokens');
  const tc = await getTranslations('common');
  if (tokens.length === 0) return <p className="rounded-md bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">{t('none')}</p>;
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <Table data-testid="tokens-table">
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">{t('name')}</th>
            <th scope="col" className="px-3 py-2">{t('role')}</th>
            <th scope="col" className="px-3 py-2">{t('prefix')}</th>
            <th scope="col" className="px-3 py-2">{t('status')}</th>
            <th scope="col" className="px-3 py-2">{t('createdBy')}</th>
            <th scope="col" className="px-3 py-2">{t('createdAt')}</th>
            <th scope="col" className="px-3 py-2">{t('lastUsed')}</th>
            <th scope="col" className="px-3 py-2">{t('expires')}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t('actions')}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((tk) => (
            <tr key={tk.id} data-testid="token-row" data-name={tk.name}>
              <td data-label={t('name')} className="px-3 py-2 font-medium">{tk.name}</td>
              <td data-label={t('role')} className="whitespace-nowrap px-3 py-2">{tc(`roles.${tk.role}`)}</td>
              <td data-label={t('prefix')} className="px-3 py-2 font-mono text-xs">{tk.prefix}…</td>
              <td data-label={t('status')} className="px-3 py-2" title={tk.status === 'suspended' ? t('suspendedHelp') : undefined}>
                <StatusBadge tone={tone[tk.status]} testId="token-status">{t(`statuses.${tk.status}`)}</StatusBadge>
              </td>
              <td data-label={t('createdBy')} className="px-3 py-2">{tk.createdBy ? tk.createdBy.name : t('createdBySystem')}</td>
              <td data-label={t('createdAt')} className="px-3 py-2 whitespace-nowrap">{tk.createdAtText}</td>
              <td data-label={t('lastUsed')} className="px-3 py-2 whitespace-nowrap">{tk.lastUsedText ?? tc('never')}</td>
              <td data-label={t('expires')} className="px-3 py-2 whitespace-nowrap">{tk.expiresText ?? t('noExpiry')}</td>
              <td className="px-3 py-2 text-right">{tk.status !== 'revoked' ? <RevokeTokenButton id={tk.id} name={tk.name} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
