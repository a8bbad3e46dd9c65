// Links from a root-cause factor to known issues through the REST API on a real PostgreSQL:
// responders link and unlink (idempotent, audited), the factor lists its known issues, viewers
// are refused.
import { describe, expect, it } from 'vitest';
import { DELETE, PUT } from '@/app/api/v1/incidents/[ref]/factors/[id]/known-issues/[knownIssueId]/route';
import { GET } from '@/app/api/v1/incidents/[ref]/factors/route';
import { createKnownIssue } from '@/lib/known-issues/create-known-issue';
import { createKnownIssueInput } from '@/lib/known-issues/schemas';
import { addFactor } from '@/lib/root-causes/add-factor';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { declare } from '../incidents/support.ts';

const db = testDb();

const link = (a: TestActor, ref: string, id: string, knownIssueId: string) => callRoute(PUT, { method: 'PUT', headers: a.headers, params: { ref, id, knownIssueId } });
const unlink = (a: TestActor, ref: string, id: string, knownIssueId: string) => callRoute(DELETE, { method: 'DELETE', headers: a.headers, params: { ref, id, knownIssueId } });

describe('factor ↔ known issue links', () => {
  it('links and unlinks (idempotent, audited); the factor lists its known issues; viewers get 403', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const incident = await declare(db, responder.actor);
    const factor = await addFactor(db, { actor: responder.actor, ref: incident.reference, input: { kind: 'trigger', category: 'credential_expiry', description: 'Token expired', fiveWhys: [] } });
    expect(factor.knownIssues).toEqual([]);
    const issue = await createKnownIssue(db, { actor: responder.actor, input: createKnownIssueInput.parse({ title: 'OAuth token expiry breaks CRM calls' }) });

    expect((await link(viewer, incident.reference, factor.id, issue.id)).status).toBe(403);
    const linked = await link(responder, incident.reference, factor.id, issue.id);
    expect(linked.status).toBe(200);
    expect(linked.body.knownIssues).toEqual([{ id: issue.id, title: 'OAuth token expiry breaks CRM calls', status: 'active' }]);
    expect((await link(responder, incident.reference, factor.id, issue.id)).body.knownIssues).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityId: factor.id, action: 'incident_factor.known_issue_linked' } })).toBe(1);

    const listed = await callRoute(GET, { headers: viewer.headers, params: { ref: incident.reference } });
    expect(listed.body.items[0].knownIssues.map((k: { id: string }) => k.id)).toEqual([issue.id]);

    expect((await link(responder, incident.reference, factor.id, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const other = await declare(db, responder.actor);
    expect((await link(responder, other.reference, factor.id, issue.id)).status).toBe(404);

    expect((await unlink(viewer, incident.reference, factor.id, issue.id)).status).toBe(403);
    const unlinked = await unlink(responder, incident.reference, factor.id, issue.id);
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.knownIssues).toEqual([]);
    expect((await unlink(responder, incident.reference, factor.id, issue.id)).status).toBe(200);
    expect(await db.auditLog.count({ where: { entityId: factor.id, action: 'incident_factor.known_issue_unlinked' } })).toBe(1);
  });
});
