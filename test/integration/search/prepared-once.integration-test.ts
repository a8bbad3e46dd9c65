// A search is parsed and typo-corrected once: the known-issue search takes the query search()
// prepared instead of parsing it and looking up typos again, and finds the same entries.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { searchQuery } from '@/lib/search/schemas';
import { search } from '@/lib/search/search';
import { searchKnownIssues } from '@/lib/search/search-known-issues';
import * as typo from '@/lib/search/typo';
import { createTestActor, type TestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { createEntry } from '../known-issues/support.ts';

vi.mock('@/lib/search/typo', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/search/typo')>();
  return { ...real, correctTypos: vi.fn(real.correctTypos) };
});

const db = testDb();
let viewer: TestActor;
let word: string;

beforeAll(async () => {
  const responder = await createTestActor(db, 'responder');
  viewer = await createTestActor(db, 'viewer');
  word = uniqueId('stockmapper').replace(/[^a-z]/g, '');
  await createEntry(db, responder.actor, { title: `${word} deadlock on checkout`, symptoms: `Orders hang; ${word} reports a deadlock.` });
});

describe('search prepares the query once', () => {
  it('looks up typos once per search, and the known issue is found as before', async () => {
    vi.mocked(typo.correctTypos).mockClear();
    const out = await search(db, { actor: viewer.actor, input: searchQuery.parse({ q: `${word} deadlock`, limit: 10 }) });
    expect(typo.correctTypos).toHaveBeenCalledTimes(1);
    expect(out.items.find((h) => h.type === 'known_issue')?.title).toBe(`${word} deadlock on checkout`);

    // The known-issue search on its own (a string query) still parses and corrects it itself.
    vi.mocked(typo.correctTypos).mockClear();
    const alone = await searchKnownIssues(db, { actor: viewer.actor, input: { q: `${word} deadlock`, limit: 10 } });
    expect(typo.correctTypos).toHaveBeenCalledTimes(1);
    expect(alone.map((h) => h.id)).toContain(out.items.find((h) => h.type === 'known_issue')!.id);
  });
});
