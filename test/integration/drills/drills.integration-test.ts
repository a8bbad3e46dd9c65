// Drills through the REST API on a real PostgreSQL: a scenario built from a known issue (its
// signatures become the symptoms), scheduled with an invited team (told in its inbox, marked as
// a drill), started (a drill incident whose opening entries are the symptoms), the workaround
// hidden until revealed, expected actions ticked, the report's timings, action items marked as
// coming from a drill, and the drill left out of insights unless asked.
import { describe, expect, it } from 'vitest';
import { GET as getDrill } from '@/app/api/v1/drills/[id]/route';
import { PUT as check } from '@/app/api/v1/drills/[id]/checks/[index]/route';
import { POST as finish } from '@/app/api/v1/drills/[id]/finish/route';
import { POST as reveal } from '@/app/api/v1/drills/[id]/reveal/route';
import { POST as start } from '@/app/api/v1/drills/[id]/start/route';
import { POST as schedule } from '@/app/api/v1/drills/route';
import { POST as createScenario } from '@/app/api/v1/drills/scenarios/route';
import { createActionItem } from '@/lib/action-items/create-action-item';
import { createActionItemInput } from '@/lib/action-items/schemas';
import { getInsightsSummary } from '@/lib/insights/get-insights-summary';
import { insightsQuery } from '@/lib/insights/schemas';
import { createKnownIssue } from '@/lib/known-issues/create-known-issue';
import { linkIncident } from '@/lib/known-issues/link-incident';
import { createKnownIssueInput } from '@/lib/known-issues/schemas';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { expectErrorBody } from '../api/support.ts';
import { ownService } from '../insights/support.ts';

const db = testDb();

describe('drills', () => {
  it('runs a drill from a known-issue scenario end to end, and reports it', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const own = await ownService(db);
    const issue = await createKnownIssue(db, {
      actor: responder.actor,
      input: createKnownIssueInput.parse({
        title: uniqueId('OAuth token lifetime shortened'),
        errorSignatures: ['调用服务失败', '401 invalid_token'],
        symptoms: '- CRM calls to the order service fail',
        workaround: 'Restart the CRM token cache.',
        services: [own.service],
      }),
    });

    const bad = await callRoute(createScenario, { method: 'POST', headers: responder.headers, body: { knownIssue: '00000000-0000-4000-8000-000000000000' } });
    expectErrorBody(bad, 422, 'invalid');
    expect(bad.body.error.issues[0].path).toBe('knownIssue');
    expect((await callRoute(createScenario, { method: 'POST', headers: viewer.headers, body: { knownIssue: issue.id } })).status).toBe(403);

    const scenario = await callRoute(createScenario, { method: 'POST', headers: responder.headers, body: { knownIssue: issue.id, expectedActions: ['Check the token lifetime', 'Roll back the change'] } });
    expect(scenario.status, JSON.stringify(scenario.body)).toBe(201);
    expect(scenario.body).toMatchObject({
      title: issue.title,
      knownIssue: { id: issue.id, title: issue.title },
      services: [{ slug: own.service }],
      symptoms: ['调用服务失败', '401 invalid_token', 'CRM calls to the order service fail'],
    });
    expect(JSON.stringify(scenario.body)).not.toContain('Restart the CRM token cache');

    const scheduled = await callRoute(schedule, { method: 'POST', headers: responder.headers, body: { scenario: scenario.body.id, scheduledAt: new Date(Date.now() + 86_400_000).toISOString(), teams: [own.team] } });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(201);
    expect(scheduled.body).toMatchObject({ status: 'scheduled', incident: null, teams: [{ slug: own.team }] });
    const invite = await db.notificationMessage.findFirst({ where: { subjectType: 'drill', subjectId: scheduled.body.id }, select: { event: true, recipientTeamId: true, channelType: true, payload: true } });
    expect(invite).toMatchObject({ event: 'drill_scheduled', recipientTeamId: own.teamId, channelType: 'inbox', payload: { drill: true, path: `/drills/${scheduled.body.id}` } });
    const unknownTeam = await callRoute(schedule, { method: 'POST', headers: responder.headers, body: { scenario: scenario.body.id, teams: [uniqueId('nope')] } });
    expectErrorBody(unknownTeam, 422, 'invalid');
    expect(unknownTeam.body.error.issues[0].path).toBe('teams');

    const id = scheduled.body.id as string;
    expect((await callRoute(reveal, { method: 'POST', headers: responder.headers, params: { id } })).status).toBe(409);
    const started = await callRoute(start, { method: 'POST', headers: responder.headers, params: { id } });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    expect(started.body).toMatchObject({ status: 'running', workaround: null });
    expect((await callRoute(start, { method: 'POST', headers: responder.headers, params: { id } })).status).toBe(409);

    const incident = await db.incident.findUniqueOrThrow({
      where: { id: started.body.incident.id },
      select: { drill: true, timeline: { orderBy: [{ occurredAt: 'asc' }, { recordedAt: 'asc' }], select: { kind: true, body: true } } },
    });
    expect(incident.drill).toBe(true);
    expect(incident.timeline.filter((e) => e.kind === 'alert').map((e) => e.body)).toEqual(['调用服务失败', '401 invalid_token', 'CRM calls to the order service fail']);

    await linkIncident(db, { actor: responder.actor, id: issue.id, incident: started.body.incident.id });
    expect((await callRoute(check, { method: 'PUT', headers: responder.headers, params: { id, index: '1' } })).status).toBe(200);
    expect((await callRoute(check, { method: 'PUT', headers: responder.headers, params: { id, index: '1' } })).status).toBe(200);
    const outOfRange = await callRoute(check, { method: 'PUT', headers: responder.headers, params: { id, index: '5' } });
    expectErrorBody(outOfRange, 422, 'invalid');
    const revealed = await callRoute(reveal, { method: 'POST', headers: responder.headers, params: { id } });
    expect(revealed.body.workaround).toBe('Restart the CRM token cache.');
    await createActionItem(db, { actor: responder.actor, input: createActionItemInput.parse({ incident: started.body.incident.id, kind: 'process', title: 'Fallback cache must match the new data structure' }) });
    const finished = await callRoute(finish, { method: 'POST', headers: responder.headers, body: { missing: 'Nobody knew where the token settings live.' }, params: { id } });
    expect(finished.body).toMatchObject({ status: 'finished', missing: 'Nobody knew where the token settings live.' });

    const report = await callRoute(getDrill, { headers: viewer.headers, params: { id } });
    expect(report.status).toBe(200);
    expect(report.body.knownIssue).toEqual({ id: issue.id, title: issue.title });
    expect(report.body.timeToKnownIssue).toEqual(expect.any(Number));
    expect(report.body.timeToKnownIssue).toBeLessThan(60);
    expect(report.body.timeToFirstCorrectAction).toBeLessThan(60);
    expect(report.body.expectedActions).toMatchObject([{ index: 0, checkedAt: null }, { index: 1, checkedBy: `token:test-${responder.email}` }]);
    expect(report.body.actionItems).toEqual([expect.objectContaining({ title: 'Fallback cache must match the new data structure', fromDrill: true })]);

    // The drill incident is left out of insights unless asked.
    const query = (drills: string) => insightsQuery.parse({ service: own.service, drills, from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await getInsightsSummary(db, { actor: viewer.actor, query: query('exclude') })).incidents.count).toBe(0);
    expect((await getInsightsSummary(db, { actor: viewer.actor, query: query('only') })).incidents.count).toBe(1);
  });
});
