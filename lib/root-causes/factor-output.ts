// The one select and DTO mapping for factors and the detection record, shared by every use case.
import { renderMarkdown } from '../timeline/render-markdown.ts';
import type { DetectionOutput, FactorOutput } from './schemas.ts';

export const factorSelect = {
  id: true,
  incidentId: true,
  kind: true,
  category: true,
  description: true,
  fiveWhys: true,
  position: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  knownIssues: { select: { knownIssue: { select: { id: true, title: true, status: true } } }, orderBy: { linkedAt: 'asc' } },
  // The change event this factor was linked from ("link as trigger" on the incident page).
  changeLink: { select: { change: { select: { id: true, title: true, kind: true, status: true, scheduledAt: true, shortNotice: true, service: { select: { slug: true, name: true } } } } } },
} as const;

export interface FactorRow {
  id: string;
  incidentId: string;
  kind: FactorOutput['kind'];
  category: FactorOutput['category'];
  description: string;
  fiveWhys: string[];
  position: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  knownIssues: { knownIssue: { id: string; title: string; status: 'active' | 'fixed' | 'obsolete' } }[];
  changeLink: {
    change: { id: string; title: string; kind: string; status: string; scheduledAt: Date; shortNotice: boolean; service: { slug: string; name: string } };
  } | null;
}

export function toFactorOutput(row: FactorRow): FactorOutput {
  const { changeLink, ...rest } = row;
  const change = changeLink?.change;
  return {
    ...rest,
    // Descriptions are Markdown (a linked change is written as [title](/changes/id)): readers see it rendered.
    descriptionHtml: renderMarkdown(row.description),
    fiveWhys: [...row.fiveWhys],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    knownIssues: row.knownIssues.map((l) => ({ ...l.knownIssue })),
    change: change
      ? { ...change, kind: change.kind as NonNullable<FactorOutput['change']>['kind'], status: change.status as NonNullable<FactorOutput['change']>['status'], scheduledAt: change.scheduledAt.toISOString() }
      : null,
  };
}

export const emptyDetection: DetectionOutput = { method: '', detectedBy: '', whyNotEarlier: '', version: 0, updatedAt: null };

export function toDetectionOutput(row: { method: string; detectedBy: string; whyNotEarlier: string; version: number; updatedAt: Date } | null): DetectionOutput {
  return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : emptyDetection;
}
