// Shared set-up for the known-issues tests: a fresh service, and entries filed under it.
import type { Actor } from '@/lib/auth/actor';
import type { Db } from '@/lib/db/client';
import { createKnownIssue } from '@/lib/known-issues/create-known-issue';
import { createKnownIssueInput, type CreateKnownIssueInput, type KnownIssueOutput } from '@/lib/known-issues/schemas';
import { uniqueId } from '../../support/db.ts';

export async function createService(db: Db): Promise<string> {
  const slug = uniqueId('svc');
  await db.service.create({ data: { slug, name: `Service ${slug}` } });
  return slug;
}

export function createEntry(db: Db, actor: Actor, input: Partial<CreateKnownIssueInput> & { title: string }): Promise<KnownIssueOutput> {
  return createKnownIssue(db, { actor, input: createKnownIssueInput.parse(input) });
}
