import pg from 'pg';
const c = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/fb_incidents_scratch' });
await c.connect();
const { rows: [inc] } = await c.query('SELECT id FROM "Incident" LIMIT 1');
let t = performance.now();
for (let i = 0; i < 300; i++) await c.query(`INSERT INTO "TimelineEntry" (id, "incidentId", kind, body, "bodyHtml", "occurredAt", "authorLabel") VALUES (gen_random_uuid(), $1, 'note', 'x', '<p>x</p>', now(), 'bench')`, [inc.id]);
console.log('bare insert avg ms', (performance.now() - t) / 300);
t = performance.now();
for (let i = 0; i < 300; i++) { await c.query('BEGIN'); await c.query(`INSERT INTO "TimelineEntry" (id, "incidentId", kind, body, "bodyHtml", "occurredAt", "authorLabel") VALUES (gen_random_uuid(), $1, 'note', 'x', '<p>x</p>', now(), 'bench')`, [inc.id]); await c.query(`SELECT pg_notify('x', 'y')`); await c.query('COMMIT'); }
console.log('tx insert+notify avg ms', (performance.now() - t) / 300);
console.log((await c.query('SHOW synchronous_commit')).rows, (await c.query('SHOW fsync')).rows);
await c.end();
