// The one select and DTO mapping for action items.
import { formatReference } from '../incidents/reference.ts';
import type { ActionItemOutput } from './schemas.ts';

export const actionItemSelect = {
  id: true,
  incidentId: true,
  kind: true,
  title: true,
  dueDate: true,
  priority: true,
  status: true,
  externalUrl: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  completedAt: true,
  incident: { select: { number: true, title: true } },
  owner: { select: { id: true, name: true, email: true } },
} as const;

export interface ActionItemRow {
  id: string;
  incidentId: string;
  kind: ActionItemOutput['kind'];
  title: string;
  dueDate: Date | null;
  priority: ActionItemOutput['priority'];
  status: ActionItemOutput['status'];
  externalUrl: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
  incident: { number: number; title: string };
  owner: { id: string; name: string; email: string } | null;
}

/** Today as a UTC calendar day at midnight, which is how `@db.Date` values come back. */
export function utcToday(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function isOpenStatus(status: ActionItemOutput['status']): boolean {
  return status === 'open' || status === 'in_progress';
}

export function toActionItemOutput(row: ActionItemRow, now = new Date()): ActionItemOutput {
  return {
    id: row.id,
    incidentId: row.incidentId,
    incidentReference: formatReference(row.incident.number),
    incidentTitle: row.incident.title,
    kind: row.kind,
    title: row.title,
    owner: row.owner ? { userId: row.owner.id, name: row.owner.name, email: row.owner.email } : null,
    dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null,
    overdue: !!row.dueDate && isOpenStatus(row.status) && row.dueDate.getTime() < utcToday(now).getTime(),
    priority: row.priority,
    status: row.status,
    externalUrl: row.externalUrl,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}
