// The incident list and the active-incidents banner: each filter narrows to what it names,
// every sort order pages through every incident exactly once, and the banner leaves out
// resolved incidents and drills. Incidents are tied to a service made for the test, so rows
// from other tests never show up.
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as active } from '@/app/api/v1/incidents/active/route';
import { GET } from '@/app/api/v1/incidents/route';
import { updateIncident } from '@/lib/incidents/update-incident';
import { incidentSorts, type IncidentSummaryOutput } from '@/lib/incidents/schemas';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { createService, declare } from './support.ts';

const db = testDb();
let viewer: TestActor;
let service: string;
const byName: Record<string, IncidentSummaryOutput['id']> = {};

async function list(query: string): Promise<{ status: number; items: IncidentSummaryOutput[]; nextCursor: string | null; body: { error?: { issues: { path: string }[] } } }> {
  const res = await callRoute(GET, { headers: viewer.headers, path: `/api/v1/incidents?service=${service}&${query}` });
  return { status: res.status, items: res.body.items ?? [], nextCursor: res.body.nextCursor ?? null, body: res.body };
}
const names = (items: { id: string }[]) => items.map((i) => Object.keys(byName).find((k) => byName[k] === i.id));

beforeAll(async () => {
  const responder = await createTestActor(db, 'responder');
  viewer = await createTestActor(db, 'viewer');
  service = (await createService(db)).slug;
  // name, severity, drill, final status, declared (days ago)
  const plan = [
    ['a', 'SEV1', false, 'investigating', 1],
    ['b', 'SEV2', false, 'resolved', 2],
    ['c', 'SEV3', true, 'monitoring', 3],
    ['d', 'SEV1', false, 'closed', 10],
    ['e', 'SEV4', false, 'identified', 20],
    ['f', 'SEV2', true, 'investigating', 20],
    ['g', 'SEV2', false, 'investigating', 20],
  ] as const;
  for (const [name, severity, drill, status, daysAgo] of plan) {
    const inc = await declare(db, responder.actor, { severity, drill, services: [service], title: `list ${name}` });
    byName[name] = inc.id;
    if (status === 'resolved' || status === 'closed') await updateIncident(db, { actor: responder.actor, ref: inc.id, input: { version: 1, status: 'resolved' } });
    if (status === 'closed') await updateIncident(db, { actor: responder.actor, ref: inc.id, input: { version: 2, status: 'closed' } });
    if (status === 'monitoring' || status === 'identified') await updateIncident(db, { actor: responder.actor, ref: inc.id, input: { version: 1, status } });
    // Declaration times are the server's clock; move them into the past for the range filters.
    // e, f and g share one declaredAt, to prove ties neither skip nor repeat across pages.
    const declaredAt = new Date(Date.UTC(2025, 5, 30) - daysAgo * 86_400_000);
    await db.incident.update({ where: { id: inc.id }, data: { declaredAt } });
  }
});

describe('GET /api/v1/incidents', () => {
  it('lists newest first by default, drills included with their flag', async () => {
    const { items } = await list('');
    expect(names(items)).toEqual(['a', 'b', 'c', 'd', 'g', 'f', 'e']);
    expect(items.find((i) => i.id === byName.c)).toMatchObject({ drill: true, status: 'monitoring', services: [{ slug: service }] });
  });

  it('filters by status (repeated or comma-separated) and severity', async () => {
    expect(names((await list('status=investigating&status=identified')).items)).toEqual(['a', 'g', 'f', 'e']);
    expect(names((await list('status=resolved,closed')).items)).toEqual(['b', 'd']);
    expect(names((await list('severity=SEV1')).items)).toEqual(['a', 'd']);
    expect(names((await list('severity=SEV2,SEV4&status=investigating')).items)).toEqual(['g', 'f']);
  });

  it('filters drills out, or to drills only', async () => {
    expect(names((await list('drill=exclude')).items)).toEqual(['a', 'b', 'd', 'g', 'e']);
    expect(names((await list('drill=only')).items)).toEqual(['c', 'f']);
  });

  it('filters by declaration time: from inclusive, to exclusive', async () => {
    const day = (d: number) => new Date(Date.UTC(2025, 5, 30) - d * 86_400_000).toISOString();
    expect(names((await list(`from=${day(3)}&to=${day(1)}`)).items)).toEqual(['b', 'c']);
  });

  it('finds nothing for an unknown service, and 422 names a bad filter', async () => {
    const res = await callRoute(GET, { headers: viewer.headers, path: '/api/v1/incidents?service=no-such-service' });
    expect(res.body).toEqual({ items: [], nextCursor: null });
    const bad = await list('status=open');
    expect(bad.status).toBe(422);
    expect(bad.body.error?.issues[0]?.path).toBe('status.0');
  });

  it('pages through every incident exactly once, in every sort order', async () => {
    for (const sort of incidentSorts) {
      const whole = (await list(`sort=${sort}&limit=100`)).items.map((i) => i.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(`sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, sort).toEqual(whole);
      expect(new Set(seen).size, sort).toBe(7);
    }
    expect(names((await list('sort=severity')).items)).toEqual(['a', 'd', 'b', 'g', 'f', 'c', 'e']);
    expect(names((await list('sort=declared_asc')).items)).toEqual(['e', 'f', 'g', 'd', 'c', 'b', 'a']);
  });

  it('refuses a cursor from another sort order', async () => {
    const first = await list('sort=number_asc&limit=1');
    const res = await list(`sort=severity&cursor=${first.nextCursor}`);
    expect(res.status).toBe(422);
    expect(res.body.error?.issues[0]?.path).toBe('cursor');
  });
});

describe('GET /api/v1/incidents/active', () => {
  // Other test files leave open incidents behind too: assert on fresh SEV1s (top of the banner).
  it('shows open incidents, most severe first, without drills or resolved ones', async () => {
    const responder = await createTestActor(db, 'responder');
    const open = await declare(db, responder.actor, { severity: 'SEV1' });
    const drill = await declare(db, responder.actor, { severity: 'SEV1', drill: true });
    const resolved = await declare(db, responder.actor, { severity: 'SEV1' });
    await updateIncident(db, { actor: responder.actor, ref: resolved.id, input: { version: 1, status: 'resolved' } });

    const res = await callRoute(active, { headers: viewer.headers });
    expect(res.status).toBe(200);
    const items: { id: string; severity: string; status: string }[] = res.body.items;
    const ids = items.map((i) => i.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(drill.id);
    expect(ids).not.toContain(resolved.id);
    expect(items.map((i) => i.severity)).toEqual([...items.map((i) => i.severity)].sort());
    expect(items.every((i) => ['investigating', 'identified', 'monitoring'].includes(i.status))).toBe(true);
    expect(items.find((i) => i.id === open.id)).toMatchObject({ reference: open.reference, updateOverdue: false });
  });
});
