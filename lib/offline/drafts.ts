// Unsent text in a composer, kept in localStorage per incident and composer, so that a reload,
// a crash or a closed tab never loses what someone was typing. Storage may be unavailable
// (private mode, quota): then drafts simply are not kept.

const prefix = 'firebreak:draft:';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function draftKey(incidentId: string, composer: string): string {
  return `${prefix}${incidentId}:${composer}`;
}

export function loadDraft<T>(key: string): T | null {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function saveDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    /* quota or private mode: nothing more we can do */
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* see saveDraft */
  }
}
