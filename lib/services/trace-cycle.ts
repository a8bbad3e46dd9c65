// Explains a dependency cycle. Before service S may depend on D, the writer walks S's
// transitive dependents (services that reach S, each with its shortest distance to S). If D
// is one of them, S → D closes a loop, and this traces the shortest way back from D to S.
// Pure, so that the explanation people read is unit-tested.

export interface TraceCycleInput {
  start: { id: string; slug: string };
  candidateId: string;
  /** Every service that reaches `start`, with its shortest distance to it (direct = 1). */
  reach: ReadonlyMap<string, { slug: string; depth: number }>;
  /** Edges `from` calls `to`, among the services in `reach` (and into `start`). */
  edges: ReadonlyArray<{ from: string; to: string }>;
}

/** The slugs of the loop, e.g. ['a', 'b', 'a'], or null when the candidate closes none. */
export function traceCycle({ start, candidateId, reach, edges }: TraceCycleInput): string[] | null {
  if (candidateId === start.id) return [start.slug, start.slug];
  const first = reach.get(candidateId);
  if (!first) return null;
  const out = new Map<string, string[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);

  const path = [start.slug, first.slug];
  let current = candidateId;
  let depth = first.depth;
  while (depth > 1) {
    // A neighbour one step closer to `start` always exists when depths are shortest
    // distances; pick the alphabetically first for a stable message.
    const next = (out.get(current) ?? [])
      .flatMap((id) => {
        const node = reach.get(id);
        return node && node.depth === depth - 1 ? [{ id, node }] : [];
      })
      .sort((a, b) => (a.node.slug < b.node.slug ? -1 : 1))[0];
    if (!next) return null;
    path.push(next.node.slug);
    current = next.id;
    depth = next.node.depth;
  }
  path.push(start.slug);
  return path;
}
