import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { listMyShifts } from '@/lib/on-call/list-my-shifts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('onCall'))('myShifts.heading') };
}

export default async function MyShiftsPage() {
  const actor = await requirePageActor('viewer', '/on-call/my-shifts');
  const t = await getTranslations('onCall.myShifts');
  const format = await getFormatter();
  const now = new Date();
  const { shifts, feedToken } = await listMyShifts(getDb(), { actor, now });
  const when = (iso: string) => format.dateTime(new Date(iso), { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  const onNow = shifts.some((s) => new Date(s.from) <= now && now < new Date(s.to));
  return (
    <>
      <PageHeader title={t('heading')} description={t('intro')} />
      {onNow ? <p role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm font-medium text-amber-900 ring-1 ring-amber-200">{t('nowOnCall')}</p> : null}
      <Card>
        {shifts.length === 0 ? <p className="text-sm text-slate-600" data-testid="my-shifts-empty">{t('empty')}</p> : (
          <ul className="space-y-2 text-sm" data-testid="my-shifts">
            {shifts.map((s) => (
              <li key={`${s.scheduleId}-${s.from}`} className="break-words">
                <span className="font-medium">{s.team} · {s.schedule}</span>: <time dateTime={s.from}>{when(s.from)}</time> – <time dateTime={s.to}>{when(s.to)}</time>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4 text-sm text-slate-700">{t('feed')}</p>
        <code className="block break-all rounded bg-slate-100 p-2 text-xs" data-testid="my-feed-url">/api/v1/on-call/feeds/{feedToken}.ics</code>
      </Card>
    </>
  );
}
