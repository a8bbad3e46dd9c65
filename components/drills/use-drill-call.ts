'use client';
// One API call from a drill control: busy state, the server's message on failure (field issues
// named), and a refresh of the server-rendered page on success.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError, apiFetch } from '@/components/incidents/api-client';

export function useDrillCall() {
  const router = useRouter();
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
      setError(e instanceof ApiError && e.issues.length ? e.issues.map((i) => `${i.path}: ${i.message}`).join(' ') : e instanceof Error ? e.message : String(e));
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, call };
}
