import 'server-only';
// Who may change a team's on-call set-up: an admin, or a responder who is a member of the team.
// An API token has no person to be a member: a responder token (which an admin created for a
// tool) is trusted like a member, so provisioning scripts can build schedules.
// Reading (who is on call, pages) needs only a signed-in viewer: "who do we call" is public
// inside the organisation.
import type { Actor } from '../auth/actor.ts';
import { hasRole, requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';

export async function requireTeamResponder(db: DbTx, actor: Actor, teamId: string): Promise<void> {
  requireRole(actor, 'responder');
  if (hasRole(actor, 'admin') || actor.kind === 'token') return;
  const member = actor.userId ? await db.teamMember.findUnique({ where: { teamId_userId: { teamId, userId: actor.userId } }, select: { userId: true } }) : null;
  if (!member) throw new AppError('forbidden', 'Only members of the team (or an admin) can change its on-call set-up.');
}

/** Users by email, in the order given; unknown or inactive emails are `invalid` naming the field. */
export async function resolveUsersByEmail(
  db: DbTx,
  emails: { path: string; email: string }[],
): Promise<Map<string, { id: string; email: string; name: string }>> {
  // Emails compare without case (people type them as they like; some accounts were created mixed-case).
  const rows = await db.user.findMany({ where: { email: { in: [...new Set(emails.map((e) => e.email))], mode: 'insensitive' }, active: true }, select: { id: true, email: true, name: true } });
  const byEmail = new Map(rows.map((r) => [r.email.toLowerCase(), r]));
  for (const e of emails) {
    const found = byEmail.get(e.email.toLowerCase());
    if (found) byEmail.set(e.email, found);
  }
  const issues = emails.filter((e) => !byEmail.has(e.email)).map((e) => ({ path: e.path, code: 'unknown_person', params: { email: e.email }, message: `There is no active user "${e.email}".` }));
  if (issues.length > 0) throw new AppError('invalid', `Unknown people: ${issues.map((i) => i.path).join(', ')}.`, { issues });
  return byEmail;
}

export function scheduleNotFound(id: string): AppError {
  return new AppError('not_found', `Schedule ${id} not found.`);
}

export function pageNotFound(id: string): AppError {
  return new AppError('not_found', `Page ${id} not found.`);
}
