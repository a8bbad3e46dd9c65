// The workspace export: a documented JSON document with incidents and their whole timelines,
// no secrets, admins only; and export → import into an empty instance → export gives the
// same document but for its instance fields.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/export/route';
import { systemActor } from '@/lib/auth/actor';
import { createDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { INSTANCE_FIELDS } from '@/lib/export/collections';
import { exportWorkspace } from '@/lib/export/export-workspace';
import { importWorkspace } from '@/lib/export/import-workspace';
import { readExport } from '@/lib/export/read-export';
import { declareIncident } from '@/lib/incidents/declare-incident';
import { createSubscription } from '@/lib/subscriptions/create-subscription';
import { addTimelineEntry } from '@/lib/timeline/add-timeline-entry';
import { editTimelineEntry } from '@/lib/timeline/edit-timeline-entry';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { createScratchDatabase, testDb, uniqueId } from '../../support/db.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-export-'));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const d of drops) await d();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Doc = Record<string, unknown> & { incidents: { id: string; timeline: { id: string; body: string; occurredAt: string; recordedAt: string; revisions: { body: string }[] }[] }[] };

async function exportTo(db: ReturnType<typeof testDb>, file: string): Promise<Doc> {
  const out = fs.createWriteStream(file);
  await exportWorkspace(db, { actor: systemActor('test'), write: (c) => void out.write(c), batch: 7 });
  await new Promise((r) => out.end(r));
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Doc;
}

async function seed() {
  const db = testDb();
  const { actor } = await createTestActor(db, 'admin');
  const slug = uniqueId('svc');
  const team = await db.team.create({ data: { name: uniqueId('team'), slug: uniqueId('team') } });
  const svc = await db.service.create({ data: { slug, name: 'Payments', ownerTeamId: team.id } });
  const dep = await db.service.create({ data: { slug: uniqueId('db'), name: 'Database' } });
  await db.serviceDependency.create({ data: { serviceId: svc.id, dependsOnId: dep.id } });
  const incident = await declareIncident(db, { actor, input: { title: uniqueId('订单服务失败'), severity: 'SEV2', summary: 'token过期', services: [slug], impact: '', customerFacing: true, drill: false } });
  const { entry } = await addTimelineEntry(db, { actor, ref: incident.id, input: { kind: 'note', body: 'first body', highlighted: true } });
  await editTimelineEntry(db, { actor, ref: incident.id, entryId: entry.id, input: { version: 1, body: 'second body' } });
  await db.actionItem.create({ data: { incidentId: incident.id, kind: 'prevent', title: 'Rotate tokens', dueDate: new Date('2026-12-31') } });
  await db.changeEvent.create({ data: { serviceId: svc.id, kind: 'deployment', title: 'Deploy v2', scheduledAt: new Date(), noticePeriodHours: 24, shortNotice: false, announcedByLabel: 'test' } });
  await createSubscription(db, { actor, input: { service: slug, includeDependencies: false, events: ['incident_declared'], channel: { type: 'email', address: 'oncall@example.test' } } });
  await createSubscription(db, { actor, input: { service: slug, includeDependencies: false, events: ['incident_declared'], channel: { type: 'dingtalk', url: 'https://oapi.dingtalk.com/robot/send?access_token=SECRET-TOKEN-123', secret: 'SECsigning-secret' } } });
  return { incident, entry, serviceId: svc.id };
}

describe('workspace export and import', () => {
  it('exports incidents with their full timelines and no secrets', async () => {
    const { incident, entry, serviceId } = await seed();
    const file = path.join(dir, 'one.json');
    const doc = await exportTo(testDb(), file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('SECRET-TOKEN-123');
    expect(text).not.toContain('SECsigning-secret');
    expect(text).not.toMatch(/passwordHash|tokenHash|channelConfig/);
    const inc = doc.incidents.find((i) => i.id === incident.id)!;
    const e = inc.timeline.find((t) => t.id === entry.id)!;
    expect(e.body).toBe('second body');
    expect(e.revisions.map((r) => r.body)).toEqual(['first body']);
    expect(e.occurredAt).toMatch(/Z$/);
    expect(e.recordedAt).toMatch(/Z$/);
    expect(inc.timeline.length).toBe(2); // the declaration and the note
    // Other tests share the database: look at this test's own service only.
    const subs = (doc.subscriptions as { serviceId?: string; channel: { type: string; url?: string; address?: string; hasSecret?: boolean } }[]).filter((s) => s.serviceId === serviceId);
    expect(subs.find((s) => s.channel.type === 'dingtalk')?.channel).toMatchObject({ url: 'https://oapi.dingtalk.com/…-123', hasSecret: true });
  });

  it('export → import into an empty instance → export gives the same document but for its instance fields', async () => {
    const first = await exportTo(testDb(), path.join(dir, 'first.json'));
    const scratch = await createScratchDatabase('import');
    drops.push(scratch.drop);
    await applyMigrations(scratch.url);
    const target = createDb(scratch.url, { max: 2 });
    try {
      const r = await importWorkspace(target, { actor: systemActor('test'), events: readExport(path.join(dir, 'first.json')) });
      const chat = (first.subscriptions as { channelType: string }[]).filter((s) => !['email', 'inbox'].includes(s.channelType)).length;
      expect(r.skippedSubscriptions).toBe(chat);
      expect(chat).toBeGreaterThan(0);
      const second = await exportTo(target, path.join(dir, 'second.json'));
      const strip = (d: Doc) => {
        const copy: Record<string, unknown> = { ...d };
        for (const f of INSTANCE_FIELDS) delete copy[f];
        // Subscriptions to chat channels cannot come back (their URLs are not exported).
        copy.subscriptions = (d.subscriptions as { channelType: string }[]).filter((s) => ['email', 'inbox'].includes(s.channelType));
        return copy;
      };
      expect(strip(second)).toEqual(strip(first));
      expect(second.incidents.length).toBe(first.incidents.length);
      // Importing again is refused: the instance is no longer empty.
      await expect(importWorkspace(target, { actor: systemActor('test'), events: readExport(path.join(dir, 'first.json')) })).rejects.toThrow(/not empty/);
    } finally {
      await target.$disconnect();
    }
  });

  it('GET /api/v1/export streams the document to admins only', async () => {
    const db = testDb();
    const admin = await createTestActor(db, 'admin');
    const res = await callRoute(GET, { path: '/api/v1/export', headers: admin.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="firebreak-export-.*\.json"/);
    expect(res.body.format).toBe('firebreak-export');
    expect(Array.isArray(res.body.incidents)).toBe(true);
    const responder = await createTestActor(db, 'responder');
    const denied = await callRoute(GET, { path: '/api/v1/export', headers: responder.headers });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('forbidden');
  });
});
