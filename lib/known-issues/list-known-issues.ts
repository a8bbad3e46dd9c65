import 'server-only';
// The knowledge base as a list: filters (status, affected service, tag), most recently changed
// first, keyset pagination on (updatedAt, id) so pages neither skip nor repeat while entries
// are edited.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { keysetCursor, pageTake, takePage } from '../kernel/keyset-cursor.ts';
import { knownIssueSummarySelect, toKnownIssueSummary } from './known-issue-output.ts';
import type { KnownIssueListOutput, ListKnownIssuesQuery } from './schemas.ts';

// (updatedAt, id), newest first.
const cursor = keysetCursor({ fields: ['date', 'uuid'], message: 'The cursor is not valid; start again without one.', issue: 'Not a cursor returned by this list.' });

export async function listKnownIssues(db: DbTx, { actor, input }: { actor: Actor; input: ListKnownIssuesQuery }): Promise<KnownIssueListOutput> {
  requireRole(actor, 'viewer');
  const filters: Prisma.KnownIssueWhereInput[] = [];
  if (input.status) filters.push({ status: input.status });
  if (input.tag) filters.push({ tags: { has: input.tag } });
  if (input.service) filters.push({ services: { some: { service: { slug: input.service } } } });
  if (input.cursor) {
    const [updatedAt, id] = cursor.decode(input.cursor);
    const k = { updatedAt, id };
    filters.push({ OR: [{ updatedAt: { lt: k.updatedAt } }, { updatedAt: k.updatedAt, id: { lt: k.id } }] });
  }
  const rows = await db.knownIssue.findMany({
    where: { AND: filters },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: pageTake(input.limit),
    select: knownIssueSummarySelect,
  });
  const page = takePage(rows, input.limit, (last) => cursor.encode([last.updatedAt, last.id]));
  return { items: page.items.map(toKnownIssueSummary), nextCursor: page.nextCursor };
}
