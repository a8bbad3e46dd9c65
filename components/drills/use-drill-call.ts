'use client';
// One API call from a drill control: busy state, the failure in the reader's language (through
// the error presenter: field issues named by the form's labels), and a refresh of the
// server-rendered page on success.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export function useDrillCall({ labels }: { labels?: Record<string, string> } = {}) {
  const router = useRouter();
  const presenter = useErrorPresenter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function call<T>(path: string, init: { method: string; body?: unknown }): Promise<T | null> {
    setBusy(true);
    setError(null);
    try {
      const out = await apiFetch<T>(path, init);
      router.refresh();
      return out;
    } catch (e) {
      // No field shows its own message here: every issue goes to the one banner, labelled.
      setError(presenter.present(e, { shows: () => false, labels }).banner ?? presenter.message(e));
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, call };
}
