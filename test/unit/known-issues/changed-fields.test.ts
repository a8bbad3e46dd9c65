import { describe, expect, it } from 'vitest';
import { changedFields } from '@/components/known-issues/changed-fields';
import type { KnownIssueOutput } from '@/lib/known-issues/schemas';

const base: KnownIssueOutput = {
  id: '6f1c2a8e-0000-4000-8000-000000000001', title: 'a', symptoms: '', errorSignatures: ['x'], cause: '', workaround: '', resolution: '',
  status: 'active', tags: [], services: [{ slug: 'b', name: 'B' }, { slug: 'a', name: 'A' }], ownerTeam: null, author: null, incidents: [],
  lastReviewedAt: '2026-01-01T00:00:00.000Z', version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('changedFields', () => {
  it('names the form fields another edit changed, ignoring service order and bookkeeping', () => {
    const after: KnownIssueOutput = {
      ...base, workaround: 'restart', errorSignatures: ['x', 'y'], services: [{ slug: 'a', name: 'A' }, { slug: 'b', name: 'B' }],
      ownerTeam: { slug: 'sre', name: 'SRE' }, version: 2, updatedAt: '2026-01-02T00:00:00.000Z',
    };
    expect(changedFields(base, after)).toEqual(['errorSignatures', 'workaround', 'ownerTeam']);
  });
});
