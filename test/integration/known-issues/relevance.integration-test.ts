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
import { phrasingHeldOutQueries, phrasingKinds, phrasingQueries } from '../../fixtures/known-issues-corpus/phrasing-queries.ts';
import { createEntry, createService } from './support.ts';

/** Measured on this set (see docs/known-issues.md); a drop below it is a ranking regression. */
const MRR_FLOOR = 0.95;
const RECALL_FLOOR = 0.98;
/**
 * Queries in other words (phrasing-queries.ts), on the whole set and its held-out share. Issue
 * 18 targets recall@5 ≥ 0.95 and MRR ≥ 0.85 on both; measured so far (docs/known-issues.md,
 * "Other words"): 0.943 / 0.882 on the whole set, 0.955 / 0.808 held out. These floors are the
 * targets where they are met and the measured level where not, so a change that loses ground
 * fails. Raise them to the targets as the lexicon grows.
 */
const PHRASING_RECALL = 0.94;
const PHRASING_MRR = 0.85;
const PHRASING_HELD_OUT_RECALL = 0.95;
const PHRASING_HELD_OUT_MRR = 0.8;

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

  const searchKeys = async (q: string) => {
    const hits = await searchKnownIssues(db, { actor: viewer, input: { q, service, limit: 10 } });
    return hits.map((h) => keyById.get(h.id) ?? '?');
  };

  it(`meets recall@5 ≥ ${RECALL_FLOOR} and MRR ≥ ${MRR_FLOOR}`, async () => {
    const report = await evaluate(relevanceQueries, searchKeys);
    console.log(`relevance set: recall@5 ${report.recallAt5.toFixed(3)}, MRR ${report.mrr.toFixed(3)} over ${report.queries.length} queries`);
    const heldOut = report.queries.filter((s) => heldOutQueries.some((h) => h.q === s.q));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(`  of which held out (never tuned on): recall@5 ${mean(heldOut.map((s) => s.recallAt5)).toFixed(3)}, MRR ${mean(heldOut.map((s) => s.reciprocalRank)).toFixed(3)} over ${heldOut.length} queries`);
    const misses = formatMisses(report);
    if (misses) console.log(misses);
    expect(report.recallAt5).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(report.mrr).toBeGreaterThanOrEqual(MRR_FLOOR);
  }, 120_000);

  it(`finds entries asked for in other words, pinyin or the other language: recall@5 ≥ ${PHRASING_RECALL}, MRR ≥ ${PHRASING_MRR}`, async () => {
    expect(phrasingQueries.length).toBeGreaterThanOrEqual(60);
    const keys = new Set(corpusEntries.map((e) => e.key));
    expect(phrasingQueries.flatMap((q) => q.expected).filter((k) => !keys.has(k))).toEqual([]);
    const report = await evaluate(phrasingQueries, searchKeys);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    const line = (label: string, xs: typeof report.queries) =>
      `  ${label}: recall@5 ${mean(xs.map((s) => s.recallAt5)).toFixed(3)}, MRR ${mean(xs.map((s) => s.reciprocalRank)).toFixed(3)} over ${xs.length} queries`;
    const heldOut = report.queries.filter((s) => phrasingHeldOutQueries.some((h) => h.q === s.q));
    console.log(`phrasing set: recall@5 ${report.recallAt5.toFixed(3)}, MRR ${report.mrr.toFixed(3)} over ${report.queries.length} queries`);
    console.log(line('held out', heldOut));
    for (const kind of phrasingKinds) console.log(line(kind, report.queries.filter((s) => s.kind === kind)));
    const misses = formatMisses(report);
    if (misses) console.log(misses);
    expect(report.recallAt5).toBeGreaterThanOrEqual(PHRASING_RECALL);
    expect(report.mrr).toBeGreaterThanOrEqual(PHRASING_MRR);
    expect(mean(heldOut.map((s) => s.recallAt5))).toBeGreaterThanOrEqual(PHRASING_HELD_OUT_RECALL);
    expect(mean(heldOut.map((s) => s.reciprocalRank))).toBeGreaterThanOrEqual(PHRASING_HELD_OUT_MRR);
  }, 120_000);
});
