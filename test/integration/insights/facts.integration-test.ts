// The per-incident facts cannot drift from the tables they are derived from: after every kind
// of write (use cases and raw SQL alike: declare, edit key times, services, factors, trigger
// change links, change edits, acknowledgements, known-issue links, deletes), the stored facts
// equal the view's fresh derivation, and a deliberately corrupted row is found.
import { describe, expect, it } from 'vitest';
import { createKnownIssue } from '@/lib/known-issues/create-known-issue';
import { linkIncident, unlinkIncident } from '@/lib/known-issues/link-incident';
import { createKnownIssueInput } from '@/lib/known-issues/schemas';
import { findFactsDrift, refreshFacts } from '@/lib/insights/facts';
import { addFactor } from '@/lib/root-causes/add-factor';
import { linkChangeAsTrigger } from '@/lib/root-causes/link-change-as-trigger';
import { createTestActor } from '../../support/actors.ts';
import { testDb, uniqueId } from '../../support/db.ts';
import { at, incidentAt, ownService } from './support.ts';

const db = testDb();

const fact = (incidentId: string) => db.incidentFact.findUnique({ where: { incidentId } });

describe('incident facts', () => {
  it('follow every write in the same transaction, and the drift check finds a corrupted row', async () => {
    const { actor } = await createTestActor(db, 'responder');
    const own = await ownService(db);
    const other = await ownService(db);
    const D = new Date(Date.now() - 86_400_000);
    const incident = await incidentAt(db, actor, { service: own.service, declaredAt: D, times: { startedAt: at(D, -60), acknowledgedAt: at(D, 60) } });
    expect(await fact(incident.id)).toMatchObject({ timeToAcknowledge: 120, timeToResolve: null, serviceIds: [own.serviceId], changeCaused: false });

    // Services replaced through raw SQL, as a repair script would.
    await db.$executeRaw`INSERT INTO "IncidentService" ("incidentId", "serviceId") VALUES (${incident.id}::uuid, ${other.serviceId}::uuid)`;
    expect((await fact(incident.id))?.serviceIds.sort()).toEqual([own.serviceId, other.serviceId].sort());
    await db.incidentService.deleteMany({ where: { incidentId: incident.id, serviceId: own.serviceId } });
    expect((await fact(incident.id))?.serviceIds).toEqual([other.serviceId]);

    const change = await db.changeEvent.create({
      data: { serviceId: own.serviceId, kind: 'deployment', title: uniqueId('change'), scheduledAt: at(D, -600), noticePeriodHours: 24, shortNotice: false, announcedByLabel: 'ci' },
      select: { id: true },
    });
    await db.changeAcknowledgement.create({ data: { changeId: change.id, teamId: own.teamId } });
    const linked = await linkChangeAsTrigger(db, { actor, ref: incident.id, input: { change: change.id } });
    expect(await fact(incident.id)).toMatchObject({ changeCaused: true, changeKinds: ['deployment'], changeShortNotice: false, changeUnacknowledged: true, factorKeys: ['trigger:deployment'] });
    await db.changeEvent.update({ where: { id: change.id }, data: { kind: 'database', shortNotice: true } });
    expect(await fact(incident.id)).toMatchObject({ changeKinds: ['database'], changeShortNotice: true });
    await db.changeAcknowledgement.update({ where: { changeId_teamId: { changeId: change.id, teamId: own.teamId } }, data: { acknowledgedAt: at(D, -3600) } });
    expect((await fact(incident.id))?.changeUnacknowledged).toBe(false);
    // A trigger factor re-classified as contributing no longer makes the incident change-caused.
    await db.incidentFactor.update({ where: { id: linked.factor.id }, data: { kind: 'contributing' } });
    expect(await fact(incident.id)).toMatchObject({ changeCaused: false, changeKinds: [], factorKeys: ['contributing:deployment'] });

    await addFactor(db, { actor, ref: incident.id, input: { kind: 'root_cause', category: 'dns', description: 'TTL', fiveWhys: [] } });
    expect((await fact(incident.id))?.factorKeys).toEqual(['contributing:deployment', 'root_cause:dns']);

    const issue = await createKnownIssue(db, { actor, input: createKnownIssueInput.parse({ title: uniqueId('known issue') }) });
    await linkIncident(db, { actor, id: issue.id, incident: incident.id });
    expect((await fact(incident.id))?.knownIssueIds).toEqual([issue.id]);
    await unlinkIncident(db, { actor, id: issue.id, incident: incident.id });
    expect((await fact(incident.id))?.knownIssueIds).toEqual([]);

    await db.incident.update({ where: { id: incident.id }, data: { drill: true, severity: 'SEV1' } });
    expect(await fact(incident.id)).toMatchObject({ drill: true, severity: 'SEV1' });
    // A rolled-back write leaves the facts as they were.
    await expect(db.$transaction(async (tx) => {
      await tx.incident.update({ where: { id: incident.id }, data: { severity: 'SEV4' } });
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    expect((await fact(incident.id))?.severity).toBe('SEV1');

    expect(await findFactsDrift(db, [incident.id])).toEqual([]);
    expect(await findFactsDrift(db)).toEqual([]);

    // Someone edits the table by hand: the check names the incident, a refresh repairs it.
    await db.$executeRaw`UPDATE "IncidentFact" SET "timeToAcknowledge" = 1 WHERE "incidentId" = ${incident.id}::uuid`;
    expect(await findFactsDrift(db, [incident.id])).toEqual([incident.id]);
    await refreshFacts(db, [incident.id]);
    expect(await findFactsDrift(db, [incident.id])).toEqual([]);

    await db.incident.delete({ where: { id: incident.id } });
    expect(await fact(incident.id)).toBeNull();
  });
});
