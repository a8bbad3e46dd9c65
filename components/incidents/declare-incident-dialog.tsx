'use client';
// The declare form as a modal dialog, openable from any page. The native <dialog> gives focus
// trapping, Escape to close and the backdrop for free, on phones too.
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { Severity } from '@/lib/incidents/schemas';
import { DeclareIncidentForm } from './declare-incident-form';

export function DeclareIncidentDialog({ open, onClose, descriptions }: { open: boolean; onClose: () => void; descriptions: Record<Severity, string> }) {
  const t = useTranslations('incidents.declare');
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      // showModal focuses the first control (the close button); typing the title comes first.
      d.querySelector<HTMLInputElement>('input[data-testid="declare-title"]')?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="declare-dialog-title"
      className="m-auto max-h-[90vh] w-full max-w-4xl rounded-lg bg-white p-0 text-slate-900 backdrop:bg-slate-900/50 max-sm:m-0 max-sm:max-h-none max-sm:min-h-dvh max-sm:max-w-none max-sm:rounded-none"
      data-testid="declare-dialog"
    >
      {open ? (
        <div className="p-4 sm:p-6">
          <div className="mb-4 flex items-start justify-between gap-2">
            <h2 id="declare-dialog-title" className="text-lg font-semibold">
              {t('title')}
            </h2>
            <button type="button" onClick={onClose} className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100" aria-label={t('close')}>
              ✕
            </button>
          </div>
          <DeclareIncidentForm descriptions={descriptions} idPrefix="declare-dialog" onDeclared={onClose} />
        </div>
      ) : null}
    </dialog>
  );
}
