import { describe, expect, it } from 'vitest';
import { buildFacets, mergeResults, type Candidate } from '@/lib/search/merge-results';

const c = (over: Partial<Candidate> & Pick<Candidate, 'type' | 'id' | 'score'>): Candidate => ({ status: 'active', services: [], categories: [], at: 0, ...over });

describe('mergeResults', () => {
  it('puts a known issue before an incident or postmortem that matches as well', () => {
    const { page } = mergeResults(
      [c({ type: 'incident', id: 'i', score: 3, status: 'resolved' }), c({ type: 'postmortem', id: 'p', score: 3, status: 'published' }), c({ type: 'known_issue', id: 'k', score: 3 })],
      {},
      { offset: 0, limit: 10 },
    );
    expect(page.map((p) => p.id)).toEqual(['k', 'p', 'i']);
  });

  it('lets a much better incident outrank a weak known issue', () => {
    const { page } = mergeResults([c({ type: 'known_issue', id: 'k', score: 0.2 }), c({ type: 'incident', id: 'i', score: 4, status: 'resolved' })], {}, { offset: 0, limit: 10 });
    expect(page.map((p) => p.id)).toEqual(['i', 'k']);
  });

  it('pages with an offset and says where the next page starts', () => {
    const all = [1, 2, 3, 4, 5].map((n) => c({ type: 'incident', id: `i${n}`, score: n, status: 'closed' }));
    const first = mergeResults(all, {}, { offset: 0, limit: 2 });
    expect(first.page.map((p) => p.id)).toEqual(['i5', 'i4']);
    expect(first.nextOffset).toBe(2);
    expect(first.total).toBe(5);
    const last = mergeResults(all, {}, { offset: 4, limit: 2 });
    expect(last.page.map((p) => p.id)).toEqual(['i1']);
    expect(last.nextOffset).toBeNull();
  });

  it('applies every filter to the items', () => {
    const all = [
      c({ type: 'incident', id: 'a', score: 1, status: 'resolved', services: ['crm'], categories: ['dns'] }),
      c({ type: 'incident', id: 'b', score: 1, status: 'closed', services: ['crm'], categories: [] }),
      c({ type: 'known_issue', id: 'k', score: 1, services: ['pay'] }),
    ];
    expect(mergeResults(all, { service: 'crm', category: 'dns' }, { offset: 0, limit: 10 }).page.map((p) => p.id)).toEqual(['a']);
    expect(mergeResults(all, { type: 'known_issue' }, { offset: 0, limit: 10 }).page.map((p) => p.id)).toEqual(['k']);
    expect(mergeResults(all, { status: 'closed' }, { offset: 0, limit: 10 }).total).toBe(1);
  });
});

describe('buildFacets', () => {
  const all = [
    c({ type: 'incident', id: 'a', score: 1, status: 'resolved', services: ['crm', 'orders'], categories: ['dns', 'dns'] }),
    c({ type: 'postmortem', id: 'p', score: 1, status: 'published', services: ['crm'], categories: ['dns'] }),
    c({ type: 'known_issue', id: 'k', score: 1, services: ['pay'] }),
  ];

  it('counts each value once per result', () => {
    expect(buildFacets(all, {})).toEqual({
      type: { incident: 1, postmortem: 1, known_issue: 1 },
      service: { crm: 2, orders: 1, pay: 1 },
      status: { resolved: 1, published: 1, active: 1 },
      category: { dns: 2 },
    });
  });

  it('counts each facet without its own filter, but with the others', () => {
    const f = buildFacets(all, { type: 'incident', service: 'crm' });
    expect(f.type).toEqual({ incident: 1, postmortem: 1 });
    expect(f.service).toEqual({ crm: 1, orders: 1 });
    expect(f.status).toEqual({ resolved: 1 });
  });
});
