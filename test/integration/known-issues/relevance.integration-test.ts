// The relevance set (test/fixtures/known-issues-corpus: 200+ bilingual entries, 60+ queries
// typed the way people type during an outage) against the real search on PostgreSQL. Target
// from the issue: recall@5 ≥ 0.9. Every query that misses is printed with what came back, so a
// ranking change that hurts shows which queries it hurt.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { searchKnownIssues } from '@/lib/search/search-known-issues';
import { createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { corpusEntries } from '../../fixtures/known-issues-corpus/entries.ts';
import { evaluate, formatMisses } from '../../fixtures/known-issues-corpus/evaluate.ts';
import { heldOutQueries, relevanceQueries } from '../../fixtures/known-issues-corpus/queries.ts';
import { createEntry, createService } from './support.ts';

/** Measured on this set (see docs/known-issues.md); a drop below it is a ranking regression. */
const MRR_FLOOR = 0.95;

const db = testDb();
let viewer: Actor;
let service: string;
const keyById = new Map<string, string>();

beforeAll(async () => {
  const author = await createTestActor(db, 'responder');
  viewer = (await createTestActor(db, 'viewer')).actor;
  service = await createService(db);
  for (const { key, ...entry } of corpusEntries) {
    const created = await createEntry(db, author.actor, { ...entry, services: [service] });
    keyById.set(created.id, key);
  }
}, 120_000);

describe('relevance set', () => {
  it('has the size the issue asks for, with stable unique keys', () => {
    expect(corpusEntries.length).toBeGreaterThanOrEqual(200);
    expect(relevanceQueries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpusEntries.map((e) => e.key)).size).toBe(corpusEntries.length);
    const keys = new Set(corpusEntries.map((e) => e.key));
    expect(relevanceQueries.flatMap((q) => q.expected).filter((k) => !keys.has(k))).toEqual([]);
  });

  it(`meets recall@5 ≥ 0.9 and MRR ≥ ${MRR_FLOOR}`, async () => {
    const report = await evaluate(relevanceQueries, async (q) => {
      const hits = await searchKnownIssues(db, { actor: viewer, input: { q, service, limit: 10 } });
      return hits.map((h) => keyById.get(h.id) ?? '?');
    });
    console.log(`relevance set: recall@5 ${report.recallAt5.toFixed(3)}, MRR ${report.mrr.toFixed(3)} over ${report.queries.length} queries`);
    const heldOut = report.queries.filter((s) => heldOutQueries.some((h) => h.q === s.q));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`  of which held out (never tuned on): recall@5 ${mean(heldOut.map((s) => s.recallAt5)).toFixed(3)}, MRR ${mean(heldOut.map((s) => s.reciprocalRank)).toFixed(3)} over ${heldOut.length} queries`);
    const misses = formatMisses(report);
    if (misses) console.log(misses);
    expect(report.recallAt5).toBeGreaterThanOrEqual(0.9);
    expect(report.mrr).toBeGreaterThanOrEqual(MRR_FLOOR);
  }, 120_000);
});
