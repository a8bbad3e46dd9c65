import 'server-only';
// The postmortem library: published ones by default, newest first, filterable by service,
// severity and root-cause category, searchable by words in the title or any section.
// Keyset pagination on (createdAt, id). `waitingForMyReview`: those in review where the actor
// is a named reviewer who has not decided yet (the home page and the list's tab).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { decodeCreatedAtCursor, encodeCreatedAtCursor, olderThan } from '../api/created-at-cursor.ts';
import { pageTake, takePage } from '../kernel/keyset-cursor.ts';
import { formatReference } from '../incidents/reference.ts';
import type { FactorCategory } from '../root-causes/schemas.ts';
import type { ListPostmortemsQuery, PostmortemListOutput } from './schemas.ts';

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
    and.push(olderThan(decodeCreatedAtCursor(query.cursor)));
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
    take: pageTake(query.limit),
  });
  const page = takePage(rows, query.limit, encodeCreatedAtCursor);
  return {
    items: page.items.map((p) => ({
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
    nextCursor: page.nextCursor,
  };
}
