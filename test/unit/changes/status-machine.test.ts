import { describe, expect, it } from 'vitest';
import { allowedChangeTransitions, changeStatuses, checkChangeTransition, isFinished } from '@/lib/changes/status-machine';

describe('change lifecycle', () => {
  it('goes scheduled → in progress → completed or rolled back, or scheduled → cancelled', () => {
    expect(allowedChangeTransitions('scheduled')).toEqual(['in_progress', 'cancelled']);
    expect(allowedChangeTransitions('in_progress')).toEqual(['completed', 'rolled_back']);
    for (const s of ['completed', 'rolled_back', 'cancelled'] as const) {
      expect(allowedChangeTransitions(s)).toEqual([]);
      expect(isFinished(s)).toBe(true);
    }
    expect(isFinished('scheduled')).toBe(false);
  });

  it('allows asking for the current status (a retried CI call) without a change', () => {
    for (const s of changeStatuses) expect(checkChangeTransition(s, s)).toEqual({ ok: true, changed: false });
  });

  it('refuses skipping the start, with a message saying what to do', () => {
    const r = checkChangeTransition('scheduled', 'completed');
    expect(r).toEqual({ ok: false, message: 'Cannot go from scheduled to completed: start the change first.' });
  });

  it('refuses cancelling a started change: it is rolled back or completed', () => {
    const r = checkChangeTransition('in_progress', 'cancelled');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/rolled back or completed/);
  });

  it('never moves a finished change', () => {
    for (const from of ['completed', 'rolled_back', 'cancelled'] as const) {
      for (const to of changeStatuses.filter((s) => s !== from)) {
        const r = checkChangeTransition(from, to);
        expect(r.ok, `${from} → ${to}`).toBe(false);
        expect(!r.ok && r.message).toMatch(/already/);
      }
    }
  });
});
