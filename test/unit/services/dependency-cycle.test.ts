import { describe, expect, it } from 'vitest';
import {
  dependencyCycleIssue,
  formatCyclePath,
  isCatalogueIssue,
  selfDependencyIssue,
  unknownServiceIssue,
  unknownTeamIssue,
} from '@/lib/services/dependency-issues';
import { traceCycle } from '@/lib/services/trace-cycle';

describe('cycle explanations', () => {
  it('formats a loop as arrows', () => {
    expect(formatCyclePath(['a', 'b', 'a'])).toBe('a → b → a');
  });

  it('names the field and keeps params for translation', () => {
    expect(unknownServiceIssue(1, 'xyz')).toEqual({ path: 'dependsOn.1', message: "Unknown service 'xyz'", code: 'unknown_service', params: { slug: 'xyz' } });
    expect(unknownTeamIssue('ops')).toMatchObject({ path: 'ownerTeam', message: "Unknown team 'ops'" });
    expect(selfDependencyIssue(0, 'a').path).toBe('dependsOn.0');
    const cycle = dependencyCycleIssue(2, ['a', 'b', 'a']);
    expect(cycle).toMatchObject({ path: 'dependsOn.2', message: 'This would create a dependency cycle: a → b → a', params: { cycle: 'a → b → a' } });
    expect(isCatalogueIssue(cycle)).toBe(true);
    expect(isCatalogueIssue({ path: 'x', message: 'y', code: 'too_small' })).toBe(false);
  });
});

describe('traceCycle', () => {
  // c is being saved; b calls c, a calls b, d calls a and c.
  const start = { id: 'C', slug: 'c' };
  const reach = new Map([
    ['B', { slug: 'b', depth: 1 }],
    ['D', { slug: 'd', depth: 1 }],
    ['A', { slug: 'a', depth: 2 }],
  ]);
  const edges = [
    { from: 'B', to: 'C' },
    { from: 'A', to: 'B' },
    { from: 'D', to: 'A' },
    { from: 'D', to: 'C' },
  ];

  it('traces the shortest way back to the service being saved', () => {
    expect(traceCycle({ start, candidateId: 'A', reach, edges })).toEqual(['c', 'a', 'b', 'c']);
    expect(traceCycle({ start, candidateId: 'D', reach, edges })).toEqual(['c', 'd', 'c']);
    expect(traceCycle({ start, candidateId: 'B', reach, edges })).toEqual(['c', 'b', 'c']);
  });

  it('finds no loop for a service that does not reach it', () => {
    expect(traceCycle({ start, candidateId: 'E', reach, edges })).toBeNull();
  });

  it('treats depending on itself as the shortest loop', () => {
    expect(traceCycle({ start, candidateId: 'C', reach, edges })).toEqual(['c', 'c']);
  });

  it('picks the alphabetically first of equally short ways, for a stable message', () => {
    const r = new Map([
      ['Z', { slug: 'z', depth: 1 }],
      ['Y', { slug: 'y', depth: 1 }],
      ['X', { slug: 'x', depth: 2 }],
    ]);
    const e = [{ from: 'X', to: 'Z' }, { from: 'X', to: 'Y' }, { from: 'Z', to: 'C' }, { from: 'Y', to: 'C' }];
    expect(traceCycle({ start, candidateId: 'X', reach: r, edges: e })).toEqual(['c', 'x', 'y', 'c']);
  });
});
