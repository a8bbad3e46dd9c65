// The postmortem API operations, documented with the same schemas the routes use. The Markdown
// export answers text/markdown, so its success response is written out by hand.
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { requestIdHeaders } from '../api/openapi/error-responses.ts';
import { op } from '../api/openapi/helpers.ts';
import { addCommentInput, commentListOutput, commentOutput, commentParams, listCommentsQuery, meetingInput, meetingOutput, resolveCommentInput } from './review-schemas.ts';
import {
  listPostmortemsQuery,
  postmortemListOutput,
  postmortemOutput,
  postmortemParams,
  requiredApprovalsOutput,
  requiredApprovalsSetting,
  reviewPostmortemInput,
  sectionOutput,
  sectionParams,
  submitPostmortemInput,
  updateSectionInput,
  createPostmortemQuery,
} from './schemas.ts';

const tags = ['Postmortems'];

const exportOp = op({
  summary: 'Export the postmortem as Markdown',
  description: 'The whole document: every section in template order, the root-cause factors, the action items and the reviewers.',
  tags,
  role: 'viewer',
  operationId: 'exportPostmortemMarkdown',
  params: postmortemParams,
});

export const postmortemsPaths: ZodOpenApiPathsObject = {
  '/api/v1/postmortems': {
    get: op({ summary: 'List postmortems (published by default)', tags, role: 'viewer', query: listPostmortemsQuery, response: postmortemListOutput }),
  },
  '/api/v1/postmortems/required-approvals': {
    get: op({ summary: 'Approvals needed to publish, per severity', tags, role: 'viewer', response: requiredApprovalsOutput }),
    put: op({ summary: 'Change the approvals needed to publish', tags, role: 'admin', body: requiredApprovalsSetting, response: requiredApprovalsOutput }),
  },
  '/api/v1/incidents/{ref}/postmortem': {
    get: op({ summary: "Get an incident's postmortem", tags, role: 'viewer', params: postmortemParams, response: postmortemOutput }),
    post: op({
      summary: 'Create the postmortem from the template',
      description: 'Summary and impact come from the incident, the timeline section from its highlighted entries, written in `locale` with times in `timeZone` (the author\'s). Root causes and detection are not copied: they are shown from the analysis. One per incident: 409 if it exists.',
      tags,
      role: 'responder',
      params: postmortemParams,
      query: createPostmortemQuery,
      response: postmortemOutput,
      status: 201,
      errors: ['409'],
    }),
  },
  '/api/v1/incidents/{ref}/postmortem/sections/{key}': {
    put: op({
      summary: 'Save one section',
      description: 'Needs the section version the edit is based on; a stale one answers 409 with the current section in `error.current`. A published postmortem must be re-opened first (409).',
      tags,
      role: 'responder',
      params: sectionParams,
      body: updateSectionInput,
      response: sectionOutput,
      errors: ['409'],
    }),
  },
  '/api/v1/incidents/{ref}/postmortem/submit': {
    post: op({
      summary: 'Submit for review',
      description: 'Names reviewers (never the author) and starts a new review round. There must be at least as many reviewers as the severity requires approvals.',
      tags,
      role: 'responder',
      params: postmortemParams,
      body: submitPostmortemInput,
      response: postmortemOutput,
      errors: ['409'],
    }),
  },
  '/api/v1/incidents/{ref}/postmortem/reviews': {
    post: op({
      summary: 'Approve or request changes',
      description: 'Only the named reviewers, signed in as themselves; the author cannot review their own postmortem.',
      tags,
      role: 'responder',
      params: postmortemParams,
      body: reviewPostmortemInput,
      response: postmortemOutput,
      errors: ['409'],
    }),
  },
  '/api/v1/incidents/{ref}/postmortem/publish': {
    post: op({
      summary: 'Publish',
      description: "Needs the approvals the incident's severity requires (setting `postmortems.requiredApprovals`, default SEV1 2, SEV2 1, SEV3 1, SEV4 0) and no outstanding request for changes (422 otherwise).",
      tags,
      role: 'responder',
      params: postmortemParams,
      response: postmortemOutput,
      errors: ['409'],
    }),
  },
  '/api/v1/incidents/{ref}/postmortem/reopen': {
    post: op({ summary: 'Re-open as a draft', description: 'Clears the review decisions.', tags, role: 'responder', params: postmortemParams, response: postmortemOutput, errors: ['409'] }),
  },
  '/api/v1/incidents/{ref}/postmortem/comments': {
    get: op({ summary: 'List section comments', tags, role: 'viewer', params: postmortemParams, query: listCommentsQuery, response: commentListOutput }),
    post: op({ summary: 'Comment on a section', tags, role: 'responder', params: postmortemParams, body: addCommentInput, response: commentOutput, status: 201 }),
  },
  '/api/v1/incidents/{ref}/postmortem/comments/{id}': {
    patch: op({ summary: 'Resolve or re-open a comment', tags, role: 'responder', params: commentParams, body: resolveCommentInput, response: commentOutput }),
  },
  '/api/v1/incidents/{ref}/postmortem/meeting': {
    put: op({
      summary: 'Record the review meeting',
      description: 'Date, attendees and notes. Send `version` 0 for the first record; a stale one answers 409 with the current record.',
      tags,
      role: 'responder',
      params: postmortemParams,
      body: meetingInput,
      response: meetingOutput,
      errors: ['409'],
    }),
  },
  '/api/v1/incidents/{ref}/postmortem.md': {
    get: {
      ...exportOp,
      responses: {
        ...exportOp.responses,
        '200': {
          description: 'The postmortem as Markdown.',
          headers: requestIdHeaders,
          content: { 'text/markdown': { schema: z.string().meta({ description: 'CommonMark, UTF-8.' }) } },
        },
      },
    },
  },
};
