// Ranking on a small bilingual corpus (the relevance set's seed entries; the full set is
// scored in ./relevance.integration-test.ts): what a responder types during an outage must put the
// right entry first (or at least in view), in Chinese, English or both.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { searchKnownIssues } from '@/lib/search/search-known-issues';
import { createTestActor } from '../../support/actors.ts';
import { testDb } from '../../support/db.ts';
import { seedEntries } from '../../fixtures/known-issues-corpus/entries.ts';
import { evaluate } from '../../fixtures/known-issues-corpus/evaluate.ts';
import { seedQueries } from '../../fixtures/known-issues-corpus/queries.ts';
import { createEntry, createService } from './support.ts';

const db = testDb();
let viewer: Actor;
let service: string;
const keyById = new Map<string, string>();

async function keys(q: string, limit = 10): Promise<string[]> {
  const hits = await searchKnownIssues(db, { actor: viewer, input: { q, service, limit } });
  return hits.map((h) => keyById.get(h.id) ?? '?');
}

beforeAll(async () => {
  const author = await createTestActor(db, 'responder');
  viewer = (await createTestActor(db, 'viewer')).actor;
  service = await createService(db);
  for (const { key, ...entry } of seedEntries) {
    const created = await createEntry(db, author.actor, { ...entry, services: [service] });
    keyById.set(created.id, key);
  }
});

describe('search ranking', () => {
  it('finds a Chinese query inside longer Chinese text', async () => {
    expect((await keys('调用失败'))[0]).toBe('crm-oauth');
    expect((await keys('连接池'))[0]).toBe('db-pool');
    expect((await keys('验证码'))[0]).toBe('sms');
  });

  it('matches two characters the dictionary does not know as a phrase, not anywhere', async () => {
    expect(await keys('务失')).toEqual(['crm-oauth']);
  });

  it('matches English inflections ("timeouts" finds "timeout")', async () => {
    expect((await keys('gateway timeouts'))[0]).toBe('payment-timeout');
    expect(await keys('timeouts')).toContain('dns');
  });

  it('handles mixed Chinese and English queries', async () => {
    expect((await keys('token过期'))[0]).toBe('token-expired');
    expect((await keys('CRM 调用失败'))[0]).toBe('crm-oauth');
  });

  it('ranks the entry whose error signature is pasted first', async () => {
    expect((await keys('java.net.SocketException: Connection reset'))[0]).toBe('conn-reset');
    expect((await keys('HTTP 500'))[0]).toBe('report-500');
    expect((await keys('2026-11-21 10:00:01 ERROR OrderClient - 调用服务失败: 401 invalid_token'))[0]).toBe('crm-oauth');
  });

  it('still finds the entry with a one-letter typo', async () => {
    expect((await keys('conection reset'))[0]).toBe('conn-reset');
    expect((await keys('invlaid_token')).slice(0, 3)).toContain('crm-oauth');
  });

  it('corrects a misspelt word against the words of the indexed entries', async () => {
    // "invlaid" is in no entry; corrected to "invalid", the phrase invalid_token ranks the entry first.
    expect((await keys('invlaid_token '))[0]).toBe('crm-oauth');
    expect((await keys('certifcate has expired '))[0]).toBe('cert');
  });

  it('completes the word being typed', async () => {
    expect((await keys('consum'))[0]).toBe('kafka-lag');
    expect((await keys('连接池 Hikari'))[0]).toBe('db-pool');
  });

  it('ranks an active entry above an equally matching obsolete one', async () => {
    const found = await keys('缓存击穿');
    expect(found.slice(0, 2)).toEqual(['redis-active', 'redis-obsolete']);
  });

  it('answers type, id, title, a highlighted and escaped snippet and a score, best first', async () => {
    const hits = await searchKnownIssues(db, { actor: viewer, input: { q: '连接池耗尽', service, limit: 5 } });
    const first = hits[0];
    expect(first).toMatchObject({ type: 'known_issue', title: '数据库连接池耗尽导致接口超时', status: 'active' });
    expect(first?.snippet).toContain('<mark>');
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by status and finds nothing for unrelated text', async () => {
    expect(await keys('zzzyyyxxx qqq')).toEqual([]);
    const hits = await searchKnownIssues(db, { actor: viewer, input: { q: '缓存击穿', service, status: 'obsolete', limit: 5 } });
    expect(hits.map((h) => keyById.get(h.id))).toEqual(['redis-obsolete']);
  });

  it('meets the relevance target on the seed set (recall@5 ≥ 0.9)', async () => {
    const report = await evaluate(seedQueries, (q) => keys(q));
    const misses = report.queries.filter((r) => r.recallAt5 < 1).map((r) => `${r.q} → ${r.got.join(', ')}`);
    expect(misses).toEqual([]);
    expect(report.recallAt5).toBeGreaterThanOrEqual(0.9);
    expect(report.mrr).toBeGreaterThanOrEqual(0.9);
  });
});
