import 'server-only';
// The scenarios library, newest first (a team keeps tens of them, not thousands), and one by id.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { scenarioSelect, toScenarioOutputs } from './scenario-output.ts';
import type { ScenarioOutput } from './schemas.ts';

export async function listScenarios(db: DbTx, { actor }: { actor: Actor }): Promise<ScenarioOutput[]> {
  requireRole(actor, 'viewer');
  return toScenarioOutputs(db, await db.drillScenario.findMany({ select: scenarioSelect, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 500 }));
}

export async function getScenario(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<ScenarioOutput> {
  requireRole(actor, 'viewer');
  const row = await db.drillScenario.findUnique({ where: { id }, select: scenarioSelect });
  if (!row) throw new AppError('not_found', 'Scenario not found.');
  const [out] = await toScenarioOutputs(db, [row]);
  return out as ScenarioOutput;
}
