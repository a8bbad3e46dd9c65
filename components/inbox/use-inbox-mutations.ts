'use client';
// Marking read and acknowledging from the inbox: after each, the server-rendered list is
// refreshed and the header count re-read.
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { inboxKeys } from './query-keys';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export function useInboxAction() {
  const presenter = useErrorPresenter();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, startTransition] = useTransition();
  async function run(path: string, body: unknown) {
    setBusy(true);
    setError(null);
    try {
      await apiFetch(path, { method: 'POST', body });
      await queryClient.invalidateQueries({ queryKey: inboxKeys.all });
      startTransition(() => router.refresh());
    } catch (e) {
      setError(presenter.message(e));
    } finally {
      setBusy(false);
    }
  }
  return { run, busy, error };
}
