import 'server-only';
// Would making `service` depend on `dependencyIds` create a loop? Called inside the write
// transaction, after the dependency-graph lock is held, so two concurrent edits cannot each
// add half of a cycle.
import type { DbTx } from '../db/client.ts';
import { findTransitiveDependents } from './dependency-graph.ts';
import { traceCycle } from './trace-cycle.ts';

/** Serialises writes to the dependency graph (any value unique to this purpose). */
export const DEPENDENCY_GRAPH_LOCK = 4_207_101;

// Deeper than any real call chain, so that no loop escapes the check through the depth limit.
const CYCLE_CHECK_DEPTH = 100;

export async function lockDependencyGraph(tx: DbTx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEPENDENCY_GRAPH_LOCK})`;
}

/** The first dependency (by position) that would close a loop, with the loop's slugs. */
export async function findDependencyCycle(
  db: DbTx,
  { service, dependencyIds }: { service: { id: string; slug: string }; dependencyIds: readonly string[] },
): Promise<{ index: number; cycle: string[] } | null> {
  if (dependencyIds.length === 0) return null;
  const dependents = await findTransitiveDependents(db, [service.id], { maxDepth: CYCLE_CHECK_DEPTH });
  const reach = new Map(dependents.map((d) => [d.id, { slug: d.slug, depth: d.depth }]));
  if (!dependencyIds.some((id) => reach.has(id) || id === service.id)) return null;

  const ids = [...reach.keys()];
  const edges = await db.serviceDependency.findMany({
    where: { serviceId: { in: ids }, dependsOnId: { in: [...ids, service.id] } },
    select: { serviceId: true, dependsOnId: true },
  });
  const edgeList = edges.map((e) => ({ from: e.serviceId, to: e.dependsOnId }));
  for (const [index, candidateId] of dependencyIds.entries()) {
    const cycle = traceCycle({ start: service, candidateId, reach, edges: edgeList });
    if (cycle) return { index, cycle };
  }
  return null;
}
