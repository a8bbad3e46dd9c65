// API paths of the users domain: account administration (admin only) and "who am I".
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import {
  createUserInput, createdUserOutput, listUsersQuery, meOutput, resetUserPasswordInput, updateUserInput, userIdParams, userListOutput, userOutput,
} from './schemas.ts';

const tags = ['Users'];

export const usersPaths: ZodOpenApiPathsObject = {
  '/api/v1/users': {
    get: op({ summary: 'List users', description: 'Ordered by email.', tags, role: 'admin', operationId: 'listUsers', query: listUsersQuery, response: userListOutput }),
    post: op({
      summary: 'Create a user',
      description: 'Without `password`, a password is generated and returned once as `generatedPassword`. 409 when the email is taken.',
      tags, role: 'admin', operationId: 'createUser', body: createUserInput, response: createdUserOutput, status: 201, errors: ['409'],
    }),
  },
  '/api/v1/users/{id}': {
    get: op({ summary: 'Get a user', tags, role: 'admin', operationId: 'getUser', params: userIdParams, response: userOutput }),
    patch: op({
      summary: 'Rename, change the role of, deactivate or reactivate a user',
      description: 'A deactivated user cannot sign in and their session stops working at once. 409 when the change would leave no active administrator.',
      tags, role: 'admin', operationId: 'updateUser', params: userIdParams, body: updateUserInput, response: userOutput, errors: ['409'],
    }),
  },
  '/api/v1/users/{id}/password': {
    post: op({
      summary: "Set a user's password",
      description: 'For someone who lost theirs. Clears their failed sign-in count.',
      tags, role: 'admin', operationId: 'resetUserPassword', params: userIdParams, body: resetUserPasswordInput, response: userOutput,
    }),
  },
  '/api/v1/me': {
    get: op({
      summary: 'Who am I',
      description: 'The person or API token behind the request, and its role. Handy to check a token.',
      tags, role: 'viewer', operationId: 'getMe', response: meOutput,
    }),
  },
};
