// The timeline entries paging writes. Pure. `data` carries the facts (who, level, instants)
// that the incident page renders in the reader's language and time zone (components/on-call/
// page-entry-text.tsx); `body` is the English sentence for API clients and exports, in UTC.
import type { Prisma } from '../db/generated/client.ts';

export interface PageEntry {
  kind: 'status_change';
  body: string;
  data: Prisma.InputJsonObject;
}

const hm = (d: Date) => `${d.toISOString().slice(11, 16)} UTC`;
export const minutesBetween = (a: Date, b: Date) => Math.max(0, Math.round((b.getTime() - a.getTime()) / 60_000));

export type EscalationReason = 'timeout' | 'undeliverable' | 'manual' | 'nobody';

const reasonText = (reason: EscalationReason, by?: string) =>
  ({ timeout: 'nobody acknowledged in time', undeliverable: 'the page could not be delivered', manual: `escalated by ${by ?? 'someone'}`, nobody: 'nobody was on call' })[reason];

/** One entry per level paged; when it is an escalation, the entry says why (one entry, one order). */
export function pagedEntry(p: { names: string[]; level: number; round: number; at: Date; reason?: EscalationReason; by?: string }): PageEntry {
  const who = p.names.length ? p.names.join(', ') : 'nobody (no one on call)';
  const paged = `Paged ${who} (level ${p.level}${p.round > 0 ? `, repeat ${p.round}` : ''}) at ${hm(p.at)}`;
  return {
    kind: 'status_change',
    body: p.reason ? `Escalated to level ${p.level}: ${reasonText(p.reason, p.by)}. ${paged}` : paged,
    data: { event: 'page', action: 'paged', names: p.names, level: p.level, round: p.round, at: p.at.toISOString(), reason: p.reason ?? null, by: p.by ?? null },
  };
}

export function acknowledgedEntry(p: { name: string; sentAt: Date; at: Date; via: 'link' | 'app' }): PageEntry {
  const minutes = minutesBetween(p.sentAt, p.at);
  return {
    kind: 'status_change',
    body: `${p.name} acknowledged at ${hm(p.at)}, ${minutes} min after the page`,
    data: { event: 'page', action: 'acknowledged', name: p.name, at: p.at.toISOString(), sentAt: p.sentAt.toISOString(), minutes, via: p.via },
  };
}

export function stoppedEntry(p: { reason: 'resolved' | 'exhausted'; at: Date }): PageEntry {
  return {
    kind: 'status_change',
    body: p.reason === 'resolved' ? 'Paging stopped: the incident is resolved' : 'Paging stopped: nobody acknowledged after every level and repeat',
    data: { event: 'page', action: 'stopped', reason: p.reason, at: p.at.toISOString() },
  };
}

export function reassignedEntry(p: { from: string; to: string; by: string; at: Date }): PageEntry {
  return {
    kind: 'status_change',
    body: `${p.by} reassigned the page from ${p.from} to ${p.to}`,
    data: { event: 'page', action: 'reassigned', from: p.from, to: p.to, by: p.by, at: p.at.toISOString() },
  };
}
