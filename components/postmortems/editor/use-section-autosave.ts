'use client';
// One postmortem section as it is typed: saved ~1.5 s after the last keystroke with the
// version it was based on, and kept in localStorage (lib/offline/drafts.ts) until the server
// has it, so a reload, a crash or a dead network never loses text.
//
// States the writer sees: saved, saving, unsaved (waiting for the debounce), offline (kept
// locally, retried), conflict (someone else saved this section: a 409 with their text; the
// writer chooses, nothing is retried silently) and error (the server refused; its message).
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, apiFetch, isNetworkError } from '@/lib/client/api-client';
import { clearDraft, draftKey, loadDraft, saveDraft } from '@/lib/offline/drafts';
import type { SectionOutput } from '@/lib/postmortems/schemas';
import { sectionPath } from './api';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export const AUTOSAVE_DELAY_MS = 1500;
const RETRY_MS = 10_000;

export type SaveState = 'saved' | 'dirty' | 'saving' | 'offline' | 'conflict' | 'error';

interface Draft {
  body: string;
  baseVersion: number;
}

export interface SectionAutosave {
  body: string;
  setBody: (body: string) => void;
  state: SaveState;
  error: string | null;
  /** Their section, when a save met a newer version. */
  theirs: SectionOutput | null;
  keepTheirs: () => void;
  putMineOnTop: () => void;
  saveNow: () => void;
}

/**
 * `initial` is the section as the page holds it: its first value starts the editor, and a newer
 * version arriving later (someone else saved, seen live) replaces the text only while this
 * writer has nothing unsaved.
 */
export function useSectionAutosave(incidentId: string, initial: SectionOutput, onSaved: (s: SectionOutput) => void, enabled: boolean): SectionAutosave {
  const key = draftKey(incidentId, `postmortem:${initial.key}`);
  const presenter = useErrorPresenter();
  const [body, setBodyState] = useState(initial.body);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<SectionOutput | null>(null);
  const version = useRef(initial.version);
  const saved = useRef(initial.body);
  const latest = useRef(initial.body);
  const inFlight = useRef(false);
  // Set while a conflict waits for the writer's choice: nothing is saved meanwhile.
  const inConflict = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  // The save to run when a timer fires: always the latest one (it re-schedules itself).
  const saveRef = useRef<() => Promise<void>>(async () => {});
  const schedule = useCallback((ms: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), ms);
  }, []);

  const save = useCallback(async (): Promise<void> => {
    if (!enabled || inConflict.current) return;
    // One save at a time; text typed meanwhile is sent when this one answers (below).
    if (inFlight.current) return;
    const sending = latest.current;
    if (sending === saved.current) {
      setState('saved');
      clearDraft(key);
      return;
    }
    inFlight.current = true;
    setState('saving');
    setError(null);
    try {
      const out = await apiFetch<SectionOutput>(sectionPath(incidentId, initial.key), { method: 'PUT', body: { version: version.current, body: sending } });
      version.current = out.version;
      saved.current = out.body;
      onSavedRef.current(out);
      inFlight.current = false;
      if (latest.current === sending) {
        clearDraft(key);
        setState('saved');
      } else {
        saveDraft(key, { body: latest.current, baseVersion: version.current } satisfies Draft);
        setState('dirty');
        schedule(AUTOSAVE_DELAY_MS);
      }
    } catch (e) {
      inFlight.current = false;
      if (e instanceof ApiError && e.status === 409 && e.details.current) {
        inConflict.current = true;
        setTheirs(e.details.current as SectionOutput);
        setState('conflict');
      } else if (isNetworkError(e) || (e instanceof ApiError && e.status >= 502)) {
        setState('offline');
        schedule(RETRY_MS);
      } else {
        setError(presenter.message(e));
        setState('error');
      }
    }
  }, [enabled, incidentId, initial.key, key, schedule, presenter]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // A draft left by an earlier visit: restored and saved (same base version), or shown as a
  // conflict (the section moved on meanwhile). Read after hydration, in an effect.
  useEffect(() => {
    const draft = loadDraft<Draft>(key);
    if (!draft || draft.body === initial.body) {
      if (draft) clearDraft(key);
      return;
    }
    latest.current = draft.body;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring browser-only state once after hydration
    setBodyState(draft.body);
    if (draft.baseVersion === initial.version) {
      setState('dirty');
      schedule(AUTOSAVE_DELAY_MS);
    } else {
      inConflict.current = true;
      setTheirs(initial);
      setState('conflict');
    }
    // Only once per section, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Someone else's newer version, seen live: adopted when nothing of ours is pending.
  useEffect(() => {
    if (initial.version <= version.current || inFlight.current || inConflict.current || latest.current !== saved.current) return;
    version.current = initial.version;
    saved.current = initial.body;
    latest.current = initial.body;
    setBodyState(initial.body);
  }, [initial]);

  useEffect(() => {
    const online = () => {
      if (latest.current !== saved.current) void save();
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [save]);

  const setBody = useCallback(
    (next: string) => {
      latest.current = next;
      setBodyState(next);
      saveDraft(key, { body: next, baseVersion: version.current } satisfies Draft);
      setState((s) => (s === 'conflict' ? s : 'dirty'));
      if (!theirs) schedule(AUTOSAVE_DELAY_MS);
    },
    [key, schedule, theirs],
  );

  const keepTheirs = useCallback(() => {
    if (!theirs) return;
    version.current = theirs.version;
    saved.current = theirs.body;
    latest.current = theirs.body;
    setBodyState(theirs.body);
    onSavedRef.current(theirs);
    inConflict.current = false;
    setTheirs(null);
    clearDraft(key);
    setState('saved');
  }, [key, theirs]);

  const putMineOnTop = useCallback(() => {
    if (!theirs) return;
    version.current = theirs.version;
    saved.current = theirs.body;
    inConflict.current = false;
    setTheirs(null);
    void save();
  }, [save, theirs]);

  const saveNow = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    void save();
  }, [save]);

  return { body, setBody, state, error, theirs, keepTheirs, putMineOnTop, saveNow };
}
