// An alert routing rule whose action is "page" (lib/alerts/rule-actions.ts → lib/on-call/
// page-from-alert.ts): the alert declares an incident and the service's on-call person is paged,
// even at a severity the policy would not page for on its own; a second alert of the group is
// attached to the same incident and pages nobody twice.
import { describe, expect, it } from 'vitest';
import { POST as createRuleRoute } from '@/app/api/v1/alert-rules/route';
import { listIncidentPages } from '@/lib/on-call/list-incident-pages';
import { formatReference } from '@/lib/incidents/reference';
import { callRoute } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { adminActor, amAlert, amBody, createSource, postWebhook, routeAll } from '../alerts/support.ts';
import { setUpOnCall } from './support.ts';

const db = testDb();
const keyOf = (s: { url: string }) => s.url.split('/').pop()!;

describe('alert rules that page', () => {
  it('declares for the alert and pages the on-call person; the next alert of the group attaches without a second page', async () => {
    const s = await setUpOnCall(db, { waitMinutes: 5 });
    const source = await createSource(db, 'alertmanager');
    const admin = await adminActor(db);
    const alertname = uniqueId('QueueBacklog');
    const rule = await callRoute(createRuleRoute, {
      method: 'POST', path: '/api/v1/alert-rules', headers: admin.headers,
      body: { source: source.id, position: 1, name: 'Page on backlog', matchers: [{ field: 'labels.alertname', op: 'equals', value: alertname }], action: 'page', titleTemplate: '{{alertname}}', severityMap: { warning: 'SEV3' } },
    });
    expect(rule.status).toBe(201);
    // position 1: ahead of the source's starter rules (declare critical, record the rest).

    // SEV3 is outside the policy's severities (SEV1, SEV2): only the rule's "page" pages.
    await postWebhook('alertmanager', keyOf(source), amBody([amAlert({ alertname, service: s.service.slug, severity: 'warning', instance: 'a' })]));
    await routeAll(db);
    const alert = await db.alert.findFirstOrThrow({ where: { sourceId: source.id }, select: { outcome: true, incidentId: true } });
    expect(alert.outcome).toBe('declared');
    const incident = await db.incident.findUniqueOrThrow({ where: { id: alert.incidentId! }, select: { number: true, severity: true } });
    expect(incident.severity).toBe('SEV3');
    const ref = formatReference(incident.number);
    let pages = await listIncidentPages(db, { actor: s.lead.actor, ref });
    expect(pages).toEqual([expect.objectContaining({ level: 1, email: s.first.email, status: 'sent' })]);
    const inbox = await db.notificationMessage.findFirst({ where: { subjectType: 'page', subjectId: pages[0]!.id, channelType: 'inbox' }, select: { recipientUserId: true, event: true } });
    expect(inbox).toEqual({ recipientUserId: s.first.userId, event: 'page' });

    await postWebhook('alertmanager', keyOf(source), amBody([amAlert({ alertname, service: s.service.slug, severity: 'warning', instance: 'b' })]));
    await routeAll(db);
    const rows = await db.alert.findMany({ where: { sourceId: source.id }, orderBy: { createdAt: 'asc' }, select: { outcome: true, incidentId: true } });
    expect(rows.map((r) => r.outcome)).toEqual(['declared', 'attached']);
    expect(rows[1]!.incidentId).toBe(alert.incidentId);
    pages = await listIncidentPages(db, { actor: s.lead.actor, ref });
    expect(pages).toHaveLength(1);
  });
});
