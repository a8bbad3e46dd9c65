import 'server-only';
// The postmortem library: published ones by default, newest first, filterable by service,
// severity and root-cause category, searchable by words in the title or any section.
// Keyset pagination on (createdAt, id). `waitingForMyReview`: those in review where the actor
// is a named reviewer who has not decided yet (the home page and the list's tab).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { formatReference } from '../incidents/reference.ts';
import type { FactorCategory } from '../root-causes/schemas.ts';
import type { ListPostmortemsQuery, PostmortemListOutput } from './schemas.ts';

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { c?: unknown; i?: unknown };
    if (typeof v.c === 'string' && typeof v.i === 'string' && !Number.isNaN(Date.parse(v.c))) return { createdAt: new Date(v.c), id: v.i };
  } catch {
    /* fall through */
  }
  throw new AppError('invalid', 'The cursor is not valid: pass nextCursor from the previous page.', { issues: [{ path: 'cursor', message: 'Not a cursor returned by this endpoint.' }] });
}

export async function listPostmortems(db: DbTx, { actor, query }: { actor: Actor; query: ListPostmortemsQuery }): Promise<PostmortemListOutput> {
  requireRole(actor, 'viewer');
  const and: Prisma.PostmortemWhereInput[] = query.waitingForMyReview
    ? [{ status: 'in_review', reviewers: { some: { userId: actor.userId ?? '00000000-0000-0000-0000-000000000000', decision: 'pending' } } }]
    : [{ status: { in: query.status?.length ? query.status : ['published'] } }];
  if (query.severity?.length) and.push({ incident: { severity: { in: query.severity } } });
  if (query.service) and.push({ incident: { services: { some: { service: { slug: query.service } } } } });
  if (query.category?.length) and.push({ incident: { factors: { some: { category: { in: query.category } } } } });
  if (query.q) {
    and.push({ OR: [{ incident: { title: { contains: query.q, mode: 'insensitive' } } }, { sections: { some: { body: { contains: query.q, mode: 'insensitive' } } } }] });
  }
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    and.push({ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] });
  }
  const rows = await db.postmortem.findMany({
    where: { AND: and },
    select: {
      id: true,
      incidentId: true,
      status: true,
      publishedAt: true,
      createdAt: true,
      incident: {
        select: {
          number: true,
          title: true,
          severity: true,
          services: { select: { service: { select: { slug: true } } } },
          factors: { select: { category: true }, distinct: ['category'] },
        },
      },
      sections: { where: { key: 'summary' }, select: { body: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((p) => ({
      id: p.id,
      incidentId: p.incidentId,
      reference: formatReference(p.incident.number),
      title: p.incident.title,
      severity: p.incident.severity,
      status: p.status,
      services: p.incident.services.map((s) => s.service.slug).sort(),
      categories: p.incident.factors.map((f) => f.category as FactorCategory).sort(),
      summary: (p.sections[0]?.body ?? '').slice(0, 300),
      publishedAt: p.publishedAt?.toISOString() ?? null,
      createdAt: p.createdAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit && last ? Buffer.from(JSON.stringify({ c: last.createdAt.toISOString(), i: last.id }), 'utf8').toString('base64url') : null,
  };
}
