import 'server-only';
// Turns the insights query (strings) into instants and ids. A plain date is local midnight in
// the reader's time zone, so "November" is the reader's November. Unknown service or team
// slugs and an empty period are 422s naming the field, like any other bad parameter.
import { zonedMidnight } from '../changes/calendar-week.ts';
import type { DbTx } from '../db/client.ts';
import { AppError, type ErrorIssue } from '../errors/app-error.ts';
import type { InsightsFilter, InsightsQuery } from './schemas.ts';

const DAY_MS = 86_400_000;
export const DEFAULT_PERIOD_DAYS = 30;
/** Longer periods are refused: the page and the API answer within their budget up to this. */
export const MAX_PERIOD_DAYS = 366 * 5;

function instant(value: string, timeZone: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? zonedMidnight(value, timeZone) : new Date(value);
}

export async function resolveInsightsFilter(db: DbTx, query: InsightsQuery, now = new Date()): Promise<InsightsFilter> {
  const to = query.to ? instant(query.to, query.tz) : now;
  const from = query.from ? instant(query.from, query.tz) : new Date(to.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
  const issues: ErrorIssue[] = [];
  if (from.getTime() >= to.getTime()) issues.push({ path: 'to', message: 'Must be after "from".', code: 'period_order' });
  else if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) issues.push({ path: 'from', message: 'The period can be at most five years long.', code: 'period_too_long' });

  const [service, team] = await Promise.all([
    query.service ? db.service.findUnique({ where: { slug: query.service }, select: { id: true } }) : null,
    query.team ? db.team.findUnique({ where: { slug: query.team }, select: { id: true } }) : null,
  ]);
  if (query.service && !service) issues.push({ path: 'service', message: `No service "${query.service}".`, code: 'unknown_service' });
  if (query.team && !team) issues.push({ path: 'team', message: `No team "${query.team}".`, code: 'unknown_team' });
  if (issues.length) throw new AppError('invalid', issues.map((i) => `${i.path}: ${i.message}`).join(' '), { issues });

  return {
    from,
    to,
    serviceId: service?.id ?? null,
    teamId: team?.id ?? null,
    severities: query.severity ?? null,
    drills: query.drills,
    timeZone: query.tz,
  };
}
