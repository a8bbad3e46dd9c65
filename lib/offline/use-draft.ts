'use client';
// A form's unsent text, kept in localStorage (./drafts.ts) under `key` as it is typed and
// restored after a reload. The saved draft is read only once the page is hydrated, so the
// server's HTML and the first client render agree.
import { useState, useSyncExternalStore } from 'react';
import { clearDraft, loadDraft, saveDraft } from './drafts.ts';

const never = () => () => {};

export function useDraft<T extends object>(key: string, empty: T): [T, (next: T) => void, (next?: T) => void] {
  const hydrated = useSyncExternalStore(never, () => true, () => false);
  const [state, setState] = useState<{ key: string | null; value: T }>({ key: null, value: empty });
  let value = state.value;
  if (hydrated && state.key !== key) {
    const saved = loadDraft<Partial<T>>(key);
    value = saved ? { ...empty, ...saved } : empty;
    // Deriving state from a changed input during render is React's documented pattern.
    setState({ key, value });
  }
  const set = (next: T) => {
    setState({ key, value: next });
    saveDraft(key, next);
  };
  const reset = (next: T = empty) => {
    setState({ key, value: next });
    clearDraft(key);
  };
  return [value, set, reset];
}
