'use client';
// "Declare incident" on every page, for responders and admins: a header button, the `d` key
// (when not typing in a field) and Ctrl/⌘+Shift+D (which works even while typing).
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { DeclareIncidentDialog } from '@/components/incidents/declare-incident-dialog';
import type { Severity } from '@/lib/incidents/schemas';

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
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.repeat || e.isComposing) return;
      const chord = (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'd';
      const plain = e.key === 'd' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTypingIn(e.target) && !document.querySelector('dialog[open]');
      if (chord || plain) {
        e.preventDefault();
        setOpen(true);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="inline-flex items-center gap-2 rounded-md bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
        aria-keyshortcuts="d Control+Shift+D Meta+Shift+D"
        title={t('shortcutHint')}
        data-testid="declare-incident-open"
      >
        {t('button')}
        <kbd className="hidden rounded bg-red-700 px-1 text-xs font-normal sm:inline">D</kbd>
      </button>
      <DeclareIncidentDialog open={open} onClose={close} descriptions={descriptions} />
    </>
  );
}
