import { describe, expect, it } from 'vitest';
import { toInboxItem, type InboxRow } from '@/lib/inbox/inbox-item';

const row = (payload: unknown, over: Partial<InboxRow> = {}): InboxRow => ({
  id: '5f0c7a1e-1111-4222-8333-444455556666', event: 'change_announced', createdAt: new Date('2026-11-22T01:00:00Z'), reason: 'owner_of_dependent',
  subjectType: 'change', subjectId: 'c0ffee00-1111-4222-8333-444455556666', payload, recipientTeam: { slug: 'crm', name: 'CRM team' }, ...over,
});
const extra = { read: false, acknowledgement: null };

describe('an inbox item from an outbox payload', () => {
  it('reads a change announcement', () => {
    const item = toInboxItem(row({ title: 'Tokens live 1 h', service: { slug: 'auth', name: 'Auth' }, scheduledAt: '2026-11-22T09:00:00+08:00', shortNotice: true, status: 'scheduled', kind: 'credential', path: '/changes/c0ffee00' }), extra);
    expect(item).toMatchObject({ title: 'Tokens live 1 h', service: { slug: 'auth', name: 'Auth' }, scheduledAt: '2026-11-22T01:00:00.000Z', shortNotice: true, kind: 'credential', path: '/changes/c0ffee00', team: { slug: 'crm' } });
  });

  it('reads a reminder, whose payload names the service and link differently', () => {
    const item = toInboxItem(row({ title: 'Tokens live 1 h', serviceName: 'Auth', scheduledAt: '2026-11-22T01:00:00.000Z', linkPath: '/changes/c0ffee00' }, { event: 'change_ack_reminder', reason: 'reminder' }), extra);
    expect(item).toMatchObject({ title: 'Tokens live 1 h', service: { slug: null, name: 'Auth' }, path: '/changes/c0ffee00', shortNotice: false });
  });

  it('never links outside the app, and survives a payload of another shape', () => {
    expect(toInboxItem(row({ title: 'x', path: 'https://evil.test/' }), extra).path).toBeNull();
    expect(toInboxItem(row({ title: 'x', path: '//evil.test/' }), extra).path).toBeNull();
    expect(toInboxItem(row(null), extra)).toMatchObject({ title: null, service: null, scheduledAt: null, path: null });
    expect(toInboxItem(row({ scheduledAt: 'not a time', reference: 'INC-42' }), extra)).toMatchObject({ title: 'INC-42', scheduledAt: null });
  });
});
