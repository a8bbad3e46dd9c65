'use client';
// "Declare incident" on every page, for responders and admins: a header button, the `d` key
// (when not typing in a field) and Ctrl/⌘+Shift+D (which works even while typing).
//
// The dialog (the declare form, its zod schema, "seen before") is not in the page's first
// JavaScript: it is every page's header, and most visits never declare. It loads when the
// browser is idle after the page, so it is ready by the time anyone presses `d`
// (docs/performance.md).
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useState } from 'react';
import type { Severity } from '@/lib/incidents/schemas';

const loadDialog = () => import('@/components/incidents/declare-incident-dialog');
const DeclareIncidentDialog = dynamic(() => loadDialog().then((m) => m.DeclareIncidentDialog), { ssr: false });

function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

export function DeclareIncidentShortcut({ descriptions }: { descriptions: Record<Severity, string> }) {
  const t = useTranslations('incidents.declare');
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so that closing keeps what was typed.
  const [used, setUsed] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const show = useCallback(() => {
    setUsed(true);
    setOpen(true);
  }, []);

  useEffect(() => {
    const preload = () => void loadDialog();
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(preload, { timeout: 3000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(preload, 1000);
    return () => window.clearTimeout(id);
  }, []);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.repeat || e.isComposing) return;
      const chord = (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'd';
      const plain = e.key === 'd' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingIn(e.target) && !document.querySelector('dialog[open]');
      if (chord || plain) {
        e.preventDefault();
        show();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [show]);

  return (
    <>
      <button
        type="button"
        onClick={show}
        className="inline-flex items-center gap-2 rounded-md bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
        aria-keyshortcuts="d Control+Shift+D Meta+Shift+D"
        title={t('shortcutHint')}
        data-testid="declare-incident-open"
      >
        {t('button')}
        <kbd className="hidden rounded bg-red-700 px-1 text-xs font-normal sm:inline">D</kbd>
      </button>
      {used ? <DeclareIncidentDialog open={open} onClose={close} descriptions={descriptions} /> : null}
    </>
  );
}
