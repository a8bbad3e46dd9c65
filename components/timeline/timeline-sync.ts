'use client';
// Keeps the cached timeline in step with the server. The cache (TanStack Query, key
// incidentKeys.timeline) holds a TimelineState; everything that learns of entries merges into
// it by id and version, so arrivals may come twice or out of order without harm.
import type { QueryClient } from '@tanstack/react-query';
import { incidentKeys } from '@/components/incidents/query-keys';
import { ApiError, apiFetch, incidentPath } from '@/lib/client/api-client';
import { coalescingRunner } from '@/lib/kernel/coalescing-runner';
import { mergeEntries, type TimelineState } from '@/lib/realtime/timeline-state';
import type { TimelineEntryOutput, TimelineHistoryOutput, TimelineListOutput } from '@/lib/timeline/schemas';

export function mergeIntoCache(qc: QueryClient, incidentId: string, entries: TimelineEntryOutput[], syncCursor?: string): void {
  qc.setQueryData<TimelineState>(incidentKeys.timeline(incidentId), (s) => (s ? mergeEntries(s, entries, syncCursor) : s));
}

/** The whole timeline, deleted entries as tombstones (for "show earlier" and as a last resort). */
export async function fetchWholeTimeline(incidentId: string): Promise<TimelineState> {
  const items: TimelineEntryOutput[] = [];
  let syncCursor: string | null = null;
  let cursor: string | null = null;
  for (let page = 0; page < 200; page++) {
    const qs = new URLSearchParams({ limit: '500', includeDeleted: 'true', ...(cursor ? { cursor } : {}) });
    const res: TimelineListOutput = await apiFetch(`${incidentPath(incidentId)}/timeline?${qs}`);
    items.push(...res.items);
    // The first page's sync point is the earliest: catching up from it may repeat, never miss.
    syncCursor ??= res.syncCursor;
    cursor = res.nextCursor;
    if (!cursor) break;
  }
  return mergeEntries({ items: [], syncCursor: syncCursor ?? '', hasEarlier: false }, items);
}

/**
 * Catch-up for one incident: fetches what changed since the cached sync cursor. Runs one at a
 * time; requests arriving meanwhile are folded into one more run. Entries named by live events
 * that the catch-up did not return (their transaction began before one already seen, so its
 * changedAt sorts earlier) are fetched one by one, so no notified change is ever skipped.
 */
export function createCatchUp(qc: QueryClient, incidentId: string): (entryId?: string) => Promise<void> {
  const expected = new Set<string>();

  async function fetchOne(entryId: string): Promise<void> {
    try {
      const h = await apiFetch<TimelineHistoryOutput>(`${incidentPath(incidentId)}/timeline/${entryId}/history`);
      mergeIntoCache(qc, incidentId, [h.current]);
    } catch (e) {
      // Deleted (or never visible): the next full load shows its tombstone.
      if (!(e instanceof ApiError && e.status === 404)) throw e;
    }
  }

  async function runOnce(): Promise<void> {
    const state = qc.getQueryData<TimelineState>(incidentKeys.timeline(incidentId));
    if (!state) return;
    const waiting = new Set(expected);
    const seen = new Set<string>();
    let cursor = state.syncCursor;
    for (let page = 0; page < 50; page++) {
      const res: TimelineListOutput = await apiFetch(`${incidentPath(incidentId)}/timeline?${new URLSearchParams({ after: cursor, limit: '500' })}`);
      mergeIntoCache(qc, incidentId, res.items, res.syncCursor);
      for (const e of res.items) seen.add(e.id);
      if (!res.nextCursor) break;
      cursor = res.nextCursor;
    }
    for (const id of seen) expected.delete(id);
    for (const id of waiting) {
      if (seen.has(id)) continue;
      expected.delete(id);
      await fetchOne(id);
    }
  }

  const runner = coalescingRunner(runOnce);
  return (entryId?: string) => {
    if (entryId) expected.add(entryId);
    return runner.run();
  };
}
