// Where a search result or suggestion opens.
import type { SearchType } from '@/lib/search/schemas';

export function resultHref(r: { type: SearchType; id: string; ref?: string | undefined }): string {
  if (r.type === 'known_issue') return `/known-issues/${r.id}`;
  if (r.type === 'postmortem') return `/incidents/${r.ref ?? r.id}/postmortem`;
  return `/incidents/${r.ref ?? r.id}`;
}

export const typeBadgeClass: Record<SearchType, string> = {
  known_issue: 'bg-amber-100 text-amber-900 ring-amber-300',
  incident: 'bg-red-50 text-red-800 ring-red-200',
  postmortem: 'bg-sky-50 text-sky-800 ring-sky-200',
};
