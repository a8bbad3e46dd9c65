import 'server-only';
// The home page: the place a person starts the day. Open incidents with theirs first (a role
// on it, declared by them, or on a service their team owns), the acknowledgements their teams
// owe, postmortems waiting for their review, their overdue action items and the changes coming
// to what their teams run and depend on; and, for a new install, the counts behind the guided
// first steps. Every list is small and capped: it is a starting point, each links to its page.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { actionItemSelect, toActionItemOutput, utcToday } from '../action-items/action-item-output.ts';
import type { ChangeStatus } from '../changes/status-machine.ts';
import { formatReference } from '../incidents/reference.ts';
import type { Severity } from '../incidents/schemas.ts';
import { openStatuses } from '../incidents/status-machine.ts';
import { findTransitiveDependencies } from '../services/dependency-graph.ts';
import { DEMO_SETTING_KEY } from './demo-marker.ts';
import type { HomeOutput } from './schemas.ts';

const LIMIT = 10;
const UPCOMING_DAYS = 7;
const DAY_MS = 86_400_000;
const NOBODY = '00000000-0000-0000-0000-000000000000';

export async function getHome(db: DbTx, { actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<HomeOutput> {
  requireRole(actor, 'viewer');
  const userId = actor.userId ?? NOBODY;
  const memberships = await db.teamMember.findMany({ where: { userId }, select: { teamId: true } });
  const teamIds = memberships.map((m) => m.teamId);
  const ownServices = teamIds.length ? await db.service.findMany({ where: { ownerTeamId: { in: teamIds } }, select: { id: true } }) : [];
  const ownIds = ownServices.map((s) => s.id);

  const [incidents, acks, reviews, overdue, setup, upcomingChanges] = await Promise.all([
    listIncidents(db, userId, ownIds),
    teamIds.length
      ? db.changeAcknowledgement.findMany({
          where: { teamId: { in: teamIds }, acknowledgedAt: null, change: { status: { in: ['scheduled', 'in_progress'] } } },
          orderBy: { change: { scheduledAt: 'asc' } },
          take: LIMIT,
          select: { team: { select: { slug: true, name: true } }, change: { select: { id: true, title: true, status: true, scheduledAt: true, service: { select: { slug: true, name: true } } } } },
        })
      : Promise.resolve([]),
    db.postmortem.findMany({
      where: { status: 'in_review', reviewers: { some: { userId, decision: 'pending' } } },
      orderBy: { submittedAt: 'asc' },
      take: LIMIT,
      select: { submittedAt: true, incident: { select: { number: true, title: true, severity: true } } },
    }),
    db.actionItem.findMany({
      where: { ownerUserId: userId, status: { in: ['open', 'in_progress'] }, dueDate: { lt: utcToday(now) } },
      orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
      take: LIMIT,
      select: actionItemSelect,
    }),
    loadSetup(db, userId),
    upcoming(db, ownIds, now),
  ]);

  return {
    incidents,
    acknowledgementsOwed: acks.map((a) => ({ ...a.change, status: a.change.status as ChangeStatus, scheduledAt: a.change.scheduledAt.toISOString(), team: a.team })),
    reviewsWaiting: reviews.map((r) => ({ reference: formatReference(r.incident.number), title: r.incident.title, severity: r.incident.severity as Severity, submittedAt: r.submittedAt?.toISOString() ?? null })),
    overdueActionItems: overdue.map((r) => toActionItemOutput(r, now)),
    upcomingChanges,
    setup,
  };
}

/** Open incidents, not drills: the actor's first (a role, declared, or on their team's service), then the others; each most severe first. */
async function listIncidents(db: DbTx, userId: string, ownIds: string[]): Promise<HomeOutput['incidents']> {
  const mineWhere: Prisma.IncidentWhereInput = { OR: [{ roles: { some: { userId } } }, { declaredById: userId }, ...(ownIds.length ? [{ services: { some: { serviceId: { in: ownIds } } } }] : [])] };
  const select = { id: true, number: true, title: true, severity: true, status: true, declaredAt: true, roles: { where: { userId }, select: { role: true } } } satisfies Prisma.IncidentSelect;
  const open: Prisma.IncidentWhereInput = { status: { in: [...openStatuses] }, drill: false };
  const orderBy = [{ severity: 'asc' as const }, { declaredAt: 'desc' as const }];
  const mine = await db.incident.findMany({ where: { AND: [open, mineWhere] }, orderBy, take: LIMIT, select });
  const others = await db.incident.findMany({ where: { AND: [open, { id: { notIn: mine.map((i) => i.id) } }] }, orderBy, take: LIMIT, select });
  return [...mine.map((i) => ({ i, mine: true })), ...others.map((i) => ({ i, mine: false }))].map(({ i, mine: isMine }) => ({
    reference: formatReference(i.number), title: i.title, severity: i.severity as Severity, status: i.status as string,
    declaredAt: i.declaredAt.toISOString(), mine: isMine, myRoles: i.roles.map((r) => r.role as string),
  }));
}

async function upcoming(db: DbTx, ownIds: string[], now: Date): Promise<HomeOutput['upcomingChanges']> {
  if (ownIds.length === 0) return [];
  const deps = await findTransitiveDependencies(db, ownIds);
  const depth = new Map<string, number>([...deps.map((d) => [d.id, d.depth] as const), ...ownIds.map((id) => [id, 0] as const)]);
  const rows = await db.changeEvent.findMany({
    where: { serviceId: { in: [...depth.keys()] }, status: 'scheduled', scheduledAt: { gte: now, lt: new Date(now.getTime() + UPCOMING_DAYS * DAY_MS) } },
    orderBy: [{ scheduledAt: 'asc' }, { id: 'asc' }],
    take: LIMIT,
    select: { id: true, title: true, status: true, scheduledAt: true, serviceId: true, service: { select: { slug: true, name: true } } },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, status: r.status as ChangeStatus, scheduledAt: r.scheduledAt.toISOString(), service: r.service, depth: depth.get(r.serviceId) ?? 0 }));
}

async function loadSetup(db: DbTx, userId: string): Promise<HomeOutput['setup']> {
  const [teams, services, dependencies, users, subscriptions, myTeams, demo] = await Promise.all([
    db.team.count(),
    db.service.count(),
    db.serviceDependency.count(),
    db.user.count({ where: { active: true } }),
    db.subscription.count(),
    db.teamMember.count({ where: { userId } }),
    db.setting.findUnique({ where: { key: DEMO_SETTING_KEY }, select: { key: true } }),
  ]);
  return { teams, services, dependencies, users, subscriptions, myTeams, demoLoaded: demo !== null };
}
