import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '/work/main/lib/db/generated/client.ts';
const url = 'postgresql://postgres@127.0.0.1:5432/fb_incidents_scratch';
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
const inc = await db.incident.findFirstOrThrow({ select: { id: true } });
async function time(label: string, fn: (i: number) => Promise<unknown>, n = 100) {
  await fn(-1);
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  console.log(label, ((performance.now() - t) / n).toFixed(2), 'ms');
}
await time('findUnique', () => db.incident.findUnique({ where: { id: inc.id }, select: { id: true } }));
await time('empty $transaction', () => db.$transaction(async () => 1));
await time('tx with 1 select', () => db.$transaction(async (tx) => tx.incident.findUnique({ where: { id: inc.id }, select: { id: true } })));
await time('create', (i) => db.timelineEntry.create({ data: { incidentId: inc.id, kind: 'note', body: 'x', occurredAt: new Date(), authorLabel: 'b' }, select: { id: true } }));
await time('createManyAndReturn', (i) => db.timelineEntry.createManyAndReturn({ data: [{ incidentId: inc.id, kind: 'note', body: 'x', occurredAt: new Date(), authorLabel: 'b', idempotencyKey: `q${Math.random()}` }], skipDuplicates: true, select: { id: true } }));
await time('$executeRaw notify', () => db.$executeRaw`SELECT pg_notify('x', 'y')`);
await time('batch tx [create, notify]', () => db.$transaction([db.timelineEntry.create({ data: { incidentId: inc.id, kind: 'note', body: 'x', occurredAt: new Date(), authorLabel: 'b' }, select: { id: true } }), db.$executeRaw`SELECT pg_notify('x', 'y')`]));
await db.$disconnect();
