// The insights summary against hand-computed fixtures on a real PostgreSQL: back-filled start
// times, a re-opened incident, unresolved ones (left out of time to resolve), drills excluded /
// included / only, filters by service, team and severity, plain dates in the reader's time
// zone, and 422s naming the bad parameter.
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/insights/summary/route';
import { createActionItem } from '@/lib/action-items/create-action-item';
import { createActionItemInput } from '@/lib/action-items/schemas';
import { updateIncident } from '@/lib/incidents/update-incident';
import { addFactor } from '@/lib/root-causes/add-factor';
import { linkChangeAsTrigger } from '@/lib/root-causes/link-change-as-trigger';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { expectErrorBody } from '../api/support.ts';
import { at, incidentAt, ownService } from './support.ts';

const db = testDb();

function summary(a: TestActor, params: Record<string, string>) {
  return callRoute(GET, { headers: a.headers, path: `/api/v1/insights/summary?${new URLSearchParams(params)}` });
}

async function fixtures() {
  const responder = await createTestActor(db, 'responder');
  const viewer = await createTestActor(db, 'viewer');
  const own = await ownService(db);
  const D = new Date(Date.now() - 2 * 86_400_000);
  const a = responder.actor;
  // A: back-filled start 10 min before declaring; detect 300 s, acknowledge 900, mitigate 1800, resolve 3600.
  const A = await incidentAt(db, a, {
    service: own.service, declaredAt: D, severity: 'SEV1',
    times: { startedAt: at(D, -600), detectedAt: at(D, -300), acknowledgedAt: at(D, 300), mitigatedAt: at(D, 1200), status: 'resolved', resolvedAt: at(D, 3000) },
  });
  // B: no start time, so the origin is the declaration: acknowledge 60, resolve 1800.
  const B = await incidentAt(db, a, { service: own.service, declaredAt: D, times: { acknowledgedAt: at(D, 60), status: 'resolved', resolvedAt: at(D, 1800) } });
  // C: unresolved, acknowledged after 120 s.
  const C = await incidentAt(db, a, { service: own.service, declaredAt: D, times: { acknowledgedAt: at(D, 120) } });
  // R: resolved after 600 s, re-opened, resolved again after 7200 s: the last resolution counts.
  const R = await incidentAt(db, a, { service: own.service, declaredAt: D, severity: 'SEV4', times: { status: 'resolved', resolvedAt: at(D, 600) } });
  const reopened = await updateIncident(db, { actor: a, ref: R.id, input: { version: R.version, status: 'investigating' } });
  await updateIncident(db, { actor: a, ref: R.id, input: { version: reopened.version, status: 'resolved', resolvedAt: at(D, 7200) } });
  // E: a drill, resolved after 100 s.
  await incidentAt(db, a, { service: own.service, declaredAt: D, severity: 'SEV3', drill: true, times: { status: 'resolved', resolvedAt: at(D, 100) } });

  for (const [ref, category] of [[A.id, 'database'], [B.id, 'database'], [C.id, 'capacity']] as const) {
    await addFactor(db, { actor: a, ref, input: { kind: 'root_cause', category, description: 'Why', fiveWhys: [] } });
  }
  await addFactor(db, { actor: a, ref: R.id, input: { kind: 'contributing', category: 'monitoring_gap', description: 'No alert', fiveWhys: [] } });
  const change = await db.changeEvent.create({
    data: { serviceId: own.serviceId, kind: 'configuration', title: uniqueId('change'), scheduledAt: at(D, -900), noticePeriodHours: 24, shortNotice: true, announcedByLabel: 'ci' },
    select: { id: true },
  });
  await linkChangeAsTrigger(db, { actor: a, ref: A.id, input: { change: change.id } });

  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const item = (incident: string, status: string, dueDate: string | null = null) =>
    createActionItem(db, { actor: a, input: createActionItemInput.parse({ incident, kind: 'prevent', title: uniqueId('item'), status, dueDate }) });
  await item(A.id, 'done');
  await item(B.id, 'open', yesterday);
  await item(C.id, 'wont_do', yesterday);
  await item(R.id, 'in_progress');

  const period = { from: new Date(D.getTime() - 3_600_000).toISOString(), to: new Date(D.getTime() + 3_600_000).toISOString() };
  return { viewer, own, period, change };
}

describe('GET /api/v1/insights/summary', () => {
  it('computes counts, durations, root causes, change-caused share and action items as by hand', async () => {
    const { viewer, own, period } = await fixtures();
    const res = await summary(viewer, { ...period, service: own.service });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({
      incidents: { count: 4, bySeverity: { SEV1: 1, SEV2: 2, SEV3: 0, SEV4: 1 } },
      // resolved: 3600, 1800, 7200 (C unresolved, left out; R's last resolution)
      timeToResolve: { mean: 4200, median: 3600, p90: 6480 },
      timeToDetect: { mean: 300, median: 300, p90: 300 },
      // 900, 60, 120
      timeToAcknowledge: { mean: 360, median: 120, p90: 744 },
      // Resolving without a mitigation time fills it with the resolution (plan-incident-update):
      // A 1800, B 1800 (resolved at 1800), R 600 (its first resolution; re-opening keeps it).
      timeToMitigate: { mean: 1400, median: 1800, p90: 1800 },
      rootCauses: [{ category: 'database', count: 2 }, { category: 'capacity', count: 1 }],
      changeCaused: { count: 1, share: 0.25 },
      // done 1 of 3 counted (won't do left out); B's item is overdue, C's is won't do.
      actionItems: { completionRate: 1 / 3, overdue: 1 },
    });

    const withDrills = await summary(viewer, { ...period, service: own.service, drills: 'include' });
    expect(withDrills.body.incidents).toEqual({ count: 5, bySeverity: { SEV1: 1, SEV2: 2, SEV3: 1, SEV4: 1 } });
    // 100, 1800, 3600, 7200
    expect(withDrills.body.timeToResolve).toEqual({ mean: 3175, median: 2700, p90: 6120 });
    expect(withDrills.body.changeCaused).toEqual({ count: 1, share: 0.2 });

    const drillsOnly = await summary(viewer, { ...period, service: own.service, drills: 'only' });
    expect(drillsOnly.body.incidents.count).toBe(1);
    expect(drillsOnly.body.timeToResolve).toEqual({ mean: 100, median: 100, p90: 100 });
    expect(drillsOnly.body.timeToDetect).toEqual({ mean: null, median: null, p90: null });
    expect(drillsOnly.body.actionItems).toEqual({ completionRate: null, overdue: 0 });

    const byTeam = await summary(viewer, { ...period, team: own.team });
    expect(byTeam.body.incidents.count).toBe(4);
    const sev2 = await summary(viewer, { ...period, team: own.team, severity: 'SEV2' });
    expect(sev2.body.incidents).toEqual({ count: 2, bySeverity: { SEV1: 0, SEV2: 2, SEV3: 0, SEV4: 0 } });
    expect(sev2.body.timeToResolve).toEqual({ mean: 1800, median: 1800, p90: 1800 });
    const sev14 = await summary(viewer, { ...period, team: own.team, severity: 'SEV1,SEV4' });
    expect(sev14.body.incidents.count).toBe(2);
  });

  it('reads a plain date as local midnight in the reader\'s time zone', async () => {
    const responder = await createTestActor(db, 'responder');
    const own = await ownService(db);
    // 1 December 01:00 in Shanghai, still 30 November in UTC.
    await incidentAt(db, responder.actor, { service: own.service, declaredAt: new Date('2026-11-30T17:00:00Z') });
    const day = { from: '2026-12-01', to: '2026-12-02', service: own.service };
    expect((await summary(responder, { ...day, tz: 'Asia/Shanghai' })).body.incidents.count).toBe(1);
    expect((await summary(responder, { ...day, tz: 'UTC' })).body.incidents.count).toBe(0);
    expect((await summary(responder, { from: '2026-11-30', to: '2026-12-01', service: own.service })).body.incidents.count).toBe(1);
  });

  it('answers 422 naming the bad parameter', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const cases: [Record<string, string>, string][] = [
      [{ from: 'last tuesday' }, 'from'],
      [{ to: '2026-13-45' }, 'to'],
      [{ from: '2026-11-02', to: '2026-11-01' }, 'to'],
      [{ drills: 'sometimes' }, 'drills'],
      [{ severity: 'SEV9' }, 'severity'],
      [{ service: uniqueId('nope') }, 'service'],
      [{ team: uniqueId('nope') }, 'team'],
      [{ tz: 'Mars/Olympus' }, 'tz'],
    ];
    for (const [params, field] of cases) {
      const res = await summary(viewer, params);
      expectErrorBody(res, 422, 'invalid');
      expect(res.body.error.issues.map((i: { path: string }) => i.path.split('.')[0]), JSON.stringify(params)).toContain(field);
    }
  });
});
