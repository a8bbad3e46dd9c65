import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { planIncidentUpdate, type IncidentState } from '@/lib/incidents/plan-incident-update';
import type { UpdateIncidentInput } from '@/lib/incidents/schemas';

const now = new Date('2026-03-01T12:00:00.000Z');
const base: IncidentState = {
  title: 'Checkout failing',
  summary: '',
  severity: 'SEV2',
  status: 'investigating',
  impact: '',
  customerFacing: false,
  drill: false,
  services: ['checkout'],
  startedAt: new Date('2026-03-01T10:00:00.000Z'),
  detectedAt: null,
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
  closedAt: null,
  nextUpdateAt: null,
};
const plan = (input: Omit<UpdateIncidentInput, 'version'>, state: IncidentState = base) => planIncidentUpdate(state, { version: 1, ...input }, now);

function invalid(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
  }
  throw new Error('expected an AppError');
}

describe('planning an incident update', () => {
  it('writes one field_change entry per changed field, none for unchanged ones', () => {
    const p = plan({ title: 'Checkout down', severity: 'SEV1', customerFacing: false });
    expect(p.data).toEqual({ title: 'Checkout down', severity: 'SEV1' });
    expect(p.entries.map((e) => [e.kind, e.data])).toEqual([
      ['field_change', { field: 'title', from: 'Checkout failing', to: 'Checkout down' }],
      ['field_change', { field: 'severity', from: 'SEV2', to: 'SEV1' }],
    ]);
    expect(p.entries[1]?.body).toBe('Severity changed from SEV2 to SEV1');
    expect(p.before).toEqual({ title: 'Checkout failing', severity: 'SEV2' });
  });

  it('changes nothing when nothing differs', () => {
    expect(plan({ title: 'Checkout failing', services: ['checkout', 'checkout'] }).entries).toEqual([]);
  });

  it('sets resolvedAt (and mitigatedAt, when unset) to now when resolving, inside the status_change entry', () => {
    const p = plan({ status: 'resolved' });
    expect(p.data).toEqual({ status: 'resolved', resolvedAt: now, mitigatedAt: now });
    expect(p.entries).toHaveLength(1);
    expect(p.entries[0]).toMatchObject({
      kind: 'status_change',
      data: { field: 'status', from: 'investigating', to: 'resolved', times: { resolvedAt: { from: null, to: now.toISOString() }, mitigatedAt: { from: null, to: now.toISOString() } } },
    });
  });

  it('fills mitigatedAt on the move to monitoring, unless given or already set', () => {
    expect(plan({ status: 'monitoring' }).data).toEqual({ status: 'monitoring', mitigatedAt: now });
    expect(plan({ status: 'monitoring', mitigatedAt: '2026-03-01T10:30:00Z' }).data.mitigatedAt).toEqual(new Date('2026-03-01T10:30:00Z'));
    expect(plan({ status: 'identified' }).data.mitigatedAt).toBeUndefined();
  });

  it('keeps a given resolved time', () => {
    expect(plan({ status: 'resolved', resolvedAt: '2026-03-01T11:00:00Z' }).data.resolvedAt).toEqual(new Date('2026-03-01T11:00:00Z'));
  });

  it('clears resolved and closed times on re-open, keeping them in the entry', () => {
    const closed = { ...base, status: 'closed' as const, resolvedAt: new Date('2026-03-01T11:00:00Z'), closedAt: new Date('2026-03-01T11:30:00Z') };
    const p = plan({ status: 'investigating' }, closed);
    expect(p.data).toEqual({ status: 'investigating', resolvedAt: null, closedAt: null });
    expect(p.entries[0]?.data).toMatchObject({ reopened: true, times: { resolvedAt: { from: '2026-03-01T11:00:00.000Z', to: null } } });
    expect(p.entries[0]?.body).toBe('Re-opened: status changed from closed to investigating');
  });

  it('refuses invalid transitions with the machine message, naming status', () => {
    const e = invalid(() => plan({ status: 'closed' }));
    expect(e.code).toBe('invalid');
    expect(e.message).toBe('Cannot go from investigating to closed: resolve the incident first.');
    expect(e.issues?.[0]?.path).toBe('status');
  });

  it('refuses a resolved time on an open incident and bad time order', () => {
    expect(invalid(() => plan({ resolvedAt: '2026-03-01T11:00:00Z' })).issues?.map((i) => i.path)).toEqual(['resolvedAt']);
    expect(invalid(() => plan({ detectedAt: '2026-03-01T09:00:00Z' })).issues?.map((i) => i.path)).toEqual(['detectedAt']);
  });

  it('records key time edits as field changes with ISO values', () => {
    const p = plan({ mitigatedAt: '2026-03-01T11:15:00+08:00', startedAt: null });
    expect(p.entries.map((e) => e.data)).toEqual([
      { field: 'startedAt', from: '2026-03-01T10:00:00.000Z', to: null },
      { field: 'mitigatedAt', from: null, to: '2026-03-01T03:15:00.000Z' },
    ]);
  });

  it('replaces services and records the sorted lists', () => {
    const p = plan({ services: ['payments', 'checkout', 'payments'] });
    expect(p.services).toEqual(['payments', 'checkout']);
    expect(p.entries[0]?.data).toEqual({ field: 'services', from: ['checkout'], to: ['checkout', 'payments'] });
  });
});
