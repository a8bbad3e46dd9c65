// The graph walk that the service page, change notices ("blast radius") and subscriptions
// rely on: shortest depth per service, both directions, depth limit, and termination even
// when a loop was written to the table by hand.
import { describe, expect, it } from 'vitest';
import { findTransitiveDependencies, findTransitiveDependents } from '@/lib/services/dependency-graph';
import { testDb, uniqueId } from '../../support/db.ts';

const db = testDb();

/** Creates services named by the keys and edges "x calls y"; returns slug → id. */
async function graph(names: string[], edges: [string, string][]): Promise<Record<string, { id: string; slug: string }>> {
  const out: Record<string, { id: string; slug: string }> = {};
  for (const n of names) {
    const slug = uniqueId(n);
    out[n] = await db.service.create({ data: { slug, name: n.toUpperCase() }, select: { id: true, slug: true } });
  }
  await db.serviceDependency.createMany({ data: edges.map(([from, to]) => ({ serviceId: out[from]!.id, dependsOnId: out[to]!.id })) });
  return out;
}

const brief = (nodes: { slug: string; depth: number }[], g: Record<string, { slug: string }>) => {
  const nameOf = new Map(Object.entries(g).map(([k, v]) => [v.slug, k]));
  return nodes.map((n) => [nameOf.get(n.slug), n.depth]);
};

describe('dependency graph', () => {
  it('finds the dependents of c over a → b → c: b at depth 1 and a at depth 2', async () => {
    const g = await graph(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]);
    const dependents = await findTransitiveDependents(db, [g.c!.id]);
    expect(brief(dependents, g)).toEqual([['b', 1], ['a', 2]]);
    expect(dependents[0]).toMatchObject({ id: g.b!.id, name: 'B', ownerTeamId: null });
    expect(brief(await findTransitiveDependencies(db, [g.a!.id]), g)).toEqual([['b', 1], ['c', 2]]);
  });

  it('reports each service once, at its shortest depth, in a diamond', async () => {
    // top calls left and right; both call bottom; top also calls bottom directly.
    const g = await graph(['top', 'left', 'right', 'bottom'], [['top', 'left'], ['top', 'right'], ['left', 'bottom'], ['right', 'bottom'], ['top', 'bottom']]);
    const deps = await findTransitiveDependencies(db, [g.top!.id]);
    expect(deps).toHaveLength(3);
    expect(deps.find((d) => d.id === g.bottom!.id)?.depth).toBe(1);
    const up = await findTransitiveDependents(db, [g.bottom!.id]);
    expect(up.find((d) => d.id === g.top!.id)?.depth).toBe(1);
  });

  it('leaves out the starting services when walking from several at once', async () => {
    const g = await graph(['x', 'y', 'z'], [['x', 'y'], ['y', 'z']]);
    expect(brief(await findTransitiveDependents(db, [g.y!.id, g.z!.id]), g)).toEqual([['x', 1]]);
    expect(await findTransitiveDependents(db, [])).toEqual([]);
  });

  it('stops at the depth limit', async () => {
    const g = await graph(['p', 'q', 'r', 's'], [['p', 'q'], ['q', 'r'], ['r', 's']]);
    expect(brief(await findTransitiveDependents(db, [g.s!.id], { maxDepth: 2 }), g)).toEqual([['r', 1], ['q', 2]]);
  });

  it('terminates on a loop written directly to the table', async () => {
    const g = await graph(['m', 'n', 'o'], [['m', 'n'], ['n', 'o'], ['o', 'm']]);
    expect(brief(await findTransitiveDependencies(db, [g.m!.id]), g)).toEqual([['n', 1], ['o', 2]]);
    expect(brief(await findTransitiveDependents(db, [g.m!.id]), g)).toEqual([['o', 1], ['n', 2]]);
  });
});
