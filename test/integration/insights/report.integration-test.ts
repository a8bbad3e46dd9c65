// The page's report on a real PostgreSQL: week and month buckets in the reader's time zone,
// incidents by service and owning team, factors by kind, change-caused by kind and notice,
// repeat incidents through a shared known issue, overdue action items by team, time to close.
import { describe, expect, it } from 'vitest';
import { createActionItem } from '@/lib/action-items/create-action-item';
import { createActionItemInput } from '@/lib/action-items/schemas';
import { updateActionItem } from '@/lib/action-items/update-action-item';
import { getInsightsReport } from '@/lib/insights/get-insights-report';
import { insightsPageQuery } from '@/lib/insights/schemas';
import { createKnownIssue } from '@/lib/known-issues/create-known-issue';
import { linkIncident } from '@/lib/known-issues/link-incident';
import { createKnownIssueInput } from '@/lib/known-issues/schemas';
import { linkChangeAsTrigger } from '@/lib/root-causes/link-change-as-trigger';
import { createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { incidentAt, ownService } from './support.ts';

const db = testDb();

describe('insights report', () => {
  it('buckets weeks and months in the reader\'s time zone', async () => {
    const { actor } = await createTestActor(db, 'responder');
    const own = await ownService(db);
    // Sunday 2026-11-01 20:00 UTC is Monday 2 November 04:00 in Shanghai (a new ISO week there);
    // 2026-11-30 18:00 UTC is already 1 December in Shanghai.
    for (const when of ['2026-11-01T20:00:00Z', '2026-11-30T18:00:00Z', '2026-11-10T00:00:00Z']) {
      await incidentAt(db, actor, { service: own.service, declaredAt: new Date(when), severity: 'SEV3' });
    }
    const report = (tz: string, interval: 'week' | 'month') =>
      getInsightsReport(db, { actor, query: insightsPageQuery.parse({ from: '2026-10-01', to: '2027-01-01', service: own.service, tz, interval }) });
    const buckets = async (tz: string, interval: 'week' | 'month') => (await report(tz, interval)).trend.rows.map((r) => [r.bucket, r.counts.SEV3]);
    expect(await buckets('UTC', 'week')).toEqual([['2026-10-26', 1], ['2026-11-09', 1], ['2026-11-30', 1]]);
    expect(await buckets('Asia/Shanghai', 'week')).toEqual([['2026-11-02', 1], ['2026-11-09', 1], ['2026-11-30', 1]]);
    expect(await buckets('UTC', 'month')).toEqual([['2026-11-01', 3]]);
    expect(await buckets('Asia/Shanghai', 'month')).toEqual([['2026-11-01', 2], ['2026-12-01', 1]]);
    const r = await report('UTC', 'month');
    expect(r.byService).toEqual([{ key: own.service, label: `Service ${own.service}`, count: 3 }]);
    expect(r.byTeam).toEqual([{ key: own.team, label: 'Insights team', count: 3 }]);
  });

  it('counts change-caused by kind and notice, repeats, and action items by team', async () => {
    const { actor } = await createTestActor(db, 'responder');
    const own = await ownService(db);
    const D = new Date(Date.now() - 3 * 86_400_000);
    const first = await incidentAt(db, actor, { service: own.service, declaredAt: new Date(D.getTime() - 86_400_000) });
    const second = await incidentAt(db, actor, { service: own.service, declaredAt: D });
    const third = await incidentAt(db, actor, { service: own.service, declaredAt: D });
    const issue = await createKnownIssue(db, { actor, input: createKnownIssueInput.parse({ title: uniqueId('OAuth token lifetime') }) });
    for (const i of [first, second, third]) await linkIncident(db, { actor, id: issue.id, incident: i.id });

    const change = await db.changeEvent.create({
      data: { serviceId: own.serviceId, kind: 'credential', title: uniqueId('token lifetime'), scheduledAt: D, noticePeriodHours: 24, shortNotice: true, announcedByLabel: 'ci' },
      select: { id: true },
    });
    await db.changeAcknowledgement.create({ data: { changeId: change.id, teamId: own.teamId } });
    await linkChangeAsTrigger(db, { actor, ref: second.id, input: { change: change.id } });

    const overdueDay = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await createActionItem(db, { actor, input: createActionItemInput.parse({ incident: second.id, kind: 'prevent', title: uniqueId('item'), dueDate: overdueDay }) });
    const done = await createActionItem(db, { actor, input: createActionItemInput.parse({ incident: third.id, kind: 'detect', title: uniqueId('item') }) });
    await updateActionItem(db, { actor, id: done.id, input: { version: done.version, status: 'done' } });
    await db.actionItem.update({ where: { id: done.id }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000), completedAt: new Date() } });

    const r = await getInsightsReport(db, {
      actor,
      query: insightsPageQuery.parse({ from: new Date(D.getTime() - 3_600_000).toISOString(), to: new Date(D.getTime() + 3_600_000).toISOString(), team: own.team }),
    });
    expect(r.summary.incidents.count).toBe(2);
    expect(r.changes).toEqual({ count: 1, share: 0.5, byKind: [{ key: 'credential', label: 'credential', count: 1 }], shortNotice: 1, unacknowledged: 1 });
    expect(r.factors).toEqual([{ kind: 'trigger', category: 'credential_expiry', count: 1 }]);
    // second and third follow `first`, declared a day earlier with the same known issue.
    expect(r.repeats.repeatIncidents).toBe(2);
    expect(r.repeats.knownIssues).toEqual([{ key: issue.id, label: issue.title, count: 2 }]);
    expect(r.actionItems).toMatchObject({ total: 2, done: 1, completionRate: 0.5, overdue: 1, overdueByTeam: [{ key: own.team, label: 'Insights team', count: 1 }] });
    expect(r.actionItems.timeToClose.median).toBeGreaterThanOrEqual(2 * 86_400 - 5);
    expect(r.actionItems.timeToClose.median).toBeLessThanOrEqual(2 * 86_400 + 5);
    expect(r.alertNoise).toBeNull();
  });
});
