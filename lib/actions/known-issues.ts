'use server';
import { z } from 'zod';
import { serverAction } from '@/lib/api/action';
import { createKnownIssue } from '@/lib/known-issues/create-known-issue';
import { getKnownIssue } from '@/lib/known-issues/get-known-issue';
import { createKnownIssueInput, knownIssueParams, updateKnownIssueInput } from '@/lib/known-issues/schemas';
import { updateKnownIssue } from '@/lib/known-issues/update-known-issue';
import { addToKnownIssues } from '@/lib/postmortems/add-to-known-issues';

export const createKnownIssueAction = serverAction({ role: 'responder', input: createKnownIssueInput }, ({ db, actor, input }) =>
  createKnownIssue(db, { actor, input }),
);

export const updateKnownIssueAction = serverAction(
  { role: 'responder', input: z.object({ id: knownIssueParams.shape.id, changes: updateKnownIssueInput }) },
  ({ db, actor, input }) => updateKnownIssue(db, { actor, id: input.id, input: input.changes }),
);

/** The current state, for the edit form after a version conflict. */
export const getKnownIssueAction = serverAction({ role: 'viewer', input: knownIssueParams }, ({ db, actor, input }) => getKnownIssue(db, { actor, id: input.id }));

/** "Add to known issues" from a postmortem: creates the entry and links it to the incident. */
export const addToKnownIssuesAction = serverAction(
  { role: 'responder', input: z.object({ incident: z.string().min(1).max(100), issue: createKnownIssueInput }) },
  ({ db, actor, input }) => addToKnownIssues(db, { actor, ref: input.incident, input: input.issue }),
);
