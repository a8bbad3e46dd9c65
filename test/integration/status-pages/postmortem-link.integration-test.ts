// "A link to the published postmortem summary when chosen": shown only when the update asks
// for it and the postmortem is published; public pages show the summary section itself
// (their readers cannot open the app), internal pages link to the postmortem.
import { describe, expect, it } from 'vitest';
import { POST as postUpdate } from '@/app/api/v1/incidents/[ref]/stakeholder-updates/route';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { declare } from '../incidents/support.ts';
import { createPageViaApi, createServiceRow, readPublic, waitFor } from './support.ts';

const db = testDb();

describe('postmortem link', () => {
  it('appears once chosen and published: the summary on a public page, a link on an internal one', async () => {
    const admin = await createTestActor(db, 'admin');
    const responder = await createTestActor(db, 'responder');
    const svc = await createServiceRow(db);
    const publicSlug = uniqueId('page');
    const internalSlug = uniqueId('page');
    await createPageViaApi(admin, { slug: publicSlug, title: 'Public', visibility: 'public', components: [{ service: svc.slug }] });
    await createPageViaApi(admin, { slug: internalSlug, title: 'Internal', visibility: 'internal', allowAnonymous: true, components: [{ service: svc.slug }] });
    const inc = await declare(db, responder.actor, { services: [svc.slug] });
    const summary = uniqueId('A token lifetime change expired sessions early');
    const pm = await db.postmortem.create({ data: { incidentId: inc.id, status: 'draft', sections: { create: [{ key: 'summary', body: summary }] } }, select: { id: true } });
    const res = await callRoute(postUpdate, { method: 'POST', headers: responder.headers, params: { ref: inc.reference }, body: { whatIsHappening: 'Resolved', whatWeAreDoing: 'Done', nextUpdateAt: null, statusPages: [publicSlug, internalSlug], linkPostmortem: true } });
    expect(res.status).toBe(201);
    const before = await waitFor(async () => {
      const r = await readPublic(publicSlug, 'html');
      return (r.body as string).includes('Resolved') ? (r.body as string) : null;
    });
    expect(before).not.toContain(summary);

    await db.postmortem.update({ where: { id: pm.id }, data: { status: 'published', publishedAt: new Date() } });
    const publicHtml = await waitFor(async () => {
      const r = await readPublic(publicSlug, 'html');
      return (r.body as string).includes(summary) ? (r.body as string) : null;
    });
    expect(publicHtml).toContain('Postmortem summary');
    expect(publicHtml).not.toContain(`/incidents/${inc.reference}/postmortem`);
    const internalHtml = (await readPublic(internalSlug, 'html')).body as string;
    expect(internalHtml).toContain(`href="/incidents/${inc.reference}/postmortem"`);
  });
});
