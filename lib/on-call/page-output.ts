// What a page looks like to API clients and pages: one person at one level.
import type { PageOutput } from './schemas.ts';

export const pageSelect = {
  id: true, level: true, round: true, status: true, sentAt: true, acknowledgedAt: true,
  user: { select: { email: true, name: true } },
} as const;

export function toPageOutput(p: { id: string; level: number; round: number; status: PageOutput['status']; sentAt: Date; acknowledgedAt: Date | null; user: { email: string; name: string } }): PageOutput {
  return {
    id: p.id,
    level: p.level,
    round: p.round,
    email: p.user.email,
    name: p.user.name,
    status: p.status,
    sentAt: p.sentAt.toISOString(),
    acknowledgedAt: p.acknowledgedAt?.toISOString() ?? null,
  };
}
