// The lifecycle of a change. Pure: the status use case, the UI (to offer only valid targets)
// and the unit tests share it.
//
//   scheduled → in_progress → completed | rolled_back
//   scheduled → cancelled                 (called off before it started)
//
// A change that has started cannot be cancelled: it either finished or was rolled back.
// Finished changes (completed, rolled back, cancelled) never move again. Asking for the
// status a change already has is allowed and changes nothing, so that a CI job that retries
// "mark in progress" is not refused.
export const changeStatuses = ['scheduled', 'in_progress', 'completed', 'rolled_back', 'cancelled'] as const;
export type ChangeStatus = (typeof changeStatuses)[number];

export const finishedStatuses = ['completed', 'rolled_back', 'cancelled'] as const satisfies readonly ChangeStatus[];

const next: Record<ChangeStatus, readonly ChangeStatus[]> = {
  scheduled: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'rolled_back'],
  completed: [],
  rolled_back: [],
  cancelled: [],
};

export function isFinished(status: ChangeStatus): boolean {
  return (finishedStatuses as readonly ChangeStatus[]).includes(status);
}

export type ChangeTransitionCheck = { ok: true; changed: boolean } | { ok: false; message: string };

export function checkChangeTransition(from: ChangeStatus, to: ChangeStatus): ChangeTransitionCheck {
  if (from === to) return { ok: true, changed: false };
  if (next[from].includes(to)) return { ok: true, changed: true };
  if (isFinished(from)) return { ok: false, message: `The change is already ${from.replace('_', ' ')}; it cannot become ${to.replace('_', ' ')}.` };
  if (from === 'in_progress' && to === 'cancelled') {
    return { ok: false, message: 'The change has started and cannot be cancelled: mark it rolled back or completed.' };
  }
  return { ok: false, message: `Cannot go from ${from.replace('_', ' ')} to ${to.replace('_', ' ')}: start the change first.` };
}

/** The statuses `from` may move to (excluding itself), in lifecycle order. */
export function allowedChangeTransitions(from: ChangeStatus): ChangeStatus[] {
  return [...next[from]];
}
