'use client';
// The review workflow's controls: name reviewers and submit, approve or request changes (named
// reviewers only), publish (enabled once the approvals the severity requires are in, saying
// how many are missing), re-open, and after publishing "Add to known issues". The server
// decides every rule; whatever it refuses is shown with its message.
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, Select, Textarea } from '@/components/ui/field';
import type { PostmortemOutput } from '@/lib/postmortems/schemas';
import { pmPath } from './api';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export interface PersonOption {
  id: string;
  name: string;
  email: string;
}

export function ReviewPanel({ pm, people, viewerId, onChange }: { pm: PostmortemOutput; people: PersonOption[]; viewerId: string | null; onChange: (pm: PostmortemOutput) => void }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('postmortems.editor.review');
  const td = useTranslations('postmortems');
  const [chosen, setChosen] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function call(path: string, body?: unknown) {
    setBusy(true);
    setMessage(null);
    try {
      onChange(await apiFetch<PostmortemOutput>(`${pmPath(pm.incidentId)}/${path}`, { method: 'POST', body: body ?? {} }));
      return true;
    } catch (e) {
      setMessage(presenter.message(e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const me = pm.reviewers.find((r) => r.userId === viewerId);
  const missing = Math.max(0, pm.requiredApprovals - pm.approvals);
  const changesRequested = pm.reviewers.some((r) => r.decision === 'changes_requested');
  const candidates = people.filter((p) => p.id !== pm.authorUserId && !pm.reviewers.some((r) => r.userId === p.id) && !chosen.includes(p.id));
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? id;

  return (
    <Card title={t('title')}>
      <div className="flex flex-col gap-3 text-sm" data-testid="review-panel">
        <p>
          <span className="font-medium" data-testid="review-status">{td(`statuses.${pm.status}`)}</span>
          {' · '}
          <span data-testid="review-approvals">{td('approvals', { approvals: pm.approvals, required: pm.requiredApprovals })}</span>
        </p>
        {pm.reviewers.length ? (
          <ul className="flex flex-col gap-1" data-testid="review-reviewers">
            {pm.reviewers.map((r) => (
              <li key={r.userId} data-testid="review-reviewer" data-decision={r.decision}>
                {r.name} — {td(`decisions.${r.decision}`)}
                {r.comment ? <span className="text-slate-600">: {r.comment}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}

        {pm.status === 'draft' ? (
          <div className="flex flex-col gap-2">
            <Field label={t('reviewers')} htmlFor="review-add" hint={t('reviewersHint', { required: pm.requiredApprovals })}>
              <Select
                id="review-add"
                value=""
                onChange={(e) => e.target.value && setChosen([...chosen, e.target.value])}
                data-testid="review-add-reviewer"
              >
                <option value="">{t('choose')}</option>
                {candidates.map((p) => (
                  <option key={p.id} value={p.id}>{p.name} ({p.email})</option>
                ))}
              </Select>
            </Field>
            {chosen.length ? (
              <ul className="flex flex-wrap gap-1">
                {chosen.map((id) => (
                  <li key={id} className="inline-flex items-center gap-1 rounded bg-slate-100 px-2 py-0.5">
                    {nameOf(id)}
                    <button type="button" onClick={() => setChosen(chosen.filter((c) => c !== id))} aria-label={t('removeReviewer', { name: nameOf(id) })} className="text-slate-500">×</button>
                  </li>
                ))}
              </ul>
            ) : null}
            <div>
              <Button disabled={busy} onClick={() => void call('submit', { reviewerIds: chosen }).then((ok) => ok && setChosen([]))} data-testid="review-submit">
                {t('submit')}
              </Button>
            </div>
          </div>
        ) : null}

        {pm.status === 'in_review' && me ? (
          <div className="flex flex-col gap-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
            <Field label={t('comment')} htmlFor="review-comment" hint={t('commentHint')}>
              <Textarea id="review-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} data-testid="review-comment" />
            </Field>
            <div className="flex flex-wrap gap-2">
              <Button disabled={busy} onClick={() => void call('reviews', { decision: 'approve', comment }).then((ok) => ok && setComment(''))} data-testid="review-approve">{t('approve')}</Button>
              <Button variant="secondary" disabled={busy} onClick={() => void call('reviews', { decision: 'request_changes', comment }).then((ok) => ok && setComment(''))} data-testid="review-request-changes">
                {t('requestChanges')}
              </Button>
            </div>
          </div>
        ) : null}

        {pm.status === 'in_review' ? (
          <div className="flex flex-col gap-1">
            <div className="flex flex-wrap gap-2">
              <Button disabled={busy || missing > 0 || changesRequested} onClick={() => void call('publish')} data-testid="review-publish">{t('publish')}</Button>
              <Button variant="ghost" disabled={busy} onClick={() => void call('reopen')} data-testid="review-reopen">{t('reopen')}</Button>
            </div>
            {changesRequested ? <p className="text-amber-800" data-testid="review-blocked">{t('changesRequested')}</p> : missing > 0 ? <p className="text-amber-800" data-testid="review-blocked">{t('missing', { missing })}</p> : null}
          </div>
        ) : null}

        {pm.status === 'published' ? (
          <div className="flex flex-wrap gap-2">
            <Link href={`/known-issues/new?incident=${encodeURIComponent(pm.reference)}`} className={buttonClass('primary')} data-testid="add-to-known-issues">{t('addToKnownIssues')}</Link>
            <Button variant="ghost" disabled={busy} onClick={() => void call('reopen')} data-testid="review-reopen">{t('reopen')}</Button>
          </div>
        ) : null}

        {message ? <p role="alert" className="text-red-700" data-testid="review-message">{message}</p> : null}
      </div>
    </Card>
  );
}
