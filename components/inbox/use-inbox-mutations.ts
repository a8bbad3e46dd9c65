'use client';
// Marking read and acknowledging from the inbox: after each, the server-rendered list is
// refreshed and the header count re-read.
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { apiFetch } from '@/components/incidents/api-client';
import { inboxKeys } from './query-keys';

export function useInboxAction() {
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
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return { run, busy, error };
}
