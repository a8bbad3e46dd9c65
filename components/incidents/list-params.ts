// The incident list's URL parameters: what the filter form submits (dates as plain days in
// the reader's time zone, empty fields included) turned into the API's query, and back into
// links that keep the filters while paging. Pure, so it is unit-tested.
import { listIncidentsQuery, type ListIncidentsQuery } from '@/lib/incidents/schemas';
import { startOfLocalDay } from '@/lib/kernel/zoned-time';

export type SearchParams = Record<string, string | string[] | undefined>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Midnight at the start of `day` (YYYY-MM-DD) in `timeZone`, as an ISO instant; a day that
 * does not exist (2026-02-31) is passed on as typed, for the query schema to refuse.
 */
export function startOfDayIso(day: string, timeZone: string, addDays = 0): string {
  return startOfLocalDay(day, timeZone, addDays)?.toISOString() ?? day;
}

export interface ParsedListParams {
  query: ListIncidentsQuery;
  /** The form's own values (days as typed), to fill the form again. */
  form: { status: string[]; severity: string[]; service: string; from: string; to: string; drill: string; sort: string };
  invalid: boolean;
}

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(',')).filter(Boolean);
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export function parseListParams(sp: SearchParams, timeZone: string): ParsedListParams {
  const form = {
    status: list(sp.status),
    severity: list(sp.severity),
    service: one(sp.service).trim(),
    from: one(sp.from),
    to: one(sp.to),
    drill: one(sp.drill) || 'include',
    sort: one(sp.sort) || 'declared_desc',
  };
  const raw: Record<string, unknown> = { drill: form.drill, sort: form.sort, limit: one(sp.limit) || '50' };
  if (form.status.length) raw.status = form.status;
  if (form.severity.length) raw.severity = form.severity;
  if (form.service) raw.service = form.service;
  if (form.from) raw.from = DAY.test(form.from) ? startOfDayIso(form.from, timeZone) : form.from;
  // "To" a day includes that whole day.
  if (form.to) raw.to = DAY.test(form.to) ? startOfDayIso(form.to, timeZone, 1) : form.to;
  const cursor = one(sp.cursor);
  if (cursor) raw.cursor = cursor;
  const parsed = listIncidentsQuery.safeParse(raw);
  if (parsed.success) return { query: parsed.data, form, invalid: false };
  return { query: listIncidentsQuery.parse({}), form, invalid: true };
}

/** The list URL with the same filters and another cursor (or none). */
export function listHref(form: ParsedListParams['form'], cursor?: string | null): string {
  const qs = new URLSearchParams();
  for (const s of form.status) qs.append('status', s);
  for (const s of form.severity) qs.append('severity', s);
  if (form.service) qs.set('service', form.service);
  if (form.from) qs.set('from', form.from);
  if (form.to) qs.set('to', form.to);
  if (form.drill !== 'include') qs.set('drill', form.drill);
  if (form.sort !== 'declared_desc') qs.set('sort', form.sort);
  if (cursor) qs.set('cursor', cursor);
  const s = qs.toString();
  return s ? `/incidents?${s}` : '/incidents';
}
