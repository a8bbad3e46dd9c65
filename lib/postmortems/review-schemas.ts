// Input and output shapes of the review meeting and the inline section comments.
import { z } from 'zod';
import { sectionKeys } from './template.ts';

const refField = z.string().min(1).max(100).meta({ description: 'The incident number (42), reference (INC-42) or id (uuid).' });
const sectionField = z.enum(sectionKeys, { error: `Unknown section; one of ${sectionKeys.join(', ')}.` });

export const commentParams = z.object({ ref: refField, id: z.uuid() });

export const listCommentsQuery = z.object({
  section: sectionField.optional(),
  includeResolved: z.enum(['true', 'false']).default('true'),
});
export type ListCommentsQuery = z.infer<typeof listCommentsQuery>;

export const addCommentInput = z
  .object({ section: sectionField, body: z.string().trim().min(1).max(5000).meta({ description: 'Markdown.' }) })
  .meta({ id: 'AddPostmortemCommentInput' });
export type AddCommentInput = z.infer<typeof addCommentInput>;

export const resolveCommentInput = z.object({ resolved: z.boolean() }).meta({ id: 'ResolvePostmortemCommentInput' });
export type ResolveCommentInput = z.infer<typeof resolveCommentInput>;

export const commentOutput = z
  .object({
    id: z.uuid(),
    section: z.enum(sectionKeys),
    body: z.string(),
    author: z.object({ userId: z.uuid().nullable(), label: z.string() }),
    createdAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
    resolvedBy: z.string().nullable(),
  })
  .meta({ id: 'PostmortemComment' });
export type CommentOutput = z.infer<typeof commentOutput>;

export const commentListOutput = z
  .object({ items: z.array(commentOutput), nextCursor: z.null().meta({ description: 'Always null: all comments are returned, oldest first.' }) })
  .meta({ id: 'PostmortemCommentList' });
export type CommentListOutput = z.infer<typeof commentListOutput>;

export const meetingInput = z
  .object({
    version: z.number().int().min(0).meta({ description: 'The meeting version the edit is based on; 0 when none was recorded yet.' }),
    heldAt: z.iso.datetime({ offset: true }),
    attendees: z.array(z.string().trim().min(1).max(200)).max(100).default([]).meta({ description: 'Names as typed (guests have no account).' }),
    notes: z.string().max(50_000).default('').meta({ description: 'Markdown.' }),
  })
  .meta({ id: 'PostmortemMeetingInput' });
export type MeetingInput = z.infer<typeof meetingInput>;

export const meetingOutput = z
  .object({ heldAt: z.iso.datetime(), attendees: z.array(z.string()), notes: z.string(), version: z.number().int(), updatedAt: z.iso.datetime() })
  .meta({ id: 'PostmortemMeeting' });
export type MeetingOutput = z.infer<typeof meetingOutput>;
