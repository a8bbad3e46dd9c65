// Shared set-up for the change and subscription tests: a chain of three services, each owned
// by its own team, where `top` calls `middle` and `middle` calls `base`. A change on `base`
// reaches `middle` directly and `top` through `middle`.
import type { Db } from '@/lib/db/client';
import { uniqueId } from '../../support/db.ts';

export interface ChainService { id: string; slug: string; teamId: string; teamSlug: string }

async function serviceWithTeam(db: Db, label: string, noticePeriodHours: number): Promise<ChainService> {
  const team = await db.team.create({ data: { slug: uniqueId(`team-${label}`), name: `Team ${label}` }, select: { id: true, slug: true } });
  const slug = uniqueId(`svc-${label}`);
  const s = await db.service.create({ data: { slug, name: `Service ${label}`, ownerTeamId: team.id, noticePeriodHours }, select: { id: true } });
  return { id: s.id, slug, teamId: team.id, teamSlug: team.slug };
}

export async function createChain(db: Db, { noticePeriodHours = 24 } = {}): Promise<{ top: ChainService; middle: ChainService; base: ChainService }> {
  const base = await serviceWithTeam(db, 'base', noticePeriodHours);
  const middle = await serviceWithTeam(db, 'middle', noticePeriodHours);
  const top = await serviceWithTeam(db, 'top', noticePeriodHours);
  await db.serviceDependency.createMany({ data: [{ serviceId: middle.id, dependsOnId: base.id }, { serviceId: top.id, dependsOnId: middle.id }] });
  return { top, middle, base };
}

export const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

export function announceBody(service: string, over: Record<string, unknown> = {}) {
  return { service, kind: 'credential', title: uniqueId('shorten token lifetime'), description: 'Access tokens now live **1 h**.', scheduledAt: hoursFromNow(48), ...over };
}
