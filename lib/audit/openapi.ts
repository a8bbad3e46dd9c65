// API path of the audit log (admin only).
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { op } from '../api/openapi/helpers.ts';
import { auditListOutput, listAuditQuery } from './schemas.ts';

export const auditPaths: ZodOpenApiPathsObject = {
  '/api/v1/audit': {
    get: op({
      summary: 'Browse the audit log',
      description: 'Every write, newest first: who (actor), what (action), to which entity, with the changed fields before and after.',
      tags: ['Audit log'], role: 'admin', operationId: 'listAuditEntries', query: listAuditQuery, response: auditListOutput,
    }),
  },
};
