// The one select and DTO mapping for factors and the detection record, shared by every use case.
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
}

export function toFactorOutput(row: FactorRow): FactorOutput {
  return { ...row, fiveWhys: [...row.fiveWhys], createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(), knownIssues: row.knownIssues.map((l) => ({ ...l.knownIssue })) };
}

export const emptyDetection: DetectionOutput = { method: '', detectedBy: '', whyNotEarlier: '', version: 0, updatedAt: null };

export function toDetectionOutput(row: { method: string; detectedBy: string; whyNotEarlier: string; version: number; updatedAt: Date } | null): DetectionOutput {
  return row ? { ...row, updatedAt: row.updatedAt.toISOString() } : emptyDetection;
}
