// Set-up for the on-call tests: a team with members, a weekly schedule, a two-level policy
// named by a service, all with unique names; and a fake HTTP SMS gateway on a loopback port.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '@/lib/db/client';
import { createEscalationPolicy } from '@/lib/on-call/create-escalation-policy';
import { createSchedule } from '@/lib/on-call/create-schedule';
import { updateService } from '@/lib/services/update-service';
import { createTestActor, type TestActor } from '../../support/actors.ts';
import { uniqueId } from '../../support/db.ts';
import { createService } from '../incidents/support.ts';

export interface OnCallSetup {
  team: { id: string; slug: string };
  service: { id: string; slug: string };
  lead: TestActor;
  first: TestActor;
  second: TestActor;
  scheduleId: string;
  policyId: string;
}

/** `first` is on call (a weekly rotation of one, started a week ago); level 2 pages `second`. */
export async function setUpOnCall(db: Db, { waitMinutes = 5, repeat = 0 }: { waitMinutes?: number; repeat?: number } = {}): Promise<OnCallSetup> {
  const lead = await createTestActor(db, 'responder', 'Lead');
  const first = await createTestActor(db, 'responder', 'First');
  const second = await createTestActor(db, 'responder', 'Second');
  await db.user.update({ where: { id: first.userId }, data: { name: `First ${first.email.slice(6, 14)}` } });
  const team = await db.team.create({ data: { slug: uniqueId('team'), name: 'SRE', members: { create: [{ userId: lead.userId }, { userId: first.userId }, { userId: second.userId }] } }, select: { id: true, slug: true } });
  const svc = await createService(db);
  await db.service.update({ where: { id: svc.id }, data: { ownerTeamId: team.id } });
  const start = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  const schedule = await createSchedule(db, {
    actor: lead.actor,
    teamSlug: team.slug,
    input: { name: 'Primary', timeZone: 'Asia/Shanghai', rotations: [{ name: 'Weekly', participants: [first.email], length: { unit: 'week', count: 1 }, handoffTime: '09:00', startDate: start, restrictions: [] }] },
  });
  const policy = await createEscalationPolicy(db, {
    actor: lead.actor,
    input: {
      name: 'SRE paging',
      team: team.slug,
      teamDefault: false,
      severities: ['SEV1', 'SEV2'],
      repeat,
      levels: [
        { targets: [{ type: 'schedule', id: schedule.id }], waitMinutes },
        { targets: [{ type: 'user', email: second.email }], waitMinutes },
      ],
    },
  });
  await updateService(db, { actor: lead.actor, slug: svc.slug, input: { escalationPolicy: policy.id } });
  return { team, service: { id: svc.id, slug: svc.slug }, lead, first, second, scheduleId: schedule.id, policyId: policy.id };
}

/** A fake SMS gateway: records each request; answers with the status `answer()` gives. */
export async function startFakeSmsGateway(answer: () => number = () => 200): Promise<{ url: string; received: { to: string; text: string; id: string; auth: string | undefined }[]; close: () => Promise<void> }> {
  const received: { to: string; text: string; id: string; auth: string | undefined }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      try {
        received.push({ ...(JSON.parse(body) as { to: string; text: string; id: string }), auth: req.headers.authorization });
      } catch {
        /* a malformed body is still answered */
      }
      const status = answer();
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: status < 300 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/send`, received, close: () => new Promise((r) => server.close(() => r())) };
}
