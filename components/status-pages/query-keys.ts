// TanStack Query keys of the status pages domain.
export const statusPageKeys = {
  all: ['status-pages'] as const,
  list: () => [...statusPageKeys.all, 'list'] as const,
  impact: (incidentId: string) => [...statusPageKeys.all, 'impact', incidentId] as const,
};
