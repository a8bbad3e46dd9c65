import 'server-only';
// Walks the service dependency graph ("a calls b") in one recursive query. Used by the
// service page (everything a service needs, everything that needs it), and later by change
// notifications (blast radius) and subscriptions.
//
// Cycle safety: writes refuse cycles, but the walk must still terminate if one slipped in
// (e.g. rows written by hand). Each step keeps distinct (service, depth) pairs and stops at
// `maxDepth`, so the work is bounded by services × depth, unlike a path-array walk, which
// can grow with the number of paths through a diamond-shaped graph.
import type { DbTx } from '../db/client.ts';

export interface GraphNode {
  id: string;
  slug: string;
  name: string;
  /** Shortest number of hops from the nearest starting service (direct = 1). */
  depth: number;
  ownerTeamId: string | null;
}

export interface GraphWalkOptions {
  /** Hops to follow at most; deeper services are left out. */
  maxDepth?: number;
}

export const DEFAULT_MAX_DEPTH = 20;

type Direction = 'dependencies' | 'dependents';

async function walk(db: DbTx, serviceIds: readonly string[], direction: Direction, opts: GraphWalkOptions): Promise<GraphNode[]> {
  if (serviceIds.length === 0) return [];
  const maxDepth = Math.max(1, Math.min(opts.maxDepth ?? DEFAULT_MAX_DEPTH, 100));
  const ids = [...new Set(serviceIds)];
  // The two directions differ only in which column of the edge is "from" and which is "to";
  // two literal queries keep the SQL fully parameterised.
  const rows =
    direction === 'dependencies'
      ? await db.$queryRaw<GraphNode[]>`
          WITH RECURSIVE reach(id, depth) AS (
            SELECT d."dependsOnId", 1 FROM "ServiceDependency" d WHERE d."serviceId" = ANY(${ids}::uuid[])
            UNION
            SELECT d."dependsOnId", r.depth + 1 FROM reach r
              JOIN "ServiceDependency" d ON d."serviceId" = r.id
             WHERE r.depth < ${maxDepth}
          )
          SELECT s.id, s.slug, s.name, m.depth, s."ownerTeamId"
            FROM (SELECT id, min(depth)::int AS depth FROM reach GROUP BY id) m
            JOIN "Service" s ON s.id = m.id
           WHERE NOT (s.id = ANY(${ids}::uuid[]))
           ORDER BY m.depth, s.slug`
      : await db.$queryRaw<GraphNode[]>`
          WITH RECURSIVE reach(id, depth) AS (
            SELECT d."serviceId", 1 FROM "ServiceDependency" d WHERE d."dependsOnId" = ANY(${ids}::uuid[])
            UNION
            SELECT d."serviceId", r.depth + 1 FROM reach r
              JOIN "ServiceDependency" d ON d."dependsOnId" = r.id
             WHERE r.depth < ${maxDepth}
          )
          SELECT s.id, s.slug, s.name, m.depth, s."ownerTeamId"
            FROM (SELECT id, min(depth)::int AS depth FROM reach GROUP BY id) m
            JOIN "Service" s ON s.id = m.id
           WHERE NOT (s.id = ANY(${ids}::uuid[]))
           ORDER BY m.depth, s.slug`;
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, depth: Number(r.depth), ownerTeamId: r.ownerTeamId }));
}

/**
 * Every service the given services call, directly (depth 1) or through others. The starting
 * services themselves are not listed.
 */
export function findTransitiveDependencies(db: DbTx, serviceIds: readonly string[], opts: GraphWalkOptions = {}): Promise<GraphNode[]> {
  return walk(db, serviceIds, 'dependencies', opts);
}

/**
 * Every service that calls the given services, directly (depth 1) or through others: what
 * may break when they do. The starting services themselves are not listed.
 */
export function findTransitiveDependents(db: DbTx, serviceIds: readonly string[], opts: GraphWalkOptions = {}): Promise<GraphNode[]> {
  return walk(db, serviceIds, 'dependents', opts);
}
