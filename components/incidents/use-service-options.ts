'use client';
// The service catalogue for pickers (declare form, affected services), loaded when a picker
// first needs it and kept for a few minutes: catalogues change rarely, outages need speed.
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '@/lib/client/api-client';
import { catalogueKeys } from './query-keys';

export interface ServiceOption {
  slug: string;
  name: string;
}

async function fetchAllServices(): Promise<ServiceOption[]> {
  const out: ServiceOption[] = [];
  let cursor: string | null = null;
  // Catalogues hold hundreds of services; the cap only stops a runaway loop.
  for (let page = 0; page < 50; page++) {
    const qs: string = `limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res: { items: ServiceOption[]; nextCursor: string | null } = await apiFetch(`/api/v1/services?${qs}`);
    out.push(...res.items.map((s) => ({ slug: s.slug, name: s.name })));
    cursor = res.nextCursor;
    if (!cursor) break;
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export function useServiceOptions(enabled = true) {
  return useQuery({ queryKey: catalogueKeys.serviceOptions(), queryFn: fetchAllServices, staleTime: 5 * 60_000, enabled });
}
