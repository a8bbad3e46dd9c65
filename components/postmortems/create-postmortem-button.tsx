'use client';
// "Start the postmortem": creates it from the template (prefilled from the incident and its
// highlighted entries), then shows the editor.
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { Button } from '@/components/ui/button';
import { pmPath } from './editor/api';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export function CreatePostmortemButton({ incidentId }: { incidentId: string }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('postmortems.editor');
  const router = useRouter();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  async function create() {
    setBusy(true);
    setMessage(null);
    try {
      // The prefill is written for its author: their language and their clock.
      const q = new URLSearchParams({ locale, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
      await apiFetch(`${pmPath(incidentId)}?${q}`, { method: 'POST' });
    } catch (e) {
      // 409: someone created it meanwhile; showing it is what the user wants.
      if (!(e && typeof e === 'object' && 'status' in e && e.status === 409)) {
        setMessage(presenter.message(e));
        setBusy(false);
        return;
      }
    }
    router.refresh();
  }
  return (
    <div className="mt-3">
      <Button onClick={() => void create()} disabled={busy} data-testid="postmortem-create">{t('create')}</Button>
      {message ? <p role="alert" className="mt-2 text-sm text-red-700">{message}</p> : null}
    </div>
  );
}
