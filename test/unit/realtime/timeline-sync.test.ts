// The browser's catch-up after live events: fetches only what changed since its cursor, and
// never skips an entry a live event named, even when that entry's change sorts before the
// cursor (its transaction started earlier but committed later).
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { incidentKeys } from '@/components/incidents/query-keys';
import { createCatchUp } from '@/components/timeline/timeline-sync';
import type { TimelineState } from '@/lib/realtime/timeline-state';
import type { LiveEntryOutput } from '@/lib/timeline/schemas';

const INC = '00000000-0000-0000-0000-0000000000aa';
const id = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;
function entry(n: number): LiveEntryOutput {
  const t = `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`;
  return { id: id(n), incidentId: INC, deleted: false, kind: 'note', body: `e${n}`, bodyHtml: '', data: null, occurredAt: t, recordedAt: t, changedAt: t, author: { userId: null, label: 'x', name: null }, highlighted: false, version: 1, editedAt: null };
}

/** A fake API: catch-up pages by cursor, and single entries by id (the history endpoint). */
function fakeApi(pages: Record<string, { items: LiveEntryOutput[]; syncCursor: string }>, single: Record<string, LiveEntryOutput> = {}) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    const after = new URL(url, 'http://x').searchParams.get('after');
    const history = /timeline\/([^/]+)\/history$/.exec(url);
    if (history) {
      const e = single[history[1]!];
      return new Response(JSON.stringify(e ? { current: e, revisions: [] } : { error: { code: 'not_found', message: 'gone' } }), { status: e ? 200 : 404 });
    }
    const page = pages[after ?? ''] ?? { items: [], syncCursor: after ?? '' };
    return new Response(JSON.stringify({ ...page, nextCursor: null }), { status: 200 });
  });
  return calls;
}

function cache(cursor: string) {
  const qc = new QueryClient();
  qc.setQueryData<TimelineState>(incidentKeys.timeline(INC), { items: [entry(1)], syncCursor: cursor, hasEarlier: false });
  const state = () => qc.getQueryData<TimelineState>(incidentKeys.timeline(INC))!;
  return { qc, state };
}

afterEach(() => vi.unstubAllGlobals());

describe('timeline catch-up', () => {
  it('fetches what changed after the cursor and moves the cursor on', async () => {
    const calls = fakeApi({ c0: { items: [entry(2), entry(3)], syncCursor: 'c1' } });
    const { qc, state } = cache('c0');
    await createCatchUp(qc, INC)(id(3));
    expect(state().items.map((e) => e.id)).toEqual([id(1), id(2), id(3)]);
    expect(state().syncCursor).toBe('c1');
    expect(calls).toHaveLength(1);
  });

  it('fetches an entry named by a live event that the catch-up did not return', async () => {
    const calls = fakeApi({ c0: { items: [], syncCursor: 'c0' } }, { [id(7)]: entry(7) });
    const { qc, state } = cache('c0');
    await createCatchUp(qc, INC)(id(7));
    expect(state().items.map((e) => e.id)).toContain(id(7));
    expect(calls.some((u) => u.endsWith(`/timeline/${id(7)}/history`))).toBe(true);
  });

  it('folds events arriving during a run into one more run, without refetching what it already got', async () => {
    const calls = fakeApi({ c0: { items: [entry(2), entry(3)], syncCursor: 'c1' } });
    const { qc, state } = cache('c0');
    const catchUp = createCatchUp(qc, INC);
    const first = catchUp(id(2));
    const second = catchUp(id(3)); // arrives while the first is in flight
    await Promise.all([first, second]);
    expect(state().items).toHaveLength(3);
    expect(calls.filter((u) => u.includes('/history'))).toEqual([]);
    expect(calls.filter((u) => u.includes('after='))).toHaveLength(2);
  });
});
