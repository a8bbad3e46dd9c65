// Bad input to search (issue 18): a 20,000-character query, lone surrogates, only punctuation,
// only function words. Each gets a 422 naming the field or a clear empty result, never a 500,
// and nothing that reads the whole knowledge base.
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as searchRoute } from '@/app/api/v1/search/route';
import { searchKnownIssues } from '@/lib/search/search-known-issues';
import { callRoute, createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createEntry, createService } from '../known-issues/support.ts';

const db = testDb();
let viewer: TestActor;
let service: string;

beforeAll(async () => {
  const author = await createTestActor(db, 'responder');
  viewer = await createTestActor(db, 'viewer');
  service = await createService(db);
  // Entries that say "the", "of" and "and": a function-word query must still find nothing.
  await createEntry(db, author.actor, { title: `The cache of ${uniqueId('x')} and the queue`, services: [service] });
});

async function find(encodedQ: string) {
  return callRoute(searchRoute, { path: `/api/v1/search?q=${encodedQ}&service=${service}`, headers: viewer.headers });
}

describe('search with bad input', () => {
  it('refuses a 20,000-character query with 422 naming q', async () => {
    const res = await find(encodeURIComponent('timeout '.repeat(2500)));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('invalid');
    expect(JSON.stringify(res.body.error.issues)).toContain('q');
  });

  it('answers lone surrogates, only punctuation and only function words with an empty result', async () => {
    for (const q of ['%ED%A0%80', encodeURIComponent('!!! ??? ——。'), encodeURIComponent('the of and')]) {
      const res = await find(q);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
      expect(res.body.total).toBe(0);
    }
  });

  it('bounds a huge query given to the domain directly: an answer, not an error', async () => {
    const q = Array.from({ length: 4000 }, (_, i) => `w${i}x`).join(' ');
    const started = Date.now();
    const hits = await searchKnownIssues(db, { actor: viewer.actor, input: { q: q + '\uD800', service, limit: 10 } });
    expect(hits).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
