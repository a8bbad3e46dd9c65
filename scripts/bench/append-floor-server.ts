// The framework-free floor for a timeline append: node:http + pg doing the same work as
// POST /api/v1/incidents/{n}/timeline (token lookup by hash, the same one-statement INSERT …
// NOTIFY, the same Markdown renderer: markdown-it + sanitize-html) and answering 201 with the
// entry as JSON. No Next.js, no Prisma, no zod, no next-auth. Started by ./append-floor.ts in
// its own process (like the app) on FLOOR_PORT against FLOOR_DATABASE_URL.
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { renderMarkdown } from '../../lib/timeline/render-markdown.ts';

const pool = new pg.Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: 20 });
const INSERT = `
  WITH ins AS (
    INSERT INTO "TimelineEntry" ("id", "incidentId", "kind", "body", "bodyHtml", "data", "occurredAt", "recordedAt", "changedAt",
                                 "authorUserId", "authorLabel", "highlighted", "idempotencyKey")
    SELECT $1::uuid, i.id, $2::"TimelineKind", $3, $4, NULL::jsonb, (now() AT TIME ZONE 'UTC'),
           now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', NULL::uuid, $5, false, $6
    FROM "Incident" i WHERE i.number = $7
    ON CONFLICT ("incidentId", "idempotencyKey") DO NOTHING
    RETURNING *
  )
  SELECT ins."id", ins."incidentId", ins."kind"::text AS "kind", ins."body", ins."bodyHtml", ins."data", ins."occurredAt",
         ins."recordedAt", ins."changedAt", ins."authorUserId", ins."authorLabel", ins."highlighted", ins."version",
         ins."editedAt", ins."deletedAt", ins."deletedReason", u."name" AS "authorName",
         pg_notify('firebreak_events', json_build_object('incidentId', ins."incidentId", 'kind', 'timeline.created', 'entryId', ins."id")::text)::text AS "notified"
  FROM ins LEFT JOIN "User" u ON u."id" = ins."authorUserId"`;

function reply(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const server = http.createServer((req, res) => {
  const m = /^\/api\/v1\/incidents\/(\d+)\/timeline$/.exec(req.url ?? '');
  if (req.method !== 'POST' || !m) return reply(res, 404, { error: { code: 'not_found' } });
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const secret = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      const token = (await pool.query(`SELECT id, name, role, "revokedAt", "expiresAt" FROM "ApiToken" WHERE "tokenHash" = $1`, [createHash('sha256').update(secret).digest('hex')])).rows[0];
      if (!token || token.revokedAt) return reply(res, 401, { error: { code: 'unauthorized' } });
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { kind?: string; body?: string };
      if (typeof body.body !== 'string' || !body.body || typeof body.kind !== 'string') return reply(res, 400, { error: { code: 'invalid' } });
      const key = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : null;
      const { rows } = await pool.query(INSERT, [randomUUID(), body.kind, body.body, renderMarkdown(body.body), `token:${token.name}`, key, Number(m[1])]);
      if (!rows[0]) return reply(res, 404, { error: { code: 'not_found' } });
      const { authorName, notified, ...entry } = rows[0];
      void notified;
      reply(res, 201, { ...entry, author: authorName ? { name: authorName } : null });
    } catch (e) {
      reply(res, 500, { error: { code: 'internal', message: (e as Error).message } });
    }
  });
});

server.listen(Number(process.env.FLOOR_PORT), '127.0.0.1', () => console.log('floor ready'));
