// The subscription API operations, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { testMessageOutput } from '../notifications/delivery-schemas.ts';
import { autoSubscriptionListOutput, setAutoSubscriptionInput, teamAutoParams } from './auto-subscription-schemas.ts';
import { createSubscriptionInput, listSubscriptionsQuery, subscriptionIdParams, subscriptionListOutput, subscriptionOutput } from './schemas.ts';

const tags = ['Subscriptions'];

export const subscriptionsPaths: ZodOpenApiPathsObject = {
  '/api/v1/subscriptions': {
    get: op({ summary: 'List subscriptions', description: 'Your own and every team\'s (administrators: everyone\'s). Channel targets are masked.', tags, role: 'viewer', query: listSubscriptionsQuery, response: subscriptionListOutput }),
    post: op({
      summary: 'Subscribe to a service',
      description: 'Without `team`, subscribes the signed-in person; with `team`, that team (needs responder). `includeDependencies` also covers everything the service depends on, transitively. The answer masks the channel\'s URL and secret.',
      tags, role: 'viewer', body: createSubscriptionInput, response: subscriptionOutput, status: 201,
    }),
  },
  '/api/v1/subscriptions/{id}': {
    delete: op({ summary: 'Unsubscribe', description: 'Your own subscriptions; team subscriptions need responder; administrators may remove any. Pending messages for it are not delivered.', tags, role: 'viewer', params: subscriptionIdParams, status: 204 }),
  },
  '/api/v1/subscriptions/{id}/test': {
    post: op({
      summary: 'Send a test message',
      description: 'Sends a test message through the subscription\'s channel now and answers what the receiver said (`ok`, `status`, `answer`). Same permission as unsubscribing. Counts against the target\'s rate limit (429 with Retry-After when reached). `ok: false` is still a 200: the request worked, the receiver refused.',
      tags, role: 'viewer', params: subscriptionIdParams, response: testMessageOutput, errors: ['429'],
    }),
  },
  '/api/v1/teams/{slug}/auto-subscriptions': {
    get: op({
      summary: 'A team\'s automatic change notices',
      description: 'Every service the team\'s services depend on (transitively) tells the team\'s inbox about its changes, unless the team opted out for it.',
      tags, role: 'viewer', params: teamAutoParams, response: autoSubscriptionListOutput,
    }),
    put: op({
      summary: 'Opt a team in or out of a dependency\'s change notices',
      description: 'Audited as `team.auto_subscription_changed`. 422 when the service is not among the team\'s dependencies.',
      tags, role: 'responder', params: teamAutoParams, body: setAutoSubscriptionInput, response: autoSubscriptionListOutput,
    }),
  },
};
