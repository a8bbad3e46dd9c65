// CSV downloads of the lists: the list's filters apply, every page is in the file, Chinese
// survives a spreadsheet (BOM), and bad filters are a 422 naming the field.
import { describe, expect, it } from 'vitest';
import { GET as incidentsCsv } from '@/app/api/v1/incidents.csv/route';
import { GET as knownIssuesCsv } from '@/app/api/v1/known-issues.csv/route';
import { declareIncident } from '@/lib/incidents/declare-incident';
import { callRoute, createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';

function parse(text: string): string[][] {
  return text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(','));
}

describe('list CSV downloads', () => {
  it('downloads the filtered incident list, all pages, as CSV', async () => {
    const db = testDb();
    const { actor } = await createTestActor(db, 'responder');
    const slug = uniqueId('csv-svc');
    await db.service.create({ data: { slug, name: 'CSV service' } });
    const titles: string[] = [];
    for (let i = 0; i < 103; i++) {
      const title = `${uniqueId('调用失败')}-${i}`;
      titles.push(title);
      await declareIncident(db, { actor, input: { title, severity: i % 2 ? 'SEV3' : 'SEV2', summary: '', services: [slug], impact: '', customerFacing: false, drill: false } });
    }
    const viewer = await createTestActor(db, 'viewer');
    const res = await callRoute(incidentsCsv, { path: `/api/v1/incidents.csv?service=${slug}&severity=SEV2`, headers: viewer.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/filename="firebreak-incidents-\d{4}-\d{2}-\d{2}\.csv"/);
    // A byte order mark first, so spreadsheet programs read the Chinese titles as UTF-8.
    const raw = await incidentsCsv(new Request(`http://localhost/api/v1/incidents.csv?service=${slug}`, { headers: viewer.headers }), { params: Promise.resolve({}) });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(res.body as string);
    const header = rows[0]!;
    const titleCol = header.indexOf('title');
    expect(titleCol).toBeGreaterThanOrEqual(0);
    const got = rows.slice(1).map((r) => r[titleCol]).sort();
    expect(got).toEqual(titles.filter((_, i) => i % 2 === 0).sort()); // 52 rows: more than one page of 50
  }, 60_000);

  it('answers a bad filter with 422 naming the field', async () => {
    const viewer = await createTestActor(testDb(), 'viewer');
    const bad = await callRoute(knownIssuesCsv, { path: '/api/v1/known-issues.csv?status=nonsense', headers: viewer.headers });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body.error.issues)).toContain('status');
  });
});
