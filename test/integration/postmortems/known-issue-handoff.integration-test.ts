// "Add to known issues" from a postmortem on a real PostgreSQL: the form's starting text comes
// from the document (title, symptoms, cause, workaround, fix, services), and saving creates the
// known issue linked to the incident. Viewers may not write known issues.
import { describe, expect, it } from 'vitest';
import { createActionItem } from '@/lib/action-items/create-action-item';
import { addToKnownIssues, getKnownIssuePrefill } from '@/lib/postmortems/add-to-known-issues';
import { createPostmortem } from '@/lib/postmortems/create-postmortem';
import { updateSection } from '@/lib/postmortems/update-section';
import { addFactor } from '@/lib/root-causes/add-factor';
import { createKnownIssueInput } from '@/lib/known-issues/schemas';
import { createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { createService, declare } from '../incidents/support.ts';

const db = testDb();

describe('from postmortem to known issue', () => {
  it('prefills from the document and links the saved known issue to the incident', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const service = await createService(db);
    const incident = await declare(db, responder.actor, { title: 'CRM 调用订单服务失败', services: [service.slug], impact: 'Sales saw 调用服务失败' });
    await addFactor(db, { actor: responder.actor, ref: incident.reference, input: { kind: 'root_cause', category: 'credential_expiry', description: 'Token cached past its lifetime', fiveWhys: ['Why?', 'Default TTL'] } });
    await addFactor(db, { actor: responder.actor, ref: incident.reference, input: { kind: 'contributing', category: 'monitoring_gap', description: 'No 401 alert', fiveWhys: [] } });
    await createActionItem(db, { actor: responder.actor, input: { incident: incident.id, kind: 'prevent', title: 'Refresh tokens early', ownerUserId: null, dueDate: null, priority: 'P2', status: 'open', externalUrl: null } });
    await createActionItem(db, { actor: responder.actor, input: { incident: incident.id, kind: 'detect', title: 'Alert on 401s', ownerUserId: null, dueDate: null, priority: 'P2', status: 'open', externalUrl: null } });
    const pm = await createPostmortem(db, { actor: responder.actor, ref: incident.reference });
    const resolution = pm.sections.find((s) => s.key === 'resolution')!;
    await updateSection(db, { actor: responder.actor, ref: incident.reference, key: 'resolution', input: { version: resolution.version, body: 'Restarted the refresher' } });

    await expect(getKnownIssuePrefill(db, { actor: viewer.actor, ref: incident.reference })).rejects.toMatchObject({ code: 'forbidden' });
    const prefill = await getKnownIssuePrefill(db, { actor: responder.actor, ref: incident.reference });
    expect(prefill).toMatchObject({
      title: 'CRM 调用订单服务失败',
      cause: '- Token cached past its lifetime\n  (Why? → Default TTL)',
      workaround: 'Restarted the refresher',
      resolution: '- Refresh tokens early',
      services: [service.slug],
      errorSignatures: [],
      incident: { id: incident.id, reference: incident.reference },
    });
    expect(prefill.symptoms).toContain('Sales saw 调用服务失败');

    const input = createKnownIssueInput.parse({ ...prefill, errorSignatures: ['调用服务失败'] });
    await expect(addToKnownIssues(db, { actor: viewer.actor, ref: incident.reference, input })).rejects.toMatchObject({ code: 'forbidden' });
    const created = await addToKnownIssues(db, { actor: responder.actor, ref: incident.reference, input });
    expect(created).toMatchObject({ title: 'CRM 调用订单服务失败', errorSignatures: ['调用服务失败'] });
    expect(created.incidents.map((i) => i.reference)).toEqual([incident.reference]);
    expect(created.services.map((s) => s.slug)).toEqual([service.slug]);
  });

  it('answers 404 for an incident without a postmortem', async () => {
    const responder = await createTestActor(db, 'responder');
    const incident = await declare(db, responder.actor);
    await expect(getKnownIssuePrefill(db, { actor: responder.actor, ref: incident.reference })).rejects.toMatchObject({ code: 'not_found' });
  });
});
