// Public pages leak nothing internal. Internal-only material is written first (timeline
// notes, internal update wording, people's names, an incident on an unlisted service, a
// drill), then every public path is read as an anonymous client and searched for it.
import { describe, expect, it } from 'vitest';
import { PUT as putImpact } from '@/app/api/v1/incidents/[ref]/impact/route';
import { POST as postUpdate } from '@/app/api/v1/incidents/[ref]/stakeholder-updates/route';
import { POST as postEntry } from '@/app/api/v1/incidents/[ref]/timeline/route';
import { PATCH as patchPage } from '@/app/api/v1/status-pages/[slug]/route';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createNamedActor, declare } from '../incidents/support.ts';
import { createPageViaApi, createServiceRow, publicPaths, readPublic, waitFor, type PublicPath } from './support.ts';

const db = testDb();

async function readAll(slug: string, headers: Record<string, string> = {}): Promise<string> {
  const bodies = await Promise.all((Object.keys(publicPaths) as PublicPath[]).map(async (p) => {
    const r = await readPublic(slug, p, headers);
    return typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  }));
  return bodies.join('\n');
}

describe('what an anonymous reader can see', () => {
  it('shows the public texts and none of the internal notes, names, unlisted incidents or drills', async () => {
    const admin = await createTestActor(db, 'admin');
    const commander = await createNamedActor(db, 'responder', 'Zhang Wei Commander');
    const listed = await createServiceRow(db, 'Orders');
    const unlisted = await createServiceRow(db, 'Secret internal billing');
    const slug = uniqueId('page');
    await createPageViaApi(admin, { slug, title: 'Acme', visibility: 'public', components: [{ service: listed.slug }] });

    const real = await declare(db, commander.actor, { services: [listed.slug], title: 'Orders degraded' });
    const note = uniqueId('INTERNAL-NOTE db password rotated by ops');
    expect((await callRoute(postEntry, { method: 'POST', headers: commander.headers, params: { ref: real.reference }, body: { kind: 'note', body: note } })).status).toBe(201);
    await callRoute(putImpact, { method: 'PUT', headers: commander.headers, params: { ref: real.reference }, body: { components: [{ service: listed.slug, impact: 'degraded_performance' }] } });
    const internalWording = uniqueId('INTERNAL-WORDING root cause is the CRM token');
    const publicText = uniqueId('Some orders take longer to confirm');
    await callRoute(postUpdate, {
      method: 'POST', headers: commander.headers, params: { ref: real.reference },
      body: { whatIsHappening: internalWording, impact: internalWording, whatWeAreDoing: internalWording, nextUpdateAt: null, statusPages: [slug], publicText },
    });

    const hidden = await declare(db, commander.actor, { services: [unlisted.slug], title: uniqueId('UNLISTED-INCIDENT') });
    await callRoute(putImpact, { method: 'PUT', headers: commander.headers, params: { ref: hidden.reference }, body: { components: [{ service: unlisted.slug, impact: 'major_outage' }] } });
    const hiddenText = uniqueId('UNLISTED-UPDATE');
    await callRoute(postUpdate, { method: 'POST', headers: commander.headers, params: { ref: hidden.reference }, body: { whatIsHappening: hiddenText, whatWeAreDoing: hiddenText, nextUpdateAt: null, statusPages: [slug] } });

    // No affected services named, but an impact on the unlisted service: still not shown.
    const impactOnly = await declare(db, commander.actor, { title: uniqueId('IMPACT-ONLY-UNLISTED') });
    await callRoute(putImpact, { method: 'PUT', headers: commander.headers, params: { ref: impactOnly.reference }, body: { components: [{ service: unlisted.slug, impact: 'partial_outage' }] } });
    const impactOnlyText = uniqueId('IMPACT-ONLY-UPDATE');
    await callRoute(postUpdate, { method: 'POST', headers: commander.headers, params: { ref: impactOnly.reference }, body: { whatIsHappening: impactOnlyText, whatWeAreDoing: impactOnlyText, nextUpdateAt: null, statusPages: [slug], publicText: impactOnlyText } });

    const drill = await declare(db, commander.actor, { services: [listed.slug], title: uniqueId('DRILL-INCIDENT'), drill: true });
    await callRoute(putImpact, { method: 'PUT', headers: commander.headers, params: { ref: drill.reference }, body: { components: [{ service: listed.slug, impact: 'major_outage' }] } });
    const drillText = uniqueId('DRILL-UPDATE');
    await callRoute(postUpdate, { method: 'POST', headers: commander.headers, params: { ref: drill.reference }, body: { whatIsHappening: drillText, whatWeAreDoing: drillText, nextUpdateAt: null, statusPages: [slug], publicText: drillText } });

    const all = await waitFor(async () => {
      const text = await readAll(slug);
      return text.includes(publicText) ? text : null;
    });
    for (const secret of [note, internalWording, 'Zhang Wei', commander.email, unlisted.name, unlisted.slug, hidden.title, hiddenText, impactOnly.title, impactOnlyText, drill.title, drillText, real.reference, 'rolling']) {
      expect(all, `public output must not contain ${secret}`).not.toContain(secret);
    }
    // The drill's major outage does not count either: the listed component is only degraded.
    const summary = await readPublic(slug, 'summary');
    expect(summary.body.components[0].status).toBe('degraded_performance');
    expect(summary.body.status.indicator).toBe('minor');
    expect(summary.body.incidents.map((i: { id: string }) => i.id)).toEqual([real.id]);
  });

  it('keeps an internal page from anonymous readers until an admin allows anonymous access', async () => {
    const admin = await createTestActor(db, 'admin');
    const viewer = await createTestActor(db, 'viewer');
    const a = await createServiceRow(db, 'Intranet');
    const slug = uniqueId('page');
    await createPageViaApi(admin, { slug, title: 'IT status', visibility: 'internal', components: [{ service: a.slug }] });

    const html = await readPublic(slug, 'html');
    expect(html.status).toBe(303);
    expect(html.headers.get('location')).toContain(`/login?callbackUrl=${encodeURIComponent(`/status/${slug}`)}`);
    const json = await readPublic(slug, 'summary');
    expect(json.status).toBe(401);
    expect(json.body.error.code).toBe('unauthorized');
    const signedIn = await readPublic(slug, 'summary', { authorization: viewer.headers.authorization! });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('cache-control')).toBe('private, no-cache');

    expect((await callRoute(patchPage, { method: 'PATCH', headers: admin.headers, params: { slug }, body: { allowAnonymous: true } })).status).toBe(200);
    const open = await waitFor(async () => {
      const r = await readPublic(slug, 'summary');
      return r.status === 200 ? r : null;
    });
    expect(open.body.page.name).toBe('IT status');
  });

  it('answers 404 for a page that does not exist, in JSON and HTML', async () => {
    const slug = uniqueId('nothing');
    expect((await readPublic(slug, 'summary')).status).toBe(404);
    expect((await readPublic(slug, 'html')).status).toBe(404);
  });
});
