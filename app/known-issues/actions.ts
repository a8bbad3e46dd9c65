'use server';
import { serverAction } from '@/lib/api/action';
import { createKnownIssue } from '@/lib/known-issues/create-known-issue';
import { createKnownIssueInput } from '@/lib/known-issues/schemas';

export const createKnownIssueAction = serverAction({ role: 'responder', input: createKnownIssueInput }, ({ db, actor, input }) =>
  createKnownIssue(db, { actor, input }),
);
