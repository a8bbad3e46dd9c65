// Seeds the incidents benchmark corpus directly in SQL (fast): N incidents over the last
// two years with realistic spread of status/severity/services, M timeline entries across
// them, and one "big" incident with 2,000 entries for the page-render measurement.
import type pg from 'pg';

export interface SeedResult {
  bigIncidentNumber: number;
  incidents: number;
  entries: number;
  serviceSlugs: string[];
}

export async function seedIncidents(client: pg.Client, opts: { incidents: number; entries: number; log: (m: string) => void }): Promise<SeedResult> {
  const { log } = opts;
  await client.query(`INSERT INTO "Team" (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), 'bench-team', 'Bench team', now()) ON CONFLICT DO NOTHING`);
  const serviceSlugs = Array.from({ length: 40 }, (_, i) => `bench-svc-${i}`);
  await client.query(
    `INSERT INTO "Service" (id, slug, name, tier, "ownerTeamId", "updatedAt")
     SELECT gen_random_uuid(), s, initcap(replace(s, '-', ' ')), 1 + (i % 4), (SELECT id FROM "Team" WHERE slug = 'bench-team'), now()
     FROM unnest($1::text[]) WITH ORDINALITY AS t(s, i) ON CONFLICT DO NOTHING`,
    [serviceSlugs],
  );
  let t = performance.now();
  await client.query(
    `INSERT INTO "Incident" (id, title, summary, severity, status, impact, drill, "startedAt", "declaredAt", "resolvedAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(),
            'Bench incident ' || g || ': ' || (ARRAY['CRM 调用服务失败','Checkout latency','Token refresh 401','DB connection pool exhausted','DNS resolution timeouts'])[1 + g % 5],
            'Seeded for benchmarks.',
            (ARRAY['SEV1','SEV2','SEV3','SEV4'])[1 + (g % 4)]::"Severity",
            (CASE WHEN g % 50 = 0 THEN 'investigating' WHEN g % 10 = 0 THEN 'monitoring' WHEN g % 3 = 0 THEN 'closed' ELSE 'resolved' END)::"IncidentStatus",
            '', g % 20 = 0,
            now() - (g || ' minutes')::interval * 7 - interval '10 minutes',
            now() - (g || ' minutes')::interval * 7,
            CASE WHEN g % 10 = 0 THEN NULL ELSE now() - (g || ' minutes')::interval * 7 + interval '2 hours' END,
            now(), now()
     FROM generate_series(1, $1::int) g`,
    [opts.incidents],
  );
  await client.query(
    `INSERT INTO "IncidentService" ("incidentId", "serviceId")
     SELECT i.id, s.id FROM "Incident" i JOIN "Service" s ON s.slug = 'bench-svc-' || (i.number % 40)
     ON CONFLICT DO NOTHING`,
  );
  log(`  ${opts.incidents} incidents in ${Math.round(performance.now() - t)} ms`);
  const { rows } = await client.query<{ id: string; number: number }>(`SELECT id, number FROM "Incident" ORDER BY number DESC LIMIT 1`);
  const big = rows[0]!;
  t = performance.now();
  // 2,000 entries on the big incident, the rest spread over the others.
  await client.query(
    `INSERT INTO "TimelineEntry" (id, "incidentId", kind, body, "occurredAt", "recordedAt", "authorLabel", highlighted)
     SELECT gen_random_uuid(), $1::uuid, (ARRAY['note','action','alert'])[1 + g % 3]::"TimelineKind",
            'Entry ' || g || ': checked **upstream** logs, 调用服务失败 still at ' || (g % 100) || '%',
            now() - interval '3 hours' + (g || ' seconds')::interval, now(), 'bench@example.test', g % 97 = 0
     FROM generate_series(1, 2000) g`,
    [big.id],
  );
  const rest = Math.max(0, opts.entries - 2000);
  const batch = 200_000;
  for (let done = 0; done < rest; done += batch) {
    const n = Math.min(batch, rest - done);
    await client.query(
      `INSERT INTO "TimelineEntry" (id, "incidentId", kind, body, "occurredAt", "recordedAt", "authorLabel")
       SELECT gen_random_uuid(), i.id, 'note', 'Seeded note ' || g, i."declaredAt" + (g % 600 || ' seconds')::interval, now(), 'bench@example.test'
       FROM generate_series($1::int, $2::int) g
       JOIN "Incident" i ON i.number = 1 + (g % $3::int)`,
      [done + 1, done + n, opts.incidents],
    );
    log(`  timeline entries: ${done + n + 2000}/${opts.entries}`);
  }
  log(`  ${opts.entries} timeline entries in ${Math.round(performance.now() - t)} ms`);
  await client.query('ANALYZE');
  return { bigIncidentNumber: big.number, incidents: opts.incidents, entries: opts.entries, serviceSlugs };
}
