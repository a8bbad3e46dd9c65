import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { AuditEntryOutput } from '@/lib/audit/schemas';
import { AuditDiff } from './audit-diff';


export async function AuditEntryList({ entries }: { entries: AuditEntryOutput[] }) {
  const t = await getTranslations('admin.audit');
  const format = await getFormatter();
  if (entries.length === 0) return <p className="rounded-md bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">{t('none')}</p>;
  return (
    <ol className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" data-testid="audit-list">
      {entries.map((e) => {
        // Names where the entity still exists (lib/audit/resolve-entity-names.ts); the id otherwise.
        const href = e.entity?.href ?? null;
        return (
          <li key={e.id} data-testid="audit-entry" data-action={e.action}>
            <details className="group">
              <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2 text-sm hover:bg-slate-50">
                <time dateTime={e.at} className="whitespace-nowrap text-slate-500">
                  {format.dateTime(new Date(e.at), { dateStyle: 'medium', timeStyle: 'medium' })}
                </time>
                <span className="font-medium">{e.actorLabel}</span>
                <code className="rounded bg-slate-100 px-1 text-xs">{e.action}</code>
                <span className="break-words text-slate-600" data-testid="audit-entity">{e.entityType} · {e.entity ? e.entity.name : <span className="break-all">{e.entityId}</span>}</span>
              </summary>
              <div className="space-y-2 px-3 pb-3">
                <AuditDiff before={e.before} after={e.after} />
                <p className="flex flex-wrap gap-x-4 text-xs text-slate-500">
                  {href ? <Link href={href} className="text-brand-700 hover:underline">{t('openEntity')}</Link> : null}
                  <Link href={`/admin/audit?entityType=${encodeURIComponent(e.entityType)}&entityId=${encodeURIComponent(e.entityId)}`} className="text-brand-700 hover:underline">
                    {t('entityHistory')}
                  </Link>
                  {e.requestId ? <span>{t('requestId')}: <code>{e.requestId}</code></span> : null}
                </p>
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
