// The `oncall` suite (issue 14): two targets, measured in-process through the domain
// functions on a real PostgreSQL (no HTTP: the targets are about the maths and the SQL).
//   - an escalation pass over 5,000 open pages ≤ 1 s (none due: the steady state of a busy
//     night; then with 100 due, which pages 100 next levels);
//   - an on-call lookup for 500 schedules, p95 ≤ 20 ms per lookup (two layers with a weekday
//     restriction, an override each, Europe/Berlin and Asia/Shanghai zones).
// Results go to bench/results/oncall.json.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { systemActor } from '../../lib/auth/actor.ts';
import { createDb } from '../../lib/db/client.ts';
import { applyMigrations } from '../../lib/db/migrate.ts';
import { getOnCall } from '../../lib/on-call/get-on-call.ts';
import { runEscalations } from '../../lib/on-call/run-escalations.ts';
import { lookup as lookupMath } from '../../lib/on-call/schedule-math.ts';
import { loadSchedule } from '../../lib/on-call/schedule-spec.ts';
import { openBenchDatabase, root } from './env.ts';
import { percentile } from './load.ts';

export interface OnCallSuiteOptions { pages: number; schedules: number; log: (m: string) => void }

const chunk = <T,>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export async function runOnCallSuite(opts: OnCallSuiteOptions): Promise<void> {
  const { log } = opts;
  const bench = await openBenchDatabase();
  const db = createDb(bench.url, { max: 4 });
  try {
    await applyMigrations(bench.url);
    const now = new Date();
    log(`Seeding ${opts.schedules} schedules and ${opts.pages} open pages…`);
    const users = Array.from({ length: 1000 }, (_, i) => ({ id: randomUUID(), email: `bench-${i}@oncall.test`, name: `Bench ${i}` }));
    await db.user.createMany({ data: users });
    const team = await db.team.create({ data: { slug: 'bench-oncall', name: 'Bench' }, select: { id: true } });
    const scheduleIds: string[] = [];
    for (const part of chunk(Array.from({ length: opts.schedules }, (_, i) => i), 50)) {
      await Promise.all(part.map(async (i) => {
        const s = await db.onCallSchedule.create({
          data: {
            teamId: team.id, name: `S${i}`, timeZone: i % 2 ? 'Europe/Berlin' : 'Asia/Shanghai', feedToken: randomUUID(),
            rotations: {
              create: [
                { position: 0, name: 'base', participantIds: users.slice((i * 5) % 995, ((i * 5) % 995) + 5).map((u) => u.id), lengthUnit: 'week', lengthCount: 1, handoffTime: '09:00', startDate: '2026-01-05' },
                { position: 1, name: 'day', participantIds: users.slice((i * 3) % 997, ((i * 3) % 997) + 3).map((u) => u.id), lengthUnit: 'day', lengthCount: 1, handoffTime: '08:00', startDate: '2026-01-05', restrictions: [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '18:00' }] },
              ],
            },
            overrides: { create: [{ userId: users[i % 1000]!.id, startsAt: new Date(now.getTime() + 3_600_000), endsAt: new Date(now.getTime() + 5 * 3_600_000) }] },
          },
          select: { id: true },
        });
        scheduleIds.push(s.id);
      }));
    }
    // Open pages: one incident, escalation, page and two messages (inbox sent, email pending) each.
    const policy = await db.escalationPolicy.create({ data: { name: 'bench', levels: { create: [{ position: 0, waitMinutes: 5, targets: [{ type: 'user', userId: users[0]!.id }] }, { position: 1, waitMinutes: 5, targets: [{ type: 'user', userId: users[1]!.id }] }] } }, select: { id: true } });
    const due = Math.round(opts.pages / 50);
    for (const part of chunk(Array.from({ length: opts.pages }, (_, i) => i), 1000)) {
      const incidents = part.map((i) => ({ id: randomUUID(), title: `Bench ${i}`, severity: 'SEV1' as const }));
      await db.incident.createMany({ data: incidents });
      const escalations = part.map((i, j) => ({ id: randomUUID(), incidentId: incidents[j]!.id, policyId: policy.id, nextAt: new Date(now.getTime() + (i < due ? -1000 : 10 * 60_000)) }));
      await db.pageEscalation.createMany({ data: escalations });
      const pages = escalations.map((e, j) => ({ id: randomUUID(), escalationId: e.id, incidentId: e.incidentId, round: 0, level: 1, userId: users[(part[j]! % 998) + 2]!.id, sentAt: now }));
      await db.page.createMany({ data: pages });
      await db.notificationMessage.createMany({
        data: pages.flatMap((p) => (['inbox', 'email'] as const).map((channelType) => ({ event: 'page' as const, subjectType: 'page', subjectId: p.id, recipientUserId: p.userId, channelType, reason: 'page', status: channelType === 'inbox' ? ('sent' as const) : ('pending' as const), nextAttemptAt: new Date(now.getTime() + 3_600_000), payload: {} }))),
      });
    }
    await db.$executeRawUnsafe('VACUUM ANALYZE');

    // --- on-call lookups
    const actor = systemActor('bench');
    for (const id of scheduleIds.slice(0, 20)) await getOnCall(db, { actor, id, at: now }); // warm-up
    const times: number[] = [];
    for (const id of scheduleIds) {
      const t0 = performance.now();
      await getOnCall(db, { actor, id, at: now });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const lookup = { schedules: scheduleIds.length, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), maxMs: round(times.at(-1) ?? 0), totalMs: round(times.reduce((a, b) => a + b, 0)) };
    log(`  on-call lookup over ${lookup.schedules} schedules (database + maths): p50 ${lookup.p50Ms} ms, p95 ${lookup.p95Ms} ms (target ≤ 20 ms), all ${lookup.totalMs} ms`);
    // The maths alone, on the same 500 schedules loaded once: what the lookup costs without
    // the round trips (which a loaded shared machine inflates most).
    const specs = await Promise.all(scheduleIds.map((id) => loadSchedule(db, id, { from: new Date(now.getTime() - 130 * 86_400_000), to: new Date(now.getTime() + 130 * 86_400_000) })));
    const mathTimes: number[] = [];
    for (const s of specs) {
      const t0 = performance.now();
      lookupMath(s!.spec, now);
      mathTimes.push(performance.now() - t0);
    }
    mathTimes.sort((a, b) => a - b);
    const maths = { p50Ms: round(percentile(mathTimes, 50)), p95Ms: round(percentile(mathTimes, 95)), totalMs: round(mathTimes.reduce((a, b) => a + b, 0)) };
    log(`  the maths alone: p50 ${maths.p50Ms} ms, p95 ${maths.p95Ms} ms, all 500 ${maths.totalMs} ms`);

    // --- escalation passes
    const idle = await timed(() => runEscalations(db, { now: new Date(now.getTime() - 60_000) }));
    log(`  escalation pass over ${opts.pages} open pages, none due: ${idle.ms} ms (target ≤ 1000 ms)`);
    const busy = await timed(() => runEscalations(db, { now }));
    log(`  escalation pass over ${opts.pages} open pages, ${busy.result.claimed} due (each pages its next level): ${busy.ms} ms`);

    const results = { suite: 'oncall', measuredAt: new Date().toISOString(), note: 'Shared 2-core machine: numbers are pessimistic.', lookup, lookupMathsOnly: maths, escalation: { openPages: opts.pages, idlePassMs: idle.ms, duePassMs: busy.ms, due: busy.result.claimed, advanced: busy.result.advanced } };
    fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench/results/oncall.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`  wrote bench/results/oncall.json`);
  } finally {
    await db.$disconnect();
    await bench.cleanup();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: round(performance.now() - t0), result };
}
