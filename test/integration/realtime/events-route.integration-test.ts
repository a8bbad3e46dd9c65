// The live stream as a browser meets it: it must be signed in, gets a hello, then hears of a
// new timeline entry (ids only) written through the normal use case, and lets go of its
// subscription when the browser goes away.
import { afterAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/incidents/[ref]/events/route';
import { declareIncident } from '@/lib/incidents/declare-incident';
import { getIncidentEventListener } from '@/lib/realtime/listener';
import { addTimelineEntry } from '@/lib/timeline/add-timeline-entry';
import { createTestActor } from '../../support/actors';
import { testDb, uniqueId } from '../../support/db';

afterAll(async () => {
  await getIncidentEventListener().close();
});

function open(ref: string, headers: Record<string, string>) {
  const abort = new AbortController();
  const req = new Request(`http://localhost/api/v1/incidents/${ref}/events`, { headers, signal: abort.signal });
  return { abort, response: GET(req, { params: Promise.resolve({ ref }) }) };
}

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: string, sofar = ''): Promise<string> {
  const decoder = new TextDecoder();
  let out = sofar;
  const deadline = Date.now() + 5_000;
  while (!out.includes(text)) {
    if (Date.now() > deadline) throw new Error(`no ${JSON.stringify(text)} in ${JSON.stringify(out)}`);
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before ${JSON.stringify(text)}: ${JSON.stringify(out)}`);
    out += decoder.decode(value);
  }
  return out;
}

describe('GET /api/v1/incidents/{ref}/events', () => {
  it('streams a new timeline entry to a viewer, and unsubscribes when the viewer leaves', async () => {
    const db = testDb();
    const responder = await createTestActor(db, 'responder');
    const viewer = await createTestActor(db, 'viewer');
    const incident = await declareIncident(db, { actor: responder.actor, input: { title: uniqueId('sse'), severity: 'SEV2', summary: '', services: [], impact: '', customerFacing: false, drill: false } });

    const { abort, response } = open(`INC-${incident.number}`, { authorization: viewer.headers.authorization! });
    const res = await response;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const reader = res.body!.getReader();
    let text = await readUntil(reader, 'event: hello');
    expect(text).toContain(`"incidentId":"${incident.id}"`);
    expect(text).toContain('"listening":true');
    expect(getIncidentEventListener().subscriberCount(incident.id)).toBe(1);

    const { entry } = await addTimelineEntry(db, { actor: responder.actor, ref: incident.id, input: { kind: 'note', body: 'Rolled back the deploy', highlighted: false } });
    text = await readUntil(reader, 'event: timeline', text);
    expect(text).toContain(`data: {"kind":"timeline.created","entryId":"${entry.id}"}`);
    expect(text).not.toContain('Rolled back the deploy'); // ids only: readers fetch with their own rights

    abort.abort();
    await reader.cancel().catch(() => undefined);
    expect(getIncidentEventListener().subscriberCount(incident.id)).toBe(0);
  });

  it('answers 404 for an unknown incident, and 401 for a revoked token', async () => {
    const db = testDb();
    const viewer = await createTestActor(db, 'viewer');
    const missing = await open('INC-2147483000', { authorization: viewer.headers.authorization! }).response;
    expect(missing.status).toBe(404);
    await db.apiToken.updateMany({ where: { createdById: viewer.userId }, data: { revokedAt: new Date() } });
    const revoked = await open('INC-1', { authorization: viewer.headers.authorization! }).response;
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.code).toBe('unauthorized');
  });
});
