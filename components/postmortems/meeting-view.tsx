'use client';
// The review meeting's screen: one section at a time in large type (for a shared screen),
// previous / next buttons and the ← → keys, the section list on the side with open-comment
// counts, the inline comments of the shown section (add, resolve), and the meeting record
// (date, attendees, notes). Viewers read; responders write.
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { fromLocalInputValue, toLocalInputValue } from '@/components/incidents/datetime-input';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, Input, Textarea } from '@/components/ui/field';
import type { CommentListOutput, CommentOutput, MeetingOutput } from '@/lib/postmortems/review-schemas';
import type { SectionKey } from '@/lib/postmortems/template';
import { commentsPath, pmPath } from './editor/api';
import { usePostmortemLive } from './editor/use-postmortem-live';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { Markdown } from '@/components/ui/markdown';

export interface MeetingSection {
  key: SectionKey;
  html: string;
  empty: boolean;
}

const never = () => () => {};

export function MeetingView({
  incidentId,
  reference,
  sections,
  initialComments,
  initialMeeting,
  initialIndex,
  canWrite,
}: {
  incidentId: string;
  reference: string;
  sections: MeetingSection[];
  initialComments: CommentOutput[];
  initialMeeting: MeetingOutput | null;
  initialIndex: number;
  canWrite: boolean;
}) {
  const presenter = useErrorPresenter();
  const t = useTranslations('postmortems');
  const tm = useTranslations('postmortems.meeting');
  const format = useFormatter();
  const [index, setIndex] = useState(initialIndex);
  const [comments, setComments] = useState(initialComments);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const current = sections[index]!;
  const router = useRouter();
  // Others' comments and section edits arrive live: the sections are re-rendered on the server
  // (router.refresh), the comments refetched.
  usePostmortemLive(incidentId, {
    postmortem: () => {
      router.refresh();
      void apiFetch<CommentListOutput>(commentsPath(incidentId)).then((c) => setComments(c.items), () => undefined);
    },
    analysis: () => undefined,
  });

  const go = useCallback(
    (next: number) => {
      const i = Math.max(0, Math.min(sections.length - 1, next));
      setIndex(i);
      window.history.replaceState(null, '', `?section=${sections[i]!.key}`);
    },
    [sections],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.isContentEditable)) return;
      if (e.key === 'ArrowRight') go(index + 1);
      if (e.key === 'ArrowLeft') go(index - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index]);

  async function addComment(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    try {
      const c = await apiFetch<CommentOutput>(commentsPath(incidentId), { method: 'POST', body: { section: current.key, body: draft } });
      setComments([...comments, c]);
      setDraft('');
    } catch (err) {
      setMessage(presenter.message(err));
    }
  }

  async function setResolved(c: CommentOutput, resolved: boolean) {
    setMessage(null);
    try {
      const out = await apiFetch<CommentOutput>(`${commentsPath(incidentId)}/${c.id}`, { method: 'PATCH', body: { resolved } });
      setComments(comments.map((x) => (x.id === out.id ? out : x)));
    } catch (err) {
      setMessage(presenter.message(err));
    }
  }

  const shown = comments.filter((c) => c.section === current.key);
  const openCount = (key: SectionKey) => comments.filter((c) => c.section === key && !c.resolvedAt).length;

  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr_20rem]" data-testid="meeting-view">
      <nav aria-label={tm('sectionList')} className="order-2 lg:order-1">
        <ol className="flex flex-col gap-1 text-sm">
          {sections.map((s, i) => (
            <li key={s.key}>
              <button type="button" onClick={() => go(i)} aria-current={i === index ? 'step' : undefined}
                className={`w-full rounded px-2 py-1 text-left ${i === index ? 'bg-brand-50 font-semibold text-brand-700' : 'hover:bg-slate-100'}`} data-testid={`meeting-nav-${s.key}`}>
                {t(`sections.${s.key}`)}
                {openCount(s.key) ? <span className="ml-1 rounded-full bg-amber-100 px-1.5 text-xs text-amber-900">{openCount(s.key)}</span> : null}
              </button>
            </li>
          ))}
        </ol>
        <Link href={`/incidents/${reference}/postmortem`} className={`${buttonClass('ghost')} mt-3`}>{tm('backToEditor')}</Link>
      </nav>

      <section className="order-1 min-w-0 lg:order-2" aria-live="polite" data-testid="meeting-section" data-section={current.key}>
        <p className="text-sm text-slate-500">{tm('position', { n: index + 1, total: sections.length })}</p>
        <h2 className="mt-1 text-3xl font-bold" data-testid="meeting-section-title">{t(`sections.${current.key}`)}</h2>
        <div className="mt-4 min-h-48 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          {current.empty ? (
            <p className="text-xl italic text-slate-500">{tm('empty')}</p>
          ) : (
            // Rendered on the server by renderMarkdown(): raw HTML off, then sanitised.
            <Markdown html={current.html} size="lg" className="text-xl leading-relaxed text-slate-900" />
          )}
        </div>
        <div className="mt-4 flex items-center justify-between gap-2">
          <Button variant="secondary" onClick={() => go(index - 1)} disabled={index === 0} data-testid="meeting-previous">← {tm('previous')}</Button>
          <span className="hidden text-xs text-slate-500 sm:inline">{tm('keyboardHint')}</span>
          <Button onClick={() => go(index + 1)} disabled={index === sections.length - 1} data-testid="meeting-next">{tm('next')} →</Button>
        </div>
      </section>

      <div className="order-3 flex flex-col gap-4">
        <Card title={tm('comments')}>
          {shown.length === 0 ? <p className="text-sm text-slate-500">{tm('noComments')}</p> : null}
          <ul className="flex flex-col gap-2" data-testid="meeting-comments">
            {shown.map((c) => (
              <li key={c.id} className={`rounded-md p-2 text-sm ring-1 ${c.resolvedAt ? 'bg-slate-50 text-slate-500 ring-slate-200' : 'bg-amber-50 ring-amber-200'}`} data-testid="meeting-comment" data-resolved={c.resolvedAt ? 'true' : 'false'}>
                <p className="whitespace-pre-wrap break-words">{c.body}</p>
                <p className="mt-1 text-xs text-slate-500">
                  {c.author.label} · {format.dateTime(new Date(c.createdAt), { dateStyle: 'short', timeStyle: 'short' })}
                  {c.resolvedAt ? ` · ${tm('resolved', { who: c.resolvedBy ?? '—' })}` : null}
                </p>
                {canWrite ? (
                  <button type="button" className="mt-1 text-xs text-brand-700 underline" onClick={() => void setResolved(c, !c.resolvedAt)} data-testid="meeting-comment-resolve">
                    {c.resolvedAt ? tm('unresolve') : tm('resolve')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {canWrite ? (
            <form onSubmit={addComment} className="mt-3 flex flex-col gap-2">
              <label htmlFor="meeting-comment" className="text-sm font-medium">{tm('commentLabel')}</label>
              <Textarea id="meeting-comment" rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} data-testid="meeting-comment-input" />
              <div><Button type="submit" disabled={!draft.trim()} data-testid="meeting-comment-add">{tm('addComment')}</Button></div>
            </form>
          ) : null}
          {message ? <p role="alert" className="mt-2 text-sm text-red-700">{message}</p> : null}
        </Card>
        <MeetingRecord incidentId={incidentId} initial={initialMeeting} canWrite={canWrite} />
      </div>
    </div>
  );
}

function MeetingRecord({ incidentId, initial, canWrite }: { incidentId: string; initial: MeetingOutput | null; canWrite: boolean }) {
  const presenter = useErrorPresenter();
  const tm = useTranslations('postmortems.meeting');
  const [version, setVersion] = useState(initial?.version ?? 0);
  // The local wall-clock time exists only in the browser: shown once hydrated, so the server's
  // HTML (in its own time zone) and the first client render agree.
  const hydrated = useSyncExternalStore(never, () => true, () => false);
  const [edited, setHeldAt] = useState<string | null>(null);
  const heldAt = edited ?? (hydrated ? toLocalInputValue(initial?.heldAt) : '');
  const [attendees, setAttendees] = useState(initial?.attendees.join('\n') ?? '');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const out = await apiFetch<MeetingOutput>(`${pmPath(incidentId)}/meeting`, {
        method: 'PUT',
        body: { version, heldAt: fromLocalInputValue(heldAt) ?? '', attendees: attendees.split('\n').map((a) => a.trim()).filter(Boolean), notes },
      });
      setVersion(out.version);
      setMessage({ ok: true, text: tm('saved') });
    } catch (err) {
      setMessage({ ok: false, text: presenter.message(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={tm('record')}>
      <form onSubmit={save} className="flex flex-col gap-2" data-testid="meeting-record">
        <Field label={tm('heldAt')} htmlFor="meeting-held-at">
          <Input id="meeting-held-at" type="datetime-local" value={heldAt} readOnly={!canWrite} onChange={(e) => setHeldAt(e.target.value)} data-testid="meeting-held-at" />
        </Field>
        <Field label={tm('attendees')} htmlFor="meeting-attendees" hint={tm('attendeesHint')}>
          <Textarea id="meeting-attendees" rows={3} value={attendees} readOnly={!canWrite} onChange={(e) => setAttendees(e.target.value)} data-testid="meeting-attendees" />
        </Field>
        <Field label={tm('notes')} htmlFor="meeting-notes">
          <Textarea id="meeting-notes" rows={5} value={notes} readOnly={!canWrite} onChange={(e) => setNotes(e.target.value)} data-testid="meeting-notes" />
        </Field>
        {canWrite ? <div><Button type="submit" disabled={busy} data-testid="meeting-save">{tm('save')}</Button></div> : null}
        {message ? <p role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-emerald-700' : 'text-red-700'}`} data-testid="meeting-record-message">{message.text}</p> : null}
      </form>
    </Card>
  );
}
