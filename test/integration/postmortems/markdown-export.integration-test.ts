// GET /api/v1/incidents/{ref}/postmortem.md: the whole document as Markdown.
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/incidents/[ref]/postmortem.md/route';
import { createActionItem } from '@/lib/action-items/create-action-item';
import { createPostmortem } from '@/lib/postmortems/create-postmortem';
import { sectionHeadings, sectionKeys } from '@/lib/postmortems/template';
import { addFactor } from '@/lib/root-causes/add-factor';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { incidentWithHighlights } from './support.ts';

const db = testDb();

describe('GET /api/v1/incidents/{ref}/postmortem.md', () => {
  it('contains every section, the highlighted entries, factors and action items', async () => {
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const incident = await incidentWithHighlights(db, responder.actor);
    const ref = incident.reference;
    expect((await callRoute(GET, { headers: viewer.headers, params: { ref } })).status).toBe(404);

    await addFactor(db, { actor: responder.actor, ref, input: { kind: 'trigger', category: 'credential_expiry', description: 'OAuth token lifetime shortened', fiveWhys: ['Vendor changed default'] } });
    await createPostmortem(db, { actor: responder.actor, ref });
    await createActionItem(db, {
      actor: responder.actor,
      input: { incident: ref, kind: 'detect', title: 'Alert on token expiry', ownerUserId: responder.userId, dueDate: '2030-01-31', priority: 'P2', status: 'open', externalUrl: 'https://tracker.example.test/T-1' },
    });

    const res = await callRoute(GET, { headers: viewer.headers, params: { ref } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/markdown');
    const md = res.body as string;
    expect(md).toContain(`# Postmortem: ${ref} ${incident.title}`);
    for (const key of sectionKeys) expect(md).toContain(`## ${sectionHeadings[key]}`);
    expect(md).toContain('Alert: checkout 5xx above 5%');
    expect(md).toContain('Rolled back release 2.3');
    expect(md).not.toContain('Looking at dashboards');
    expect(md).toContain('credential_expiry: OAuth token lifetime shortened');
    expect(md).toContain('1. Why? Vendor changed default');
    expect(md).toContain('[Alert on token expiry](https://tracker.example.test/T-1)');
  });
});
