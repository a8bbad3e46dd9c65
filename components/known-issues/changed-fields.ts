// Which form fields differ between two states of a known issue: after a version conflict, the
// writer is told what the other person changed.
import type { KnownIssueOutput } from '@/lib/known-issues/schemas';

const formFields = ['title', 'symptoms', 'errorSignatures', 'workaround', 'cause', 'resolution', 'services', 'tags', 'ownerTeam', 'status'] as const;
export type KnownIssueFormField = (typeof formFields)[number];

function valueOf(k: KnownIssueOutput, field: KnownIssueFormField): unknown {
  if (field === 'services') return k.services.map((s) => s.slug).sort();
  if (field === 'ownerTeam') return k.ownerTeam?.slug ?? null;
  return k[field];
}

export function changedFields(before: KnownIssueOutput, after: KnownIssueOutput): KnownIssueFormField[] {
  return formFields.filter((f) => JSON.stringify(valueOf(before, f)) !== JSON.stringify(valueOf(after, f)));
}
