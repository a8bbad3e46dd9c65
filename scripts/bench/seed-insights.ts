// Seeds the insights benchmark corpus in SQL on top of the incidents suite's seeding: the
// incidents spread over three years with every key time, eight owning teams, a root-cause
// factor on every incident, a trigger change on one in five (some at short notice or not
// acknowledged), an action item on every other one, and known issues linked to one in four.
// Every write goes through the facts triggers, as production writes do.
import type pg from 'pg';
import { seedIncidents } from './seed-incidents.ts';

const CATEGORIES = ['configuration_change', 'credential_expiry', 'capacity', 'deployment', 'dependency_failure', 'network', 'dns', 'database', 'monitoring_gap', 'process_gap', 'other'];

export async function seedInsights(client: pg.Client, opts: { incidents: number; log: (m: string) => void }): Promise<{ teamSlugs: string[]; serviceSlugs: string[] }> {
  const { log } = opts;
  const { serviceSlugs } = await seedIncidents(client, { incidents: opts.incidents, entries: 2000, log });
  const step = (3 * 365 * 24 * 60) / opts.incidents; // minutes between declarations over three years
  let t = performance.now();
  await client.query(
    `UPDATE "Incident" SET
       "declaredAt" = now() - (number * $1::float8 || ' minutes')::interval,
       "startedAt" = CASE WHEN number % 3 = 0 THEN NULL ELSE now() - (number * $1::float8 || ' minutes')::interval - ((number % 40) || ' minutes')::interval END,
       "detectedAt" = CASE WHEN number % 3 = 0 THEN NULL ELSE now() - (number * $1::float8 || ' minutes')::interval - ((number % 40) / 2 || ' minutes')::interval END,
       "acknowledgedAt" = now() - (number * $1::float8 || ' minutes')::interval + ((number % 15) || ' minutes')::interval,
       "mitigatedAt" = now() - (number * $1::float8 || ' minutes')::interval + ((20 + number % 90) || ' minutes')::interval,
       "resolvedAt" = CASE WHEN status IN ('resolved', 'closed') THEN now() - (number * $1::float8 || ' minutes')::interval + ((60 + number % 600) || ' minutes')::interval END`,
    [step],
  );
  log(`  spread over three years with key times in ${Math.round(performance.now() - t)} ms`);

  const teamSlugs = Array.from({ length: 8 }, (_, i) => `bench-team-${i}`);
  await client.query(`INSERT INTO "Team" (id, slug, name, "updatedAt") SELECT gen_random_uuid(), s, initcap(replace(s, '-', ' ')), now() FROM unnest($1::text[]) s ON CONFLICT DO NOTHING`, [teamSlugs]);
  await client.query(`UPDATE "Service" s SET "ownerTeamId" = t.id FROM "Team" t WHERE s.slug LIKE 'bench-svc-%' AND t.slug = 'bench-team-' || (substr(s.slug, 11)::int % 8)`);

  t = performance.now();
  await client.query(
    `INSERT INTO "IncidentFactor" (id, "incidentId", kind, category, description, "updatedAt")
     SELECT gen_random_uuid(), i.id, 'root_cause', ($1::text[])[1 + i.number % 11]::"FactorCategory", 'Seeded root cause', now() FROM "Incident" i`,
    [CATEGORIES],
  );
  await client.query(
    `INSERT INTO "ChangeEvent" (id, "serviceId", kind, title, "scheduledAt", "noticePeriodHours", "shortNotice", "announcedByLabel", "updatedAt")
     SELECT gen_random_uuid(), s.id, (ARRAY['configuration','deployment','credential','database'])[1 + g % 4]::"ChangeKind", 'Bench change ' || g,
            now() - (g || ' hours')::interval, 24, g % 3 = 0, 'bench', now()
     FROM generate_series(1, 2000) g JOIN "Service" s ON s.slug = 'bench-svc-' || (g % 40)`,
  );
  await client.query(
    `WITH picked AS (
       SELECT i.id AS "incidentId", gen_random_uuid() AS "factorId",
              (SELECT c.id FROM "ChangeEvent" c WHERE c.title = 'Bench change ' || (1 + i.number % 2000)) AS "changeId"
       FROM "Incident" i WHERE i.number % 5 = 0),
     f AS (INSERT INTO "IncidentFactor" (id, "incidentId", kind, category, description, "updatedAt")
           SELECT "factorId", "incidentId", 'trigger', 'configuration_change', 'Seeded trigger change', now() FROM picked RETURNING id)
     INSERT INTO "IncidentFactorChange" ("factorId", "incidentId", "changeId") SELECT "factorId", "incidentId", "changeId" FROM picked`,
  );
  await client.query(
    `INSERT INTO "ChangeAcknowledgement" ("changeId", "teamId", "acknowledgedAt")
     SELECT c.id, t.id, CASE WHEN c.title LIKE '%1' THEN NULL ELSE c."scheduledAt" - interval '1 hour' END
     FROM "ChangeEvent" c JOIN "Team" t ON t.slug = 'bench-team-0'`,
  );
  log(`  factors, 2,000 changes and their links in ${Math.round(performance.now() - t)} ms`);

  t = performance.now();
  await client.query(
    `INSERT INTO "ActionItem" (id, "incidentId", kind, title, status, "dueDate", "completedAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), i.id, 'prevent', 'Seeded action item', (ARRAY['open','in_progress','done','done','wont_do'])[1 + i.number % 5]::"ActionItemStatus",
            (i."declaredAt" + interval '30 days')::date,
            CASE WHEN i.number % 5 IN (2, 3) THEN i."declaredAt" + ((i.number % 40) || ' days')::interval END, i."declaredAt", now()
     FROM "Incident" i WHERE i.number % 2 = 0`,
  );
  await client.query(
    `INSERT INTO "KnownIssue" (id, title, "updatedAt") SELECT gen_random_uuid(), 'Bench known issue ' || g, now() FROM generate_series(1, 500) g`,
  );
  await client.query(
    `INSERT INTO "KnownIssueIncident" ("knownIssueId", "incidentId", "linkedBy")
     SELECT k.id, i.id, 'bench' FROM "Incident" i JOIN "KnownIssue" k ON k.title = 'Bench known issue ' || (1 + i.number % 400) WHERE i.number % 4 = 0`,
  );
  log(`  action items and known-issue links in ${Math.round(performance.now() - t)} ms`);
  // The seeding rewrote every fact row five times; autovacuum keeps a live table near its
  // steady size, so measure that rather than the seeding's dead rows.
  await client.query('VACUUM (ANALYZE)');
  return { teamSlugs, serviceSlugs };
}
