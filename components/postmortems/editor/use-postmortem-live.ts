'use client';
// Keeps the editor current while others work on the same postmortem, over the one live-events
// hook (lib/client/use-live-events): `postmortem.updated` (a section saved, a review,
// publish…) or `analysis.updated` (factors, detection) refetch that part; every
// (re)connection and `resync` refetch both, since events may have been missed. A section
// someone is typing in is never replaced: it keeps its own version and meets the other
// person's change as a conflict when it saves.
import { useLiveEvents } from '@/lib/client/use-live-events';

export function usePostmortemLive(incidentId: string, handlers: { postmortem: () => void; analysis: () => void }): void {
  useLiveEvents(incidentId, {
    onSync: () => {
      handlers.postmortem();
      handlers.analysis();
    },
    onIncident: ({ kind }) => {
      if (kind === 'postmortem.updated') handlers.postmortem();
      if (kind === 'analysis.updated') handlers.analysis();
    },
  });
}
