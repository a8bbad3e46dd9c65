'use client';
// Calls the change API from the change page, then re-renders the (server) page with the new
// state. Keeps the server's error: its message, field issues and, on 409, the current change.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ApiError, apiFetch } from '@/lib/client/api-client';

export function useChangeAction() {
  const router = useRouter();
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [, startTransition] = useTransition();
  async function run(path: string, method: 'POST' | 'PATCH', body: unknown): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await apiFetch(path, { method, body });
      startTransition(() => router.refresh());
      return true;
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      if (e instanceof ApiError && e.status === 409) startTransition(() => router.refresh());
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { run, busy, error, clearError: () => setError(null) };
}
