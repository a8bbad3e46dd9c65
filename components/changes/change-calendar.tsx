// The change calendar: one week, a column per local day (stacked on a phone), each change at
// its local time with its service, status and short-notice marker.
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { ChangeOutput } from '@/lib/changes/schemas';
import { ChangeStatusBadge, ShortNoticeBadge } from './change-badges';

export function ChangeCalendar({ days, byDay, today, timeZone }: { days: string[]; byDay: Map<string, ChangeOutput[]>; today: string; timeZone: string }) {
  const t = useTranslations('changes.calendar');
  const format = useFormatter();
  // A date key is a calendar date, not an instant: format it at noon UTC in UTC.
  const dayLabel = (key: string) => format.dateTime(new Date(`${key}T12:00:00Z`), { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return (
    <div className="grid gap-2 md:grid-cols-7" data-testid="change-calendar">
      {days.map((day) => {
        const items = byDay.get(day) ?? [];
        return (
          <section key={day} className={`min-h-24 rounded-lg bg-white p-2 ring-1 ${day === today ? 'ring-2 ring-brand-500' : 'ring-slate-200'}`} data-testid="calendar-day" data-day={day}>
            <h3 className="mb-1 text-xs font-semibold uppercase text-slate-600">{dayLabel(day)}</h3>
            {items.length === 0 ? <p className="text-xs text-slate-400">{t('empty')}</p> : null}
            <ul className="space-y-1">
              {items.map((c) => (
                <li key={c.id} className="rounded bg-slate-50 p-1.5 text-xs" data-testid="calendar-change" data-change-id={c.id}>
                  <time dateTime={c.scheduledAt} className="font-mono text-slate-600">{format.dateTime(new Date(c.scheduledAt), { hour: '2-digit', minute: '2-digit', timeZone })}</time>{' '}
                  <Link href={`/changes/${c.id}`} className="font-medium text-sky-700 hover:underline">{c.title}</Link>
                  <div className="mt-0.5 flex flex-wrap items-center gap-1 text-slate-600">
                    <span>{c.service.name}</span>
                    <ChangeStatusBadge status={c.status} />
                    {c.shortNotice ? <ShortNoticeBadge hours={c.noticePeriodHours} /> : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
