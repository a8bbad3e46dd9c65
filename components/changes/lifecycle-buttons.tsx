'use client';
// The lifecycle moves a change may make now (from the server's allowedStatuses), as buttons.
// Each sends the version it saw, so a move based on a stale page answers 409 instead of
// applying; cancelling asks first, since everyone told about the plan hears about it.
// Starting early or before every notified team acknowledged: the server answers 409 with
// the reasons (lib/changes/start-confirmation.ts); the panel says them and starts on confirm.
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ApiError } from '@/lib/client/api-client';
import type { ChangeStatus } from '@/lib/changes/status-machine';
import { useChangeAction } from './use-change-action';
import { useErrorPresenter } from '@/lib/client/error-presenter';

const labels: Partial<Record<ChangeStatus, 'start' | 'complete' | 'rollBack' | 'cancel'>> = {
  in_progress: 'start',
  completed: 'complete',
  rolled_back: 'rollBack',
  cancelled: 'cancel',
};

export function LifecycleButtons({ id, version, allowed }: { id: string; version: number; allowed: ChangeStatus[] }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('changes.lifecycle');
  const ts = useTranslations('story.changeStart');
  const format = useFormatter();
  const { run, busy, error, clearError } = useChangeAction();
  const [ask, setAsk] = useState<StartQuestion | null>(null);
  if (allowed.length === 0) return null;
  const startQuestion = error instanceof ApiError && error.status === 409 ? toStartQuestion(error.details) : null;
  const question = ask ?? startQuestion;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="change-lifecycle">
      {allowed.map((status) => {
        const key = labels[status];
        if (!key) return null;
        return (
          <Button
            key={status}
            variant={status === 'cancelled' || status === 'rolled_back' ? 'danger' : status === 'in_progress' ? 'primary' : 'secondary'}
            disabled={busy}
            data-testid={`change-move-${status}`}
            onClick={() => {
              if (status === 'cancelled' && !window.confirm(t('confirmCancel'))) return;
              setAsk(null);
              void run(`/api/v1/changes/${id}/status`, 'POST', { status, version });
            }}
          >
            {t(key)}
          </Button>
        );
      })}
      {question ? (
        <div role="alertdialog" aria-labelledby="change-start-confirm-title" className="w-full rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="change-start-confirm">
          <p id="change-start-confirm-title" className="font-semibold">{ts('title')}</p>
          <ul className="my-2 list-disc pl-5">
            {question.early ? <li data-testid="change-start-early">{ts('early', { when: format.dateTime(new Date(question.scheduledAt), { dateStyle: 'medium', timeStyle: 'short' }) })}</li> : null}
            {question.teams.length ? <li data-testid="change-start-unacknowledged">{ts('unacknowledged', { teams: question.teams.join(ts('separator')) })}</li> : null}
          </ul>
          <p className="mb-2">{ts('recorded')}</p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant="primary"
              disabled={busy}
              data-testid="change-start-anyway"
              onClick={() => {
                setAsk(question);
                void run(`/api/v1/changes/${id}/status`, 'POST', { status: 'in_progress', version, confirmEarlyStart: question.early, confirmUnacknowledged: true }).then((ok) => { if (ok) setAsk(null); });
              }}
            >
              {ts('startAnyway')}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => { setAsk(null); clearError(); }}>{ts('keepWaiting')}</Button>
          </div>
        </div>
      ) : error ? <p role="alert" className="w-full text-sm text-red-600">{error instanceof ApiError && error.status === 409 ? t('conflict') : t('failed', { message: presenter.message(error) })}</p> : null}
    </div>
  );
}

interface StartQuestion {
  early: boolean;
  scheduledAt: string;
  teams: string[];
}

function toStartQuestion(details: Record<string, unknown>): StartQuestion | null {
  const reasons = Array.isArray(details.reasons) ? details.reasons : null;
  if (!reasons || typeof details.scheduledAt !== 'string') return null;
  const teams = Array.isArray(details.unacknowledgedTeams)
    ? details.unacknowledgedTeams.map((t) => (t && typeof t === 'object' && typeof (t as { name?: unknown }).name === 'string' ? (t as { name: string }).name : null)).filter((n): n is string => n !== null)
    : [];
  return { early: reasons.includes('early_start'), scheduledAt: details.scheduledAt, teams };
}
