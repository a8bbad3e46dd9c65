// The /insights URL's search params → the form's values and the report query. Empty fields
// are left out (so defaults apply); the default period is the last 30 local days, today
// included. Shared by the page and the printable monthly report.
import { addDays, localDateKey } from '@/lib/changes/calendar-week';
import type { InsightsForm } from './insights-filters';

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

export function readInsightsParams(sp: SearchParams, timeZone: string, now = new Date()): { form: InsightsForm; query: Record<string, string> } {
  const tomorrow = addDays(localDateKey(now, timeZone), 1);
  const form: InsightsForm = {
    from: first(sp.from) || addDays(tomorrow, -30),
    to: first(sp.to) || tomorrow,
    service: first(sp.service),
    team: first(sp.team),
    severity: first(sp.severity),
    drills: first(sp.drills) || 'exclude',
    interval: first(sp.interval),
  };
  const query = Object.fromEntries(Object.entries({ ...form, tz: first(sp.tz) || timeZone }).filter(([, v]) => v !== '')) as Record<string, string>;
  return { form, query };
}
