// The action-items API operations, documented with the same schemas the routes use.
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { actionItemListOutput, actionItemOutput, actionItemParams, createActionItemInput, listActionItemsQuery, updateActionItemInput } from './schemas.ts';

const tags = ['Action items'];

export const actionItemsPaths: ZodOpenApiPathsObject = {
  '/api/v1/action-items': {
    get: op({ summary: 'List action items across incidents', tags, role: 'viewer', query: listActionItemsQuery, response: actionItemListOutput }),
    post: op({ summary: 'Add an action item to an incident', tags, role: 'responder', body: createActionItemInput, response: actionItemOutput, status: 201 }),
  },
  '/api/v1/action-items/{id}': {
    patch: op({
      summary: 'Change an action item',
      description: 'Needs the version the change is based on; a stale one answers 409 with the current item in `error.current`.',
      tags,
      role: 'responder',
      params: actionItemParams,
      body: updateActionItemInput,
      response: actionItemOutput,
      errors: ['409'],
    }),
    delete: op({ summary: 'Delete an action item', tags, role: 'responder', params: actionItemParams, status: 204 }),
  },
};
