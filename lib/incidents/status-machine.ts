// Which status changes an incident may make. Pure: the update use case, the UI (to offer only
// valid targets) and the unit tests share it.
//
//   investigating ⇄ identified ⇄ monitoring   (any open status to any other, forward or back)
//   any open status → resolved → closed
//   resolved | closed → investigating          (re-open; any other way back is refused)
//
// Re-opening clears resolvedAt and closedAt on the incident (it is open again, so "resolved
// at" would be false); the status_change timeline entry keeps the cleared values in its data,
// so the history of the earlier resolution is never lost.
export const incidentStatuses = ['investigating', 'identified', 'monitoring', 'resolved', 'closed'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export const openStatuses = ['investigating', 'identified', 'monitoring'] as const satisfies readonly IncidentStatus[];

export function isOpenStatus(status: IncidentStatus): boolean {
  return (openStatuses as readonly IncidentStatus[]).includes(status);
}

/** Why a transition is refused; the UI maps it to incidents.transitionError.<reason>. */
export type TransitionRefusal = 'resolveFirst' | 'reopenFirst';

export type TransitionCheck =
  | { ok: true; reopening: boolean }
  | { ok: false; reason: TransitionRefusal; message: string };

const messages: Record<TransitionRefusal, (from: IncidentStatus, to: IncidentStatus) => string> = {
  resolveFirst: (from, to) => `Cannot go from ${from} to ${to}: resolve the incident first.`,
  reopenFirst: (from, to) => `Cannot go from ${from} to ${to}: re-open the incident first.`,
};

function refuse(reason: TransitionRefusal, from: IncidentStatus, to: IncidentStatus): TransitionCheck {
  return { ok: false, reason, message: messages[reason](from, to) };
}

/** Whether `from` may become `to`. Staying in the same status is allowed (nothing changes). */
export function checkTransition(from: IncidentStatus, to: IncidentStatus): TransitionCheck {
  if (from === to) return { ok: true, reopening: false };
  if (isOpenStatus(from)) {
    return to === 'closed' ? refuse('resolveFirst', from, to) : { ok: true, reopening: false };
  }
  // from is resolved or closed
  if (to === 'investigating') return { ok: true, reopening: true };
  if (from === 'resolved' && to === 'closed') return { ok: true, reopening: false };
  // closed → resolved, or straight back to identified/monitoring: re-open (to investigating) first.
  return refuse('reopenFirst', from, to);
}

/** The statuses `from` may move to (excluding itself), in lifecycle order. */
export function allowedTransitions(from: IncidentStatus): IncidentStatus[] {
  return incidentStatuses.filter((to) => to !== from && checkTransition(from, to).ok);
}
