import { getTranslations } from 'next-intl/server';
import { diffAuditValues, formatAuditValue } from '@/lib/audit/diff-audit-values';

const rowTone = { added: 'bg-green-50', removed: 'bg-red-50', changed: 'bg-amber-50', unchanged: '' } as const;

export async function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = await getTranslations('admin.audit.diff');
  const rows = diffAuditValues(before, after);
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t('empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-xs" data-testid="audit-diff">
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-3">{t('field')}</th>
            <th scope="col" className="py-1 pr-3">{t('before')}</th>
            <th scope="col" className="py-1">{t('after')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key || '-'} className={rowTone[r.kind]} data-kind={r.kind}>
              <th scope="row" className="py-1 pr-3 font-mono font-normal">
                {r.key || t('value')}
                <span className="sr-only"> ({t(`kinds.${r.kind}`)})</span>
              </th>
              <td className="max-w-xs break-all py-1 pr-3 font-mono">{r.kind === 'added' ? '—' : formatAuditValue(r.before)}</td>
              <td className="max-w-xs break-all py-1 font-mono">{r.kind === 'removed' ? '—' : formatAuditValue(r.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
