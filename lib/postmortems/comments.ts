import 'server-only';
// Inline comments per section, for the review meeting: everyone signed in reads them,
// responders add them and mark them resolved (or not). Audited; live pages hear
// `postmortem.updated`.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import type { AddCommentInput, CommentListOutput, CommentOutput, ListCommentsQuery, ResolveCommentInput } from './review-schemas.ts';
import type { SectionKey } from './template.ts';

const select = { id: true, sectionKey: true, body: true, authorUserId: true, authorLabel: true, createdAt: true, resolvedAt: true, resolvedBy: true } as const;

function toOutput(r: { id: string; sectionKey: string; body: string; authorUserId: string | null; authorLabel: string; createdAt: Date; resolvedAt: Date | null; resolvedBy: string | null }): CommentOutput {
  return {
    id: r.id,
    section: r.sectionKey as SectionKey,
    body: r.body,
    author: { userId: r.authorUserId, label: r.authorLabel },
    createdAt: r.createdAt.toISOString(),
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    resolvedBy: r.resolvedBy,
  };
}

async function postmortemOf(db: DbTx, ref: string): Promise<{ id: string; incidentId: string }> {
  const { id: incidentId } = await findIncidentId(db, ref);
  const pm = await db.postmortem.findUnique({ where: { incidentId }, select: { id: true } });
  if (!pm) throw new AppError('not_found', 'This incident has no postmortem yet.');
  return { id: pm.id, incidentId };
}

export async function listComments(db: DbTx, { actor, ref, query }: { actor: Actor; ref: string; query: ListCommentsQuery }): Promise<CommentListOutput> {
  requireRole(actor, 'viewer');
  const pm = await postmortemOf(db, ref);
  const rows = await db.postmortemComment.findMany({
    where: { postmortemId: pm.id, ...(query.section ? { sectionKey: query.section } : {}), ...(query.includeResolved === 'false' ? { resolvedAt: null } : {}) },
    select,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return { items: rows.map(toOutput), nextCursor: null };
}

export async function addComment(db: Db, { actor, ref, input }: { actor: Actor; ref: string; input: AddCommentInput }): Promise<CommentOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const pm = await postmortemOf(tx, ref);
    const row = await tx.postmortemComment.create({
      data: { postmortemId: pm.id, sectionKey: input.section, body: input.body, authorUserId: actor.userId, authorLabel: actor.label },
      select,
    });
    await recordAudit(tx, actor, { action: 'postmortem.comment_added', entityType: 'postmortem', entityId: pm.id, after: { commentId: row.id, section: input.section, body: input.body } });
    await publishIncidentEvent(tx, { incidentId: pm.incidentId, kind: 'postmortem.updated' });
    return toOutput(row);
  });
}

export async function resolveComment(db: Db, { actor, ref, commentId, input }: { actor: Actor; ref: string; commentId: string; input: ResolveCommentInput }): Promise<CommentOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const pm = await postmortemOf(tx, ref);
    const current = await tx.postmortemComment.findFirst({ where: { id: commentId, postmortemId: pm.id }, select });
    if (!current) throw new AppError('not_found', 'Comment not found on this postmortem.');
    if ((current.resolvedAt !== null) === input.resolved) return toOutput(current);
    const row = await tx.postmortemComment.update({
      where: { id: commentId },
      data: input.resolved ? { resolvedAt: new Date(), resolvedBy: actor.label } : { resolvedAt: null, resolvedBy: null },
      select,
    });
    await recordAudit(tx, actor, { action: input.resolved ? 'postmortem.comment_resolved' : 'postmortem.comment_reopened', entityType: 'postmortem', entityId: pm.id, after: { commentId } });
    await publishIncidentEvent(tx, { incidentId: pm.incidentId, kind: 'postmortem.updated' });
    return toOutput(row);
  });
}
