// TanStack Query keys for incidents, in one place so that every reader and every mutation
// agree on what to update. Keys use the incident id (uuid), never the INC-number text.
import type { ListIncidentsQuery } from '@/lib/incidents/schemas';

export const incidentKeys = {
  all: ['incidents'] as const,
  lists: () => [...incidentKeys.all, 'list'] as const,
  list: (filters: Partial<ListIncidentsQuery>) => [...incidentKeys.lists(), filters] as const,
  active: () => [...incidentKeys.all, 'active'] as const,
  detail: (id: string) => [...incidentKeys.all, 'detail', id] as const,
  timeline: (id: string) => [...incidentKeys.all, 'timeline', id] as const,
  entryHistory: (id: string, entryId: string) => [...incidentKeys.all, 'timeline', id, 'history', entryId] as const,
};

export const catalogueKeys = {
  serviceOptions: () => ['services', 'options'] as const,
};
