// Severity descriptions: everyone reads them (defaults in both languages until an admin edits
// them); only admins replace them, audited.
import { describe, expect, it } from 'vitest';
import { GET, PUT } from '@/app/api/v1/severities/route';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';

const db = testDb();

describe('/api/v1/severities', () => {
  it('is readable by viewers, editable by admins only', async () => {
    const viewer = await createTestActor(db, 'viewer');
    const responder = await createTestActor(db, 'responder');
    const admin = await createTestActor(db, 'admin');

    const read = await callRoute(GET, { headers: viewer.headers });
    expect(read.status).toBe(200);
    expect(Object.keys(read.body)).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
    expect(read.body.SEV1.en.length).toBeGreaterThan(10);
    expect(read.body.SEV1.zhCN).toMatch(/[\u4e00-\u9fff]/);

    const edited = { ...read.body, SEV4: { en: 'Cosmetic or no customer impact.', zhCN: '外观问题或对客户无影响。' } };
    expect((await callRoute(PUT, { method: 'PUT', headers: responder.headers, body: edited })).status).toBe(403);
    const missing = await callRoute(PUT, { method: 'PUT', headers: admin.headers, body: { SEV1: read.body.SEV1 } });
    expect(missing.status).toBe(422);
    expect(missing.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['SEV2', 'SEV3', 'SEV4']);

    const saved = await callRoute(PUT, { method: 'PUT', headers: admin.headers, body: edited });
    expect(saved.status).toBe(200);
    expect((await callRoute(GET, { headers: viewer.headers })).body.SEV4).toEqual(edited.SEV4);
    expect(await db.auditLog.count({ where: { action: 'settings.severity_descriptions_updated' } })).toBeGreaterThan(0);

    // Put the defaults back for other tests reading them.
    await callRoute(PUT, { method: 'PUT', headers: admin.headers, body: read.body });
  });
});
