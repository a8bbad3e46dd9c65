'use client';
// Filters for the audit log. The time range is typed in the reader's own time zone and sent
// to the server as instants.
import { useTimeZone, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Button, buttonClass } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { hrefWith } from './search-params';
import { fromWallTime, toWallTime } from '@/lib/kernel/zoned-time';

export interface AuditFilterValues {
  actor?: string | undefined;
  actorUserId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const textFields = ['actor', 'entityType', 'entityId', 'action'] as const;
const knownEntityTypes = ['user', 'api_token', 'team', 'service', 'incident'];

export function AuditFilters({ values }: { values: AuditFilterValues }) {
  const t = useTranslations('admin.audit');
  const tc = useTranslations('common.actions');
  const timeZone = useTimeZone() ?? 'UTC';
  const router = useRouter();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (k: string) => String(form.get(k) ?? '').trim() || undefined;
    const instant = (k: string) => {
      const v = text(k);
      return v ? (fromWallTime(v, timeZone) ?? undefined) : undefined;
    };
    const next = Object.fromEntries(textFields.map((k) => [k, text(k)]));
    router.push(hrefWith('/admin/audit', { ...next, actorUserId: values.actorUserId }, { from: instant('from'), to: instant('to') }));
  }

  const label = (id: string, text: string) => <label htmlFor={id} className="block text-sm font-medium text-slate-700">{text}</label>;
  return (
    <form onSubmit={onSubmit} role="search" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="audit-filters">
      {textFields.map((k) => (
        <div key={k} className="space-y-1">
          {label(`audit-${k}`, t(`filters.${k}`))}
          <Input id={`audit-${k}`} name={k} defaultValue={values[k] ?? ''} placeholder={t(`filters.${k}Placeholder`)}
            list={k === 'entityType' ? 'audit-entity-types' : undefined} data-testid={`audit-filter-${k}`} />
        </div>
      ))}
      <datalist id="audit-entity-types">{knownEntityTypes.map((v) => <option key={v} value={v} />)}</datalist>
      <div className="space-y-1">
        {label('audit-from', t('filters.from'))}
        <Input id="audit-from" name="from" type="datetime-local" defaultValue={values.from ? toWallTime(values.from, timeZone) : ''} data-testid="audit-filter-from" />
      </div>
      <div className="space-y-1">
        {label('audit-to', t('filters.to'))}
        <Input id="audit-to" name="to" type="datetime-local" defaultValue={values.to ? toWallTime(values.to, timeZone) : ''} data-testid="audit-filter-to" />
      </div>
      <p className="text-xs text-slate-500 sm:col-span-2 lg:col-span-3">{t('filters.timeZone', { timeZone })}</p>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit" variant="secondary" data-testid="audit-filter-submit">{tc('filter')}</Button>
        <Link href="/admin/audit" className={buttonClass('ghost')}>{tc('clear')}</Link>
      </div>
    </form>
  );
}
