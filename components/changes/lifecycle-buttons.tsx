'use client';
// The lifecycle moves a change may make now (from the server's allowedStatuses), as buttons.
// Each sends the version it saw, so a move based on a stale page answers 409 instead of
// applying; cancelling asks first, since everyone told about the plan hears about it.
import { useTranslations } from 'next-intl';
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
  const { run, busy, error } = useChangeAction();
  if (allowed.length === 0) return null;
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
              void run(`/api/v1/changes/${id}/status`, 'POST', { status, version });
            }}
          >
            {t(key)}
          </Button>
        );
      })}
      {error ? <p role="alert" className="w-full text-sm text-red-600">{error instanceof ApiError && error.status === 409 ? t('conflict') : t('failed', { message: presenter.message(error) })}</p> : null}
    </div>
  );
}
