// The delivery log and dead-letter API, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { listNotificationsQuery, notificationIdParams, notificationListOutput, notificationOutput } from './delivery-schemas.ts';

const tags = ['Notifications'];

export const notificationDeliveryPaths: ZodOpenApiPathsObject = {
  '/api/v1/notifications': {
    get: op({
      summary: 'Delivery log',
      description: 'Notification messages with their delivery status and the receiver\'s last answer, newest first. Administrators see all; others the messages to themselves and to their teams. Filter by `subjectType` + `subjectId` (e.g. a change), `subscription` and `status`.',
      tags, role: 'viewer', query: listNotificationsQuery, response: notificationListOutput,
    }),
  },
  '/api/v1/notifications/{id}/retry': {
    post: op({
      summary: 'Retry a dead or failed notification',
      description: 'Sets it back to pending with a fresh attempt count; the worker sends it at once. Audited as `notification.retried`. 409 when it was delivered or is already pending.',
      tags, role: 'admin', params: notificationIdParams, response: notificationOutput, errors: ['409'],
    }),
  },
};
