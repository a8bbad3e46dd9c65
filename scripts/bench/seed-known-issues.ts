// Seeds the search benchmark's knowledge base: N known issues made from the relevance set's
// entries (test/fixtures/known-issues-corpus), each one varied (where it happened, which
// service, when, how often, status) so that the 100k documents are not 500 copies of 200. The
// search documents are computed by the app's own indexer (knownIssueSearchDocument: jieba,
// stemming, trigram text, vocabulary) and written with the same tsvector expression as
// lib/search/index-known-issue.ts, in multi-row INSERTs of `batch` rows.
import type pg from 'pg';
import { knownIssueSearchDocument } from '../../lib/search/index-known-issue.ts';
import { corpusEntries } from '../../test/fixtures/known-issues-corpus/entries.ts';

const SERVICES = ['order-service', 'payment-service', 'crm-sync', 'api-gateway', 'member-service', 'inventory', 'notify', 'report-service', 'sso', 'search-indexer', 'checkout-bff', 'wms-adapter'];
const REGIONS = ['华东', '华南', '华北', 'prod-hz', 'prod-sh', '香港', 'staging', 'eu-west'];
const TEAMS = ['支付组', 'order team', '基础架构', 'SRE', 'CRM 组', 'platform team'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** A variant of a corpus entry: the same problem, seen somewhere else, written by someone else. */
function variant(i: number) {
  const base = corpusEntries[i % corpusEntries.length]!;
  const n = Math.floor(i / corpusEntries.length);
  const region = pick(REGIONS, n + i);
  const service = pick(SERVICES, n * 7 + i);
  const hh = String((n * 5 + i) % 24).padStart(2, '0');
  const mm = String((n * 13 + i) % 60).padStart(2, '0');
  const minutes = 3 + ((n * 11 + i) % 90);
  const title = [
    `${base.title}（${region}）`,
    `${service}: ${base.title}`,
    `${base.title} — ${region}`,
    `[${pick(TEAMS, n)}] ${base.title}`,
  ][n % 4]!;
  const again = [
    `${region} 在 ${hh}:${mm} 再次出现，持续约 ${minutes} 分钟，影响 ${service}。`,
    `Seen again in ${region} at ${hh}:${mm}; ${service} affected for about ${minutes} minutes.`,
    `客服收到 ${minutes * 3} 个工单，值班同学 ${hh}:${mm} 被告警叫醒。`,
    `On-call paged at ${hh}:${mm}; ${pick(TEAMS, n + 1)} recovered it after ${minutes} minutes.`,
  ][(n + i) % 4]!;
  const status = n % 17 === 8 ? 'obsolete' : n % 9 === 4 ? 'fixed' : (base.status ?? 'active');
  return {
    title,
    symptoms: `${base.symptoms ?? ''} ${again}`.trim(),
    errorSignatures: base.errorSignatures ?? [],
    cause: base.cause ?? '',
    workaround: base.workaround ?? '',
    resolution: base.resolution ?? '',
    tags: [...(base.tags ?? []), service],
    status,
    ageMinutes: i * 3,
  };
}

export async function seedKnownIssues(client: pg.Client, opts: { count: number; batch?: number; log: (m: string) => void }): Promise<{ knownIssues: number; vocabulary: number }> {
  const batch = opts.batch ?? 1000;
  const vocabulary = new Set<string>();
  const t0 = performance.now();
  for (let done = 0; done < opts.count; done += batch) {
    const cols: string[][] = Array.from({ length: 13 }, () => []);
    for (let i = done; i < Math.min(opts.count, done + batch); i++) {
      const v = variant(i);
      const doc = knownIssueSearchDocument(v);
      for (const w of doc.vocabulary) vocabulary.add(w);
      const row = [v.title, v.symptoms, JSON.stringify(v.errorSignatures), v.cause, v.workaround, v.resolution, v.status, JSON.stringify(v.tags), String(v.ageMinutes), doc.a, doc.b, doc.c, doc.trigram];
      row.forEach((value, c) => cols[c]!.push(value));
    }
    // The search document expression is the one in lib/search/index-known-issue.ts.
    await client.query(
      `INSERT INTO "KnownIssue" (id, title, symptoms, "errorSignatures", cause, workaround, resolution, status, tags, "updatedAt", "searchVector", "searchText")
       SELECT gen_random_uuid(), t.title, t.symptoms, ARRAY(SELECT jsonb_array_elements_text(t.sigs::jsonb)), t.cause, t.workaround, t.resolution,
              t.status::"KnownIssueStatus", ARRAY(SELECT jsonb_array_elements_text(t.tags::jsonb)), now() - (t.age || ' minutes')::interval,
              setweight(to_tsvector('simple', t.a), 'A') || setweight(to_tsvector('simple', t.b), 'B') || setweight(to_tsvector('simple', t.c), 'C'),
              t.trigram
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
              AS t(title, symptoms, sigs, cause, workaround, resolution, status, tags, age, a, b, c, trigram)`,
      cols,
    );
    const n = Math.min(opts.count, done + batch);
    if (n % 10_000 === 0 || n === opts.count) opts.log(`  known issues: ${n}/${opts.count} (${Math.round((performance.now() - t0) / 1000)} s)`);
  }
  // One service per entry, so that the service filter has something to filter.
  await client.query(
    `INSERT INTO "KnownIssueService" ("knownIssueId", "serviceId")
     SELECT k.id, s.id FROM "KnownIssue" k JOIN "Service" s ON s.slug = 'bench-svc-' || (abs(hashtext(k.id::text)) % 40)
     ON CONFLICT DO NOTHING`,
  );
  const words = [...vocabulary].sort();
  for (let i = 0; i < words.length; i += 5000) {
    await client.query(`INSERT INTO "SearchTerm" (term) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [words.slice(i, i + 5000)]);
  }
  opts.log(`  ${opts.count} known issues (${words.length} vocabulary words) in ${Math.round((performance.now() - t0) / 1000)} s`);
  return { knownIssues: opts.count, vocabulary: words.length };
}
