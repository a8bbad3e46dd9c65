// Assembles the OpenAPI 3.1 document from each domain's paths (./domains.ts) and the shared
// error components. Served at GET /api/v1/openapi.json and rendered for people at /api-docs.
import { z } from 'zod';
import { createDocument, type ZodOpenApiPathItemObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { oas31 } from 'zod-openapi';
import pkg from '../../../package.json' with { type: 'json' };
import { domainPaths } from './domains.ts';
import { op } from './helpers.ts';

export type OpenApiDocument = oas31.OpenAPIObject;

// Reading order: read, create, replace, change, delete.
export const httpMethods = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'] as const;

const description = `The Firebreak REST API. Everything the web UI can do is available here.

**Authentication.** Send \`Authorization: Bearer <token>\` with an API token that an admin created
(Admin → API tokens); a token acts with the role it was given. Requests from the signed-in web
UI use the session cookie instead. Each operation says the least role it needs
(viewer < responder < admin).

**Errors.** Every error answers \`{"error": {"code", "message", "issues"?, "requestId"}}\`
(schema ErrorBody). \`issues\` names each invalid field on 422. Every answer carries an
\`x-request-id\` header equal to \`error.requestId\`; quote it when reporting a problem.

**Bodies.** Send JSON with \`Content-Type: application/json\` (else 415), not larger than the
server's limit (else 413). Dates are ISO 8601 strings in UTC.

**Lists.** List endpoints answer \`{ "items": [...], "nextCursor": string | null }\`; pass
\`?cursor=<nextCursor>\` for the next page and \`?limit=\` to choose the page size.`;

/** This document itself, so that tools discover where to fetch it from. */
export const openApiPaths: ZodOpenApiPathsObject = {
  '/api/v1/openapi.json': {
    get: op({
      summary: 'This OpenAPI document',
      description: 'OpenAPI 3.1, generated from the same zod schemas that validate requests.',
      tags: ['Meta'],
      role: 'public',
      operationId: 'getOpenApiDocument',
      response: z.looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }),
    }),
  },
};

/** Merges path objects; two modules declaring the same method on the same path is a bug. */
export function mergePaths(parts: ZodOpenApiPathsObject[]): ZodOpenApiPathsObject {
  const out: ZodOpenApiPathsObject = {};
  for (const part of parts) {
    for (const [path, item] of Object.entries(part) as [string, ZodOpenApiPathItemObject][]) {
      if (path.startsWith('x-')) continue;
      const existing = out[path];
      if (!existing) {
        out[path] = { ...item };
        continue;
      }
      for (const method of httpMethods) {
        if (item[method] && existing[method]) throw new Error(`OpenAPI: ${method.toUpperCase()} ${path} is declared twice.`);
      }
      out[path] = { ...existing, ...item };
    }
  }
  return out;
}

/** Tag names in the order operations first use them, so the document reads top to bottom. */
function tagsInOrder(paths: ZodOpenApiPathsObject): { name: string }[] {
  const names = new Set<string>();
  for (const item of Object.values(paths) as ZodOpenApiPathItemObject[]) {
    for (const method of httpMethods) for (const tag of item[method]?.tags ?? []) names.add(tag);
  }
  return [...names].map((name) => ({ name }));
}

export function buildOpenApiDocument(parts: ZodOpenApiPathsObject[] = [...domainPaths, openApiPaths]): OpenApiDocument {
  const paths = mergePaths(parts);
  const doc = createDocument({
    openapi: '3.1.0',
    info: { title: 'Firebreak', version: pkg.version, description, license: { name: 'Apache-2.0', identifier: 'Apache-2.0' } },
    servers: [{ url: '/' }],
    tags: tagsInOrder(paths),
    paths,
    components: {
      // The shared error responses (./error-responses.ts) register themselves on first use:
      // registering them here too would make zod-openapi inline them everywhere.
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'API token created by an admin.' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token', description: 'The web UI session (set by signing in).' },
      },
    },
  });
  // zod-openapi types every result with its 3.2 object model; with openapi '3.1.0' the content is 3.1.
  return doc as unknown as OpenApiDocument;
}

let cached: OpenApiDocument | undefined;

/** The document for this process: it only changes with the code, so build it once. */
export function getOpenApiDocument(): OpenApiDocument {
  cached ??= buildOpenApiDocument();
  return cached;
}
