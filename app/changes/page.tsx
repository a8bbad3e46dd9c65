import type { Metadata } from 'next';
import Link from 'next/link';
import { getTimeZone, getTranslations } from 'next-intl/server';
import { ChangeCalendar } from '@/components/changes/change-calendar';
import { ChangeTable } from '@/components/changes/change-table';
import { buttonClass } from '@/components/ui/button';
import { CsvLink } from '@/components/export/csv-link';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { addDays, bucketByDay, localDateKey, weekDays, weekStart, zonedMidnight } from '@/lib/changes/calendar-week';
import { listChanges } from '@/lib/changes/list-changes';
import type { ChangeOutput, ListChangesQuery } from '@/lib/changes/schemas';
import type { Actor } from '@/lib/auth/actor';
import type { Db } from '@/lib/db/client';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { listServiceOptions } from '@/lib/services/list-service-options';
import { listTeamOptions } from '@/lib/teams/list-team-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('changes'))('title') };
}

type Search = Record<string, string | string[] | undefined>;
type When = ListChangesQuery['when'];
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const whens: When[] = ['upcoming', 'recent', 'all'];

interface Filters { when: When; service?: string; team?: string; view?: 'list' | 'calendar'; week?: string }

function href(f: Filters, cursor?: string): string {
  const p = new URLSearchParams(f.view === 'calendar' ? { view: 'calendar' } : { when: f.when });
  if (f.view === 'calendar' && f.week) p.set('week', f.week);
  if (f.service) p.set('service', f.service);
  if (f.team) p.set('team', f.team);
  if (cursor) p.set('cursor', cursor);
  return `/changes?${p.toString()}`;
}

/** Every change of one week (a few pages at most; a week rarely holds more than 100). */
async function weekOfChanges(db: Db, actor: Actor, f: Filters, from: Date, to: Date): Promise<ChangeOutput[]> {
  const out: ChangeOutput[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 5; i++) {
    const page = await listChanges(db, { actor, input: { when: 'all', service: f.service, team: f.team, from: from.toISOString(), to: to.toISOString(), limit: 100, cursor } });
    out.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

export default async function ChangesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor('viewer', '/changes');
  const t = await getTranslations('changes');
  const sp = await searchParams;
  const when = whens.find((w) => w === one(sp.when)) ?? 'upcoming';
  const view = one(sp.view) === 'calendar' ? 'calendar' : 'list';
  const timeZone = await getTimeZone();
  const now = new Date();
  const monday = weekStart(now, timeZone, one(sp.week));
  const filters: Filters = { when, view, week: monday, service: one(sp.service)?.slice(0, 100), team: one(sp.team)?.slice(0, 100) };
  const cursor = one(sp.cursor);
  const db = getDb();
  const days = weekDays(monday);
  const calendar = view === 'calendar'
    ? bucketByDay(await weekOfChanges(db, actor, filters, zonedMidnight(monday, timeZone), zonedMidnight(addDays(monday, 7), timeZone)), days, timeZone)
    : null;
  const input = { when, service: filters.service, team: filters.team, limit: 50 };
  // A stale or hand-edited cursor shows the first page rather than an error.
  const page = view === 'list'
    ? await listChanges(db, { actor, input: { ...input, cursor } }).catch((e: unknown) => {
        if (isAppError(e) && e.code === 'invalid') return listChanges(db, { actor, input });
        throw e;
      })
    : null;
  const [services, teams] = [await listServiceOptions(db, { actor }), await listTeamOptions(db, { actor })];

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={<>
          <CsvLink href="/api/v1/changes.csv" query={{ when, service: filters.service, team: filters.team }} />
          {hasRole(actor, 'responder') ? <Link href="/changes/new" className={buttonClass('primary')} data-testid="announce-change-link">{t('newChange')}</Link> : null}
        </>}
      />
      <nav className="mb-4 flex flex-wrap gap-1" aria-label={t('title')}>
        {(['list', 'calendar'] as const).map((v) => (
          <Link key={v} href={href({ ...filters, view: v, week: undefined })} aria-current={v === view ? 'page' : undefined} data-testid={`changes-view-${v}`}
            className={buttonClass(v === view ? 'secondary' : 'ghost')}>
            {t(`views.${v}`)}
          </Link>
        ))}
        <span className="mx-2 border-l border-slate-300" aria-hidden />
        {view === 'list' ? whens.map((w) => (
          <Link key={w} href={href({ ...filters, when: w })} aria-current={w === when ? 'page' : undefined} data-testid={`changes-tab-${w}`}
            className={buttonClass(w === when ? 'primary' : 'ghost')}>
            {t(`tabs.${w}`)}
          </Link>
        )) : (
          <>
            <Link href={href({ ...filters, week: addDays(monday, -7) })} className={buttonClass('ghost')} data-testid="calendar-previous">← {t('calendar.previous')}</Link>
            <Link href={href({ ...filters, week: undefined })} className={buttonClass('ghost')}>{t('calendar.thisWeek')}</Link>
            <Link href={href({ ...filters, week: addDays(monday, 7) })} className={buttonClass('ghost')} data-testid="calendar-next">{t('calendar.next')} →</Link>
          </>
        )}
      </nav>
      <form method="get" action="/changes" className="mb-4 flex flex-wrap items-end gap-3 text-sm" data-testid="changes-filters">
        {view === 'calendar' ? <><input type="hidden" name="view" value="calendar" /><input type="hidden" name="week" value={monday} /></> : <input type="hidden" name="when" value={when} />}
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('filters.service')}</span>
          <select name="service" defaultValue={filters.service ?? ''} className="rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">{t('filters.any')}</option>
            {services.map((s) => <option key={s.slug} value={s.slug}>{s.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('filters.team')}</span>
          <select name="team" defaultValue={filters.team ?? ''} className="rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">{t('filters.any')}</option>
            {teams.map((x) => <option key={x.slug} value={x.slug}>{x.name}</option>)}
          </select>
        </label>
        <button type="submit" className={buttonClass('secondary')}>{t('filters.apply')}</button>
      </form>
      {calendar ? (
        <>
          <h2 className="mb-2 text-sm font-semibold text-slate-700" data-testid="calendar-week">{t('calendar.week', { date: monday })}</h2>
          <ChangeCalendar days={days} byDay={calendar} today={localDateKey(now, timeZone)} timeZone={timeZone} />
        </>
      ) : (
        <>
          {page && page.items.length > 0 ? <ChangeTable changes={page.items} /> : <p className="text-sm text-slate-600" data-testid="changes-empty">{t('empty')}</p>}
          <nav className="mt-4 flex gap-2" aria-label={t('title')}>
            {cursor ? <Link href={href(filters)} className={buttonClass('ghost')}>{t('firstPage')}</Link> : null}
            {page?.nextCursor ? <Link href={href(filters, page.nextCursor)} className={buttonClass('secondary')} data-testid="changes-next">{t('nextPage')}</Link> : null}
          </nav>
        </>
      )}
    </>
  );
}
