'use client';
// One section in the editor: a Markdown textarea with a Preview tab (rendered on the server by
// the same pipeline readers get), autosave with a visible state, blameless-language hints as
// you type (never blocking), and the conflict panel when someone else saved the section.
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { previewMarkdownAction } from '@/lib/actions/markdown-preview';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/field';
import { findBlamefulPhrases } from '@/lib/postmortems/blameless';
import type { SectionOutput } from '@/lib/postmortems/schemas';
import { useSectionAutosave, type SaveState } from './use-section-autosave';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { Markdown } from '@/components/ui/markdown';


export function SectionEditor({
  incidentId,
  section,
  editable,
  onSaved,
  extra,
}: {
  incidentId: string;
  section: SectionOutput;
  editable: boolean;
  onSaved: (s: SectionOutput) => void;
  /** More controls under the section, given a way to replace its text (e.g. the timeline picker). */
  extra?: (setBody: (body: string) => void) => React.ReactNode;
}) {
  const presenter = useErrorPresenter();
  const t = useTranslations('postmortems');
  const auto = useSectionAutosave(incidentId, section, onSaved, editable);
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [preview, setPreview] = useState<{ html: string } | { error: string } | null>(null);
  const hints = useMemo(() => findBlamefulPhrases(auto.body), [auto.body]);
  const id = `section-${section.key}`;

  async function showPreview() {
    setTab('preview');
    setPreview(null);
    const res = await previewMarkdownAction({ body: auto.body });
    setPreview(res.ok ? { html: res.data } : { error: presenter.message(res.error) });
  }

  return (
    <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid={`editor-section-${section.key}`} aria-labelledby={`${id}-title`}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="text-lg font-semibold">{t(`sections.${section.key}`)}</h2>
        <div className="flex items-center gap-2">
          <SaveStatus state={auto.state} />
          <div role="tablist" aria-label={t(`sections.${section.key}`)} className="flex rounded-md ring-1 ring-slate-300">
            <button type="button" role="tab" aria-selected={tab === 'write'} onClick={() => setTab('write')} className={`px-2 py-1 text-xs ${tab === 'write' ? 'bg-slate-100 font-medium' : ''}`} data-testid={`section-write-${section.key}`}>
              {t('editor.write')}
            </button>
            <button type="button" role="tab" aria-selected={tab === 'preview'} onClick={() => void showPreview()} className={`px-2 py-1 text-xs ${tab === 'preview' ? 'bg-slate-100 font-medium' : ''}`} data-testid={`section-preview-${section.key}`}>
              {t('editor.preview')}
            </button>
          </div>
        </div>
      </div>

      {auto.theirs ? (
        <div role="alert" className="mb-3 rounded-lg bg-amber-50 p-3 ring-1 ring-amber-300" data-testid={`section-conflict-${section.key}`}>
          <h3 className="font-semibold text-amber-900">{t('editor.conflictTitle')}</h3>
          <p className="mt-1 text-sm text-amber-900">{t('conflict')}</p>
          <div className="mt-2 grid gap-2 md:grid-cols-2">
            <div>
              <p className="text-xs font-medium uppercase text-amber-800">{t('editor.theirs', { who: auto.theirs.updatedBy || '—' })}</p>
              <pre className="mt-1 max-h-60 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 text-sm ring-1 ring-amber-200" data-testid="section-conflict-theirs">{auto.theirs.body}</pre>
            </div>
            <div>
              <p className="text-xs font-medium uppercase text-amber-800">{t('editor.yours')}</p>
              <pre className="mt-1 max-h-60 overflow-auto whitespace-pre-wrap break-words rounded bg-white p-2 text-sm ring-1 ring-amber-200" data-testid="section-conflict-yours">{auto.body}</pre>
            </div>
          </div>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="secondary" onClick={auto.keepTheirs} data-testid="section-conflict-keep-theirs">{t('editor.keepTheirs')}</Button>
            <Button onClick={auto.putMineOnTop} data-testid="section-conflict-put-mine">{t('editor.putMineOnTop')}</Button>
          </div>
        </div>
      ) : null}

      {tab === 'write' ? (
        <>
          <label htmlFor={id} className="sr-only">{t(`sections.${section.key}`)}</label>
          <Textarea
            id={id}
            value={auto.body}
            onChange={(e) => auto.setBody(e.target.value)}
            onBlur={auto.saveNow}
            readOnly={!editable}
            rows={Math.min(20, Math.max(4, auto.body.split('\n').length + 1))}
            className="font-mono text-sm"
            aria-describedby={hints.length ? `${id}-hints` : undefined}
            data-testid={`section-input-${section.key}`}
          />
        </>
      ) : (
        <div className="min-h-16 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200" data-testid={`section-preview-body-${section.key}`}>
          {preview === null ? (
            <p className="text-sm text-slate-500">{t('editor.rendering')}</p>
          ) : 'error' in preview ? (
            <p role="alert" className="text-sm text-red-700">{preview.error}</p>
          ) : auto.body.trim() ? (
            // Rendered by renderMarkdown() on the server: raw HTML off, then sanitised.
            <Markdown html={preview.html} className="text-slate-800" />
          ) : (
            <p className="text-sm italic text-slate-500">{t('page.empty')}</p>
          )}
        </div>
      )}

      {auto.error ? <p role="alert" className="mt-2 text-sm text-red-700" data-testid={`section-error-${section.key}`}>{auto.error}</p> : null}

      {hints.length ? (
        <ul id={`${id}-hints`} className="mt-2 flex flex-col gap-1 rounded-md bg-sky-50 p-2 text-sm text-sky-900 ring-1 ring-sky-200" aria-label={t('blameless.title')} data-testid={`section-hints-${section.key}`}>
          {hints.map((h) => (
            <li key={`${h.start}-${h.rule}`}>
              <span className="font-medium">“{h.phrase}”</span>: {t(h.suggestionKey as 'blameless.fault')}
            </li>
          ))}
        </ul>
      ) : null}
      {extra ? extra(auto.setBody) : null}
    </section>
  );
}

export function SaveStatus({ state }: { state: SaveState }) {
  const t = useTranslations('postmortems.editor.saveState');
  const tone = state === 'saved' ? 'text-emerald-700' : state === 'offline' || state === 'conflict' || state === 'error' ? 'text-amber-700' : 'text-slate-500';
  return (
    <span role="status" aria-live="polite" className={`text-xs ${tone}`} data-testid="save-state" data-state={state}>
      {t(state)}
    </span>
  );
}
