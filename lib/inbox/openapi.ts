// The in-app inbox API operations, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { inboxListOutput, listInboxQuery, markInboxReadInput, markInboxReadOutput, unreadCountOutput } from './schemas.ts';

const tags = ['Inbox'];

export const inboxPaths: ZodOpenApiPathsObject = {
  '/api/v1/inbox': {
    get: op({
      summary: 'Your inbox',
      description: 'In-app messages sent to you and to the teams you belong to, newest first, with your own read state. A person\'s inbox: an API token has none (403).',
      tags, role: 'viewer', query: listInboxQuery, response: inboxListOutput,
    }),
  },
  '/api/v1/inbox/unread-count': {
    get: op({ summary: 'Your unread count', description: 'One cheap query, for the header badge.', tags, role: 'viewer', response: unreadCountOutput }),
  },
  '/api/v1/inbox/read': {
    post: op({
      summary: 'Mark inbox messages read',
      description: 'For you only: a team message you read stays unread for your teammates. Ids outside your inbox are ignored. Idempotent.',
      tags, role: 'viewer', body: markInboxReadInput, response: markInboxReadOutput,
    }),
  },
};
