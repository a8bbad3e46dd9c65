'use client';
// The incident as the page holds it (TanStack Query, refreshed by the live stream), and field
// edits with optimistic concurrency: each edit sends the version it was based on. A 409 puts
// the server's current incident in the cache and keeps the attempted change as a conflict for
// the user to re-apply or discard; it is never retried silently.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { IncidentOutput, UpdateIncidentInput } from '@/lib/incidents/schemas';
import { ApiError, apiFetch, incidentPath, isNetworkError } from '@/lib/client/api-client';
import { incidentKeys } from './query-keys';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export type IncidentChanges = Omit<UpdateIncidentInput, 'version'>;

export interface Conflict {
  attempted: IncidentChanges;
  current: IncidentOutput;
}

export type PatchOutcome = 'ok' | 'conflict' | 'error';

export function useIncident(initial: IncidentOutput) {
  return useQuery({
    queryKey: incidentKeys.detail(initial.id),
    queryFn: () => apiFetch<IncidentOutput>(incidentPath(initial.id)),
    initialData: initial,
    staleTime: 30_000,
  });
}

export function useIncidentPatch(incidentId: string, messages: { network: string }) {
  const presenter = useErrorPresenter();
  const qc = useQueryClient();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const store = useCallback(
    (incident: IncidentOutput) => {
      qc.setQueryData(incidentKeys.detail(incidentId), incident);
      void qc.invalidateQueries({ queryKey: incidentKeys.active() });
    },
    [qc, incidentId],
  );

  const patch = useCallback(
    async (changes: IncidentChanges, baseVersion: number): Promise<PatchOutcome> => {
      setBusy(true);
      setError(null);
      try {
        store(await apiFetch<IncidentOutput>(incidentPath(incidentId), { method: 'PATCH', body: { ...changes, version: baseVersion } }));
        setConflict(null);
        return 'ok';
      } catch (e) {
        if (e instanceof ApiError && e.status === 409 && e.details.current) {
          const current = e.details.current as IncidentOutput;
          store(current);
          setConflict({ attempted: changes, current });
          return 'conflict';
        }
        setError(isNetworkError(e) ? messages.network : presenter.message(e));
        return 'error';
      } finally {
        setBusy(false);
      }
    },
    [incidentId, store, messages.network, presenter],
  );

  return { patch, conflict, clearConflict: () => setConflict(null), error, clearError: () => setError(null), busy, store };
}
