import 'server-only';
// The knowledge base as a list: filters (status, affected service, tag), most recently changed
// first, keyset pagination on (updatedAt, id) so pages neither skip nor repeat while entries
// are edited.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { knownIssueSummarySelect, toKnownIssueSummary } from './known-issue-output.ts';
import type { KnownIssueListOutput, ListKnownIssuesQuery } from './schemas.ts';

function encodeCursor(row: { updatedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.updatedAt.toISOString(), row.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { updatedAt: Date; id: string } {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'string') {
      const updatedAt = new Date(v[0]);
      if (!Number.isNaN(updatedAt.getTime()) && /^[0-9a-f-]{36}$/.test(v[1])) return { updatedAt, id: v[1] };
    }
  } catch {
    /* fall through */
  }
  throw new AppError('invalid', 'The cursor is not valid; start again without one.', {
    issues: [{ path: 'cursor', message: 'Not a cursor returned by this list.' }],
  });
}

export async function listKnownIssues(db: DbTx, { actor, input }: { actor: Actor; input: ListKnownIssuesQuery }): Promise<KnownIssueListOutput> {
  requireRole(actor, 'viewer');
  const filters: Prisma.KnownIssueWhereInput[] = [];
  if (input.status) filters.push({ status: input.status });
  if (input.tag) filters.push({ tags: { has: input.tag } });
  if (input.service) filters.push({ services: { some: { service: { slug: input.service } } } });
  if (input.cursor) {
    const k = decodeCursor(input.cursor);
    filters.push({ OR: [{ updatedAt: { lt: k.updatedAt } }, { updatedAt: k.updatedAt, id: { lt: k.id } }] });
  }
  const rows = await db.knownIssue.findMany({
    where: { AND: filters },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select: knownIssueSummarySelect,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { items: page.map(toKnownIssueSummary), nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null };
}
