import { describe, expect, it } from 'vitest';
import { allowedTransitions, checkTransition, incidentStatuses, isOpenStatus } from '@/lib/incidents/status-machine';

describe('incident status machine', () => {
  it('lets open statuses move freely among themselves, forward and back', () => {
    for (const from of ['investigating', 'identified', 'monitoring'] as const) {
      for (const to of ['investigating', 'identified', 'monitoring'] as const) {
        expect(checkTransition(from, to)).toEqual({ ok: true, reopening: false });
      }
    }
  });

  it('resolves from any open status, and closes only once resolved', () => {
    expect(checkTransition('investigating', 'resolved').ok).toBe(true);
    expect(checkTransition('monitoring', 'resolved').ok).toBe(true);
    expect(checkTransition('resolved', 'closed').ok).toBe(true);
    expect(checkTransition('identified', 'closed')).toMatchObject({
      ok: false,
      reason: 'resolveFirst',
      message: 'Cannot go from identified to closed: resolve the incident first.',
    });
  });

  it('re-opens resolved and closed incidents to investigating only', () => {
    expect(checkTransition('resolved', 'investigating')).toEqual({ ok: true, reopening: true });
    expect(checkTransition('closed', 'investigating')).toEqual({ ok: true, reopening: true });
    expect(checkTransition('closed', 'monitoring')).toEqual({
      ok: false,
      reason: 'reopenFirst',
      message: 'Cannot go from closed to monitoring: re-open the incident first.',
    });
    expect(checkTransition('resolved', 'identified')).toMatchObject({ ok: false, reason: 'reopenFirst' });
    expect(checkTransition('closed', 'resolved')).toMatchObject({ ok: false, reason: 'reopenFirst' });
  });

  it('treats staying in the same status as no change', () => {
    for (const s of incidentStatuses) expect(checkTransition(s, s)).toEqual({ ok: true, reopening: false });
  });

  it('lists the statuses each status may move to', () => {
    expect(allowedTransitions('investigating')).toEqual(['identified', 'monitoring', 'resolved']);
    expect(allowedTransitions('resolved')).toEqual(['investigating', 'closed']);
    expect(allowedTransitions('closed')).toEqual(['investigating']);
  });

  it('knows which statuses are open', () => {
    expect(incidentStatuses.filter(isOpenStatus)).toEqual(['investigating', 'identified', 'monitoring']);
  });
});
