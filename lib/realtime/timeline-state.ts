// How a live page keeps its copy of a timeline: entries arrive from the first render, from
// catch-up answers (`?after=`) and from the browser's own posts, in any order and possibly
// twice. Merging by id and version makes every arrival idempotent: a stale copy never
// replaces a newer one, and a deletion is final. Pure, so the page and the tests agree.
import type { TimelineEntryOutput } from '../timeline/schemas.ts';

export interface TimelineState {
  /** In timeline order: occurredAt, then recordedAt, then id (as the server sorts). */
  items: TimelineEntryOutput[];
  /** Where the next catch-up starts (the server's syncCursor). */
  syncCursor: string;
  /** Earlier entries exist that the page has not loaded (a long timeline shows its end first). */
  hasEarlier: boolean;
}

export function compareEntries(a: Pick<TimelineEntryOutput, 'occurredAt' | 'recordedAt' | 'id'>, b: typeof a): number {
  return (
    Date.parse(a.occurredAt) - Date.parse(b.occurredAt) ||
    Date.parse(a.recordedAt) - Date.parse(b.recordedAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Whether `incoming` should replace `current` (same id). */
export function isNewer(current: TimelineEntryOutput, incoming: TimelineEntryOutput): boolean {
  if (current.deleted) return false;
  if (incoming.deleted) return true;
  if (incoming.version !== current.version) return incoming.version > current.version;
  // Highlighting does not bump the version; changedAt tells which copy is later.
  return Date.parse(incoming.changedAt) > Date.parse(current.changedAt);
}

export function mergeEntries(state: TimelineState, incoming: readonly TimelineEntryOutput[], syncCursor?: string): TimelineState {
  if (incoming.length === 0) return syncCursor && syncCursor !== state.syncCursor ? { ...state, syncCursor } : state;
  const byId = new Map(state.items.map((e) => [e.id, e]));
  let changed = false;
  for (const e of incoming) {
    const current = byId.get(e.id);
    if (!current || isNewer(current, e)) {
      byId.set(e.id, e);
      changed = true;
    }
  }
  const items = changed ? [...byId.values()].sort(compareEntries) : state.items;
  return { ...state, items, syncCursor: syncCursor ?? state.syncCursor };
}

/** The first page the server rendered: its last `keep` entries, the rest loaded on demand. */
export function initialTimelineState(all: readonly TimelineEntryOutput[], syncCursor: string, keep: number): TimelineState {
  const sorted = [...all].sort(compareEntries);
  return { items: sorted.slice(Math.max(0, sorted.length - keep)), syncCursor, hasEarlier: sorted.length > keep };
}
