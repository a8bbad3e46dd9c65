import { describe, expect, it } from 'vitest';
import { initialTimelineState, mergeEntries } from '@/lib/realtime/timeline-state';
import type { LiveEntryOutput, TimelineEntryOutput, TombstoneOutput } from '@/lib/timeline/schemas';

const uuid = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

function live(n: number, over: Partial<LiveEntryOutput> = {}): LiveEntryOutput {
  const t = `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`;
  return {
    id: uuid(n), incidentId: uuid(0), deleted: false, kind: 'note', body: `entry ${n}`, bodyHtml: `<p>entry ${n}</p>`, data: null,
    occurredAt: t, recordedAt: t, changedAt: t, author: { userId: null, label: 'a@x', name: null }, highlighted: false, version: 1, editedAt: null,
    ...over,
  };
}

function tomb(e: LiveEntryOutput): TombstoneOutput {
  return { id: e.id, incidentId: e.incidentId, deleted: true, kind: e.kind, occurredAt: e.occurredAt, recordedAt: e.recordedAt, changedAt: '2026-01-01T01:00:00.000Z', deletedAt: '2026-01-01T01:00:00.000Z', deletedReason: 'typo' };
}

const bodies = (items: TimelineEntryOutput[]) => items.map((e) => (e.deleted ? `deleted:${e.deletedReason}` : e.body));

describe('merging timeline entries', () => {
  it('keeps timeline order (when it happened), whatever order entries arrive in', () => {
    let s = initialTimelineState([live(5), live(1)], 'c0', 100);
    s = mergeEntries(s, [live(3, { recordedAt: '2026-01-01T00:10:00.000Z' })], 'c1');
    expect(bodies(s.items)).toEqual(['entry 1', 'entry 3', 'entry 5']);
    expect(s.syncCursor).toBe('c1');
  });

  it('applies a repeated or stale arrival at most once and never goes back to an older version', () => {
    const edited = live(2, { body: 'edited', version: 2, changedAt: '2026-01-01T00:30:00.000Z' });
    let s = initialTimelineState([live(2)], 'c0', 100);
    s = mergeEntries(s, [edited]);
    s = mergeEntries(s, [live(2)]); // a late copy of version 1
    s = mergeEntries(s, [edited]);
    expect(s.items).toHaveLength(1);
    expect(bodies(s.items)).toEqual(['edited']);
  });

  it('takes a later highlight of the same version, and a deletion is final', () => {
    let s = initialTimelineState([live(1)], 'c0', 100);
    s = mergeEntries(s, [live(1, { highlighted: true, changedAt: '2026-01-01T00:20:00.000Z' })]);
    expect(s.items[0]).toMatchObject({ highlighted: true });
    s = mergeEntries(s, [tomb(live(1))]);
    s = mergeEntries(s, [live(1, { version: 5, changedAt: '2026-01-01T02:00:00.000Z' })]);
    expect(bodies(s.items)).toEqual(['deleted:typo']);
  });

  it('shows the end of a long timeline first and says that earlier entries exist', () => {
    const s = initialTimelineState([1, 2, 3, 4, 5].map((n) => live(n)), 'c0', 2);
    expect(bodies(s.items)).toEqual(['entry 4', 'entry 5']);
    expect(s.hasEarlier).toBe(true);
  });

  it('returns the same state object when nothing changed (no needless re-render)', () => {
    const s = initialTimelineState([live(1)], 'c0', 100);
    expect(mergeEntries(s, [live(1)], 'c0').items).toBe(s.items);
  });
});
