'use client';
// A delete that asks first, inline (no modal), so that it works the same with a keyboard,
// a screen reader and on a phone. On refusal (e.g. a team that still owns services) the
// server's reason is shown in the reader's language.
import { useState } from 'react';
import type { ActionResult } from '@/lib/api/action';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export interface ConfirmDeleteLabels {
  button: string;
  confirm: string;
  yes: string;
  cancel: string;
}

export function ConfirmDeleteButton({ labels, action, onDeleted, testId }: {
  labels: ConfirmDeleteLabels;
  action: () => Promise<ActionResult<unknown>>;
  onDeleted: () => void;
  testId: string;
}) {
  const presenter = useErrorPresenter();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    const res = await action();
    setBusy(false);
    if (res.ok) return onDeleted();
    setAsking(false);
    setError(presenter.message(res.error));
  }

  return (
    <div className="space-y-2">
      {asking ? (
        <div role="group" aria-label={labels.button} className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 p-2 ring-1 ring-red-200">
          <p className="text-sm text-red-800">{labels.confirm}</p>
          <Button variant="danger" onClick={confirm} disabled={busy} data-testid={`${testId}-confirm`}>{labels.yes}</Button>
          <Button variant="ghost" onClick={() => setAsking(false)} autoFocus>{labels.cancel}</Button>
        </div>
      ) : (
        <Button variant="secondary" className="text-red-700" onClick={() => { setError(null); setAsking(true); }} data-testid={testId}>
          {labels.button}
        </Button>
      )}
      {error ? <ErrorBanner>{error}</ErrorBanner> : null}
    </div>
  );
}
